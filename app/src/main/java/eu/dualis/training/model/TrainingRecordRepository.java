package eu.dualis.training.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current tenant's training records, their certificates and reminders. */
public interface TrainingRecordRepository {

  Optional<TrainingRecord> find(String id);

  /** The record with its trainee's and course's names. */
  Optional<RecordLine> line(String id);

  /** Newest completion first. */
  Page<RecordLine> search(RecordFilter filter, PageRequest page);

  /**
   * Records completed in [from, to], oldest first: {@code limit} of them after skipping {@code
   * offset}, so that long periods are read a slice at a time.
   */
  List<RecordLine> completedBetween(LocalDate from, LocalDate to, int offset, int limit);

  /** Every attempt of the given trainees, for the matrix. */
  List<Attempt> attemptsOf(Collection<String> traineeIds);

  boolean existForCourse(String courseId);

  void add(TrainingRecord record);

  Optional<TrainingCertificate> certificateOf(String recordId);

  /** The SHA-256 of each record's certificate, by record id; records without one are absent. */
  Map<String, String> certificateHashes(Collection<String> recordIds);

  void addCertificate(TrainingCertificate certificate);

  Optional<TrainingReminder> findReminder(String id);

  boolean reminderExists(String recordId, ReminderKind kind);

  /** Unacknowledged reminders, newest first. */
  List<TrainingReminder> openReminders(int limit);

  void addReminder(TrainingReminder reminder);
}
