package eu.dualis.training.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import eu.dualis.training.model.CellState;
import eu.dualis.training.model.RecordLine;
import eu.dualis.training.model.ReminderKind;
import eu.dualis.training.model.TrainingMatrix;
import eu.dualis.training.model.TrainingRecordRepository;
import eu.dualis.training.model.TrainingReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reminders that a required training runs out: raised by the daily job 60 and 30 days before the
 * latest record of a matrix cell expires and once it is overdue, each (record, kind) once; an
 * officer acknowledges them. Raising and acknowledging are audited.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class TrainingReminders {

  static final int LIST_LIMIT = 200;

  @Inject TrainingService training;
  @Inject TrainingRecordRepository records;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /** An open or acknowledged reminder with what it is about. */
  public record ReminderView(TrainingReminder reminder, RecordLine record) {}

  /**
   * @return how many reminders were raised
   */
  public int raiseDue(LocalDate today, String actor) {
    int raised = 0;
    for (TrainingMatrix.Cell cell : training.matrix(today).cells()) {
      if (cell.latest() == null) {
        continue;
      }
      // A failed latest attempt is overdue at once (matrix rule), whatever its expiry.
      Optional<ReminderKind> due =
          cell.state() == CellState.OVERDUE
              ? Optional.of(ReminderKind.OVERDUE)
              : ReminderKind.due(cell.latest().expiresOn(), today);
      String recordId = cell.latest().recordId();
      if (due.isPresent() && !records.reminderExists(recordId, due.get())) {
        TrainingReminder reminder = new TrainingReminder(recordId, due.get(), Clock.now());
        records.addReminder(reminder);
        audit.record(
            actor,
            AuditAction.CREATE,
            TrainingSnapshots.REMINDER,
            reminder.id(),
            null,
            TrainingSnapshots.of(reminder));
        raised++;
      }
    }
    em.flush();
    return raised;
  }

  /** Unacknowledged reminders, newest first. */
  public List<ReminderView> open() {
    return records.openReminders(LIST_LIMIT).stream()
        .map(r -> records.line(r.recordId()).map(l -> new ReminderView(r, l)).orElse(null))
        .filter(v -> v != null)
        .toList();
  }

  public ReminderView acknowledge(String id) {
    TrainingReminder reminder =
        records
            .findReminder(id)
            .orElseThrow(() -> new RecordNotFoundException(TrainingSnapshots.REMINDER, id));
    var before = TrainingSnapshots.of(reminder);
    Instant now = Clock.now();
    if (!reminder.acknowledge(user.name(), now)) {
      throw new ConflictException(
          null,
          "The reminder was acknowledged already by "
              + reminder.acknowledgedBy()
              + " at "
              + reminder.acknowledgedAt());
    }
    em.flush();
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        TrainingSnapshots.REMINDER,
        id,
        before,
        TrainingSnapshots.of(reminder));
    return new ReminderView(
        reminder,
        records
            .line(reminder.recordId())
            .orElseThrow(() -> new RecordNotFoundException(TrainingSnapshots.REMINDER, id)));
  }
}
