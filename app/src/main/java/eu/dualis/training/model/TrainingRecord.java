package eu.dualis.training.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One training someone completed or failed: append-only evidence of the ICP's training element
 * (Art. 27). Nothing in it changes; a wrong record is corrected by recording a newer one.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private String traineeId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private String courseId;

  @Column(name = "completed_on", nullable = false, updatable = false)
  private LocalDate completedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", nullable = false, updatable = false)
  private TrainingResult result;

  @Column(name = "score", updatable = false)
  private Integer score;

  @Column(name = "expires_on", updatable = false)
  private LocalDate expiresOn;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected TrainingRecord() {
    // for JPA
  }

  /**
   * @param course the course as it is now: its validity fixes the record's expiry for good
   * @throws eu.dualis.platform.model.InvalidInputException when the details break a rule
   */
  public static TrainingRecord of(
      Trainee trainee,
      Course course,
      LocalDate completedOn,
      TrainingResult result,
      Integer score,
      LocalDate today,
      String actor,
      Instant now) {
    var problems = RecordDetails.checkOutcome(completedOn, result, score, today, "completedOn");
    if (!problems.isEmpty()) {
      throw new eu.dualis.platform.model.InvalidInputException(problems);
    }
    TrainingRecord r = new TrainingRecord();
    r.id = UUID.randomUUID().toString();
    r.traineeId = trainee.id();
    r.courseId = course.id();
    r.completedOn = completedOn;
    r.result = result;
    r.score = score;
    r.expiresOn = expiry(completedOn, course.validityMonths());
    r.recordedBy = actor;
    r.recordedAt = now;
    return r;
  }

  /** The first day a completion no longer counts; null when the course does not expire. */
  public static LocalDate expiry(LocalDate completedOn, Integer validityMonths) {
    return validityMonths == null ? null : completedOn.plusMonths(validityMonths);
  }

  public Attempt attempt() {
    return new Attempt(id, traineeId, courseId, completedOn, result, expiresOn, recordedAt);
  }

  public String id() {
    return id;
  }

  public String traineeId() {
    return traineeId;
  }

  public String courseId() {
    return courseId;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public TrainingResult result() {
    return result;
  }

  public Integer score() {
    return score;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
