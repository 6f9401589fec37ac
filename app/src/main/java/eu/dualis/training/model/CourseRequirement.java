package eu.dualis.training.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** People in {@code role} must hold a valid record of the course. Added and removed, not edited. */
@Entity
@Table(name = "training_requirement")
public class CourseRequirement extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "job_role", nullable = false, updatable = false)
  private String role;

  @Column(name = "course_id", nullable = false, updatable = false)
  private String courseId;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected CourseRequirement() {
    // for JPA
  }

  /**
   * @param role normalised by this constructor
   */
  public CourseRequirement(String role, String courseId, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.role = JobRoles.normalise(role);
    this.courseId = courseId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String role() {
    return role;
  }

  public String courseId() {
    return courseId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
