package eu.dualis.training.web;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.training.model.TrainingMatrix;
import eu.dualis.training.service.TrainingReminders;
import eu.dualis.training.service.TrainingReminders.ReminderView;
import eu.dualis.training.service.TrainingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The training matrix on a chosen date, by role, and the open reminders. Per request, so that a
 * training recorded on the same page shows at once.
 */
@Named
@RequestScoped
public class TrainingMatrixView {

  @Inject TrainingService training;
  @Inject TrainingReminders reminders;

  private String on = LocalDate.now(ZoneOffset.UTC).toString();
  private TrainingMatrix.Result matrix;
  private List<MatrixBlock> blocks;

  public String show() {
    matrix = null;
    blocks = null;
    return null;
  }

  private TrainingMatrix.Result matrix() {
    if (matrix == null) {
      LocalDate day;
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException | NullPointerException e) {
        FacesMessages.plain(
            "matrix-date:on", FacesMessage.SEVERITY_ERROR, "must be a date written YYYY-MM-DD");
        day = LocalDate.now(ZoneOffset.UTC);
        on = day.toString();
      }
      matrix = training.matrix(day);
    }
    return matrix;
  }

  public List<MatrixBlock> getBlocks() {
    // ui:repeat reads its list while decoding a postback too, before the action records a
    // training; the matrix is read only when the page renders, so it shows the state after it.
    if (!rendering()) {
      return List.of();
    }
    if (blocks == null) {
      blocks = MatrixBlock.of(matrix());
    }
    return blocks;
  }

  private static boolean rendering() {
    return FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
  }

  public TrainingMatrix.RoleTotals getTotals() {
    return matrix().all();
  }

  public List<ReminderView> getReminders() {
    return reminders.open();
  }

  public String acknowledge(String reminderId) {
    try {
      reminders.acknowledge(reminderId);
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "training.reminder.acknowledged");
    } catch (ConflictException | RecordNotFoundException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_WARN, e.getMessage());
    }
    return null;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }
}
