package eu.dualis.training.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A course people take. It changes only by revision, each audited; once a training record cites it
 * it is evidence and can no longer be deleted (Art. 27).
 */
@Entity
@Table(name = "training_course")
public class Course extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "title", nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private CourseKind kind;

  @Column(name = "validity_months")
  private Integer validityMonths;

  @Column(name = "owner", nullable = false)
  private String owner;

  @Column(name = "description")
  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Course() {
    // for JPA
  }

  public static Course create(CourseDetails details, Instant now) {
    Course course = new Course();
    course.id = UUID.randomUUID().toString();
    course.createdAt = now;
    course.apply(details.validated(), now);
    return course;
  }

  public void revise(CourseDetails details, Instant now) {
    apply(details.validated(), now);
  }

  private void apply(CourseDetails d, Instant now) {
    title = d.title();
    kind = d.kind();
    validityMonths = d.validityMonths();
    owner = d.owner();
    description = d.description();
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public CourseKind kind() {
    return kind;
  }

  public Integer validityMonths() {
    return validityMonths;
  }

  public String owner() {
    return owner;
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
