package eu.dualis.platform.web;

import eu.dualis.platform.jobs.JobRun;
import eu.dualis.platform.jobs.JobRuns;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The job runs page (platform admins): the latest runs with progress, and "run now". */
@Named
@RequestScoped
public class JobRunsView {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject JobRuns runs;
  @Inject Scheduling scheduling;
  @Inject CurrentUser user;

  /** One run as the page shows it. */
  public record Row(
      String job,
      String node,
      String started,
      String finished,
      String outcome,
      String progress,
      String message) {
    public String getJob() {
      return job;
    }

    public String getNode() {
      return node;
    }

    public String getStarted() {
      return started;
    }

    public String getFinished() {
      return finished;
    }

    public String getOutcome() {
      return outcome;
    }

    public String getProgress() {
      return progress;
    }

    public String getMessage() {
      return message;
    }
  }

  public List<Row> getRows() {
    return runs.list(null, new PageRequest(0, 50)).items().stream().map(JobRunsView::row).toList();
  }

  /** Starts a job now on whichever node of the cluster picks it up. */
  public void runNow(String jobName) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      scheduling.triggerNow(jobName, user.name());
      String text =
          java.text.MessageFormat.format(
              faces.getApplication().getResourceBundle(faces, "msg").getString("jobs.triggered"),
              jobName);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    } catch (RuntimeException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
    }
  }

  private static Row row(JobRun r) {
    return new Row(
        r.jobName(),
        r.node(),
        FORMAT.format(r.startedAt()),
        r.finishedAt() == null ? "" : FORMAT.format(r.finishedAt()),
        r.outcome().name(),
        r.total() == 0 ? "" : r.done() + " / " + r.total(),
        r.message());
  }
}
