package eu.dualis.training.api;

import eu.dualis.training.model.Course;
import eu.dualis.training.model.CourseRequirement;
import eu.dualis.training.model.RecordLine;
import eu.dualis.training.model.Trainee;
import eu.dualis.training.model.TrainingCertificate;
import eu.dualis.training.model.TrainingMatrix;
import eu.dualis.training.service.TrainingReminders.ReminderView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The response bodies of the training API. */
public final class Responses {

  private Responses() {}

  public record CourseResponse(
      String id,
      String title,
      String kind,
      Integer validityMonths,
      String owner,
      String description,
      Instant updatedAt,
      long version) {
    static CourseResponse of(Course c) {
      return new CourseResponse(
          c.id(),
          c.title(),
          c.kind().name(),
          c.validityMonths(),
          c.owner(),
          c.description(),
          c.updatedAt(),
          c.version());
    }
  }

  public record TraineeResponse(
      String id, String name, String email, String role, boolean active, long version) {
    static TraineeResponse of(Trainee t) {
      return new TraineeResponse(t.id(), t.name(), t.email(), t.role(), t.active(), t.version());
    }
  }

  public record RequirementResponse(
      String id, String role, String courseId, String createdBy, Instant createdAt) {
    static RequirementResponse of(CourseRequirement r) {
      return new RequirementResponse(r.id(), r.role(), r.courseId(), r.createdBy(), r.createdAt());
    }
  }

  public record RecordResponse(
      String id,
      String traineeId,
      String traineeName,
      String traineeEmail,
      String role,
      String courseId,
      String courseTitle,
      String courseKind,
      LocalDate completedOn,
      String result,
      Integer score,
      LocalDate expiresOn,
      String recordedBy,
      Instant recordedAt) {
    static RecordResponse of(RecordLine l) {
      return new RecordResponse(
          l.recordId(),
          l.traineeId(),
          l.traineeName(),
          l.traineeEmail(),
          l.role(),
          l.courseId(),
          l.courseTitle(),
          l.courseKind().name(),
          l.completedOn(),
          l.result().name(),
          l.score(),
          l.expiresOn(),
          l.recordedBy(),
          l.recordedAt());
    }
  }

  public record CertificateResponse(
      String id,
      String recordId,
      String filename,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    static CertificateResponse of(TrainingCertificate c) {
      return new CertificateResponse(
          c.id(),
          c.recordId(),
          c.filename(),
          c.contentType(),
          c.size(),
          c.sha256(),
          c.uploadedBy(),
          c.uploadedAt());
    }
  }

  public record CellResponse(
      String traineeId,
      String traineeName,
      String role,
      String courseId,
      String courseTitle,
      String state,
      String recordId,
      LocalDate completedOn,
      String result,
      LocalDate expiresOn) {
    static CellResponse of(TrainingMatrix.Cell c) {
      var a = c.latest();
      return new CellResponse(
          c.person().id(),
          c.person().name(),
          c.person().role(),
          c.need().courseId(),
          c.need().courseTitle(),
          c.state().name(),
          a == null ? null : a.recordId(),
          a == null ? null : a.completedOn(),
          a == null ? null : a.result().name(),
          a == null ? null : a.expiresOn());
    }
  }

  /** {@code role} is null in the overall totals. */
  public record TotalsResponse(
      String role,
      int trainees,
      int requiredCells,
      int currentCells,
      int expiringCells,
      int overdueCells,
      int missingCells) {
    static TotalsResponse of(TrainingMatrix.RoleTotals t) {
      return new TotalsResponse(
          t.role(),
          t.trainees(),
          t.requiredCells(),
          t.currentCells(),
          t.expiringCells(),
          t.overdueCells(),
          t.missingCells());
    }
  }

  public record MatrixResponse(
      LocalDate on, TotalsResponse totals, List<TotalsResponse> byRole, List<CellResponse> cells) {
    static MatrixResponse of(TrainingMatrix.Result m) {
      return new MatrixResponse(
          m.on(),
          TotalsResponse.of(m.all()),
          m.byRole().stream().map(TotalsResponse::of).toList(),
          m.cells().stream().map(CellResponse::of).toList());
    }
  }

  public record ReminderResponse(
      String id,
      String kind,
      Instant raisedAt,
      String acknowledgedBy,
      Instant acknowledgedAt,
      RecordResponse record) {
    static ReminderResponse of(ReminderView v) {
      var r = v.reminder();
      return new ReminderResponse(
          r.id(),
          r.kind().name(),
          r.raisedAt(),
          r.acknowledgedBy(),
          r.acknowledgedAt(),
          RecordResponse.of(v.record()));
    }
  }

  public record ImportResponse(int records, int traineesCreated) {}
}
