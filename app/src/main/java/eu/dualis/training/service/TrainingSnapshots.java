package eu.dualis.training.service;

import eu.dualis.training.model.Course;
import eu.dualis.training.model.CourseRequirement;
import eu.dualis.training.model.Trainee;
import eu.dualis.training.model.TrainingCertificate;
import eu.dualis.training.model.TrainingRecord;
import eu.dualis.training.model.TrainingReminder;
import java.time.Instant;

/** What the audit trail keeps of each training record type; their own shapes, not the API's. */
final class TrainingSnapshots {

  static final String COURSE = "TrainingCourse";
  static final String TRAINEE = "Trainee";
  static final String REQUIREMENT = "CourseRequirement";
  static final String RECORD = "TrainingRecord";
  static final String CERTIFICATE = "TrainingCertificate";
  static final String REMINDER = "TrainingReminder";

  private TrainingSnapshots() {}

  public record CourseState(
      String title,
      String kind,
      Integer validityMonths,
      String owner,
      String description,
      long version) {}

  public record TraineeState(
      String name, String email, String role, boolean active, long version) {}

  public record RequirementState(String role, String courseId) {}

  public record RecordState(
      String traineeId,
      String courseId,
      String completedOn,
      String result,
      Integer score,
      String expiresOn) {}

  public record CertificateState(
      String recordId, String filename, String contentType, long size, String sha256) {}

  public record ReminderState(
      String recordId,
      String kind,
      Instant raisedAt,
      String acknowledgedBy,
      Instant acknowledgedAt) {}

  static CourseState of(Course c) {
    return new CourseState(
        c.title(), c.kind().name(), c.validityMonths(), c.owner(), c.description(), c.version());
  }

  static TraineeState of(Trainee t) {
    return new TraineeState(t.name(), t.email(), t.role(), t.active(), t.version());
  }

  static RequirementState of(CourseRequirement r) {
    return new RequirementState(r.role(), r.courseId());
  }

  static RecordState of(TrainingRecord r) {
    return new RecordState(
        r.traineeId(),
        r.courseId(),
        r.completedOn().toString(),
        r.result().name(),
        r.score(),
        r.expiresOn() == null ? null : r.expiresOn().toString());
  }

  static CertificateState of(TrainingCertificate c) {
    return new CertificateState(c.recordId(), c.filename(), c.contentType(), c.size(), c.sha256());
  }

  static ReminderState of(TrainingReminder r) {
    return new ReminderState(
        r.recordId(), r.kind().name(), r.raisedAt(), r.acknowledgedBy(), r.acknowledgedAt());
  }
}
