package eu.dualis.training.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person who must be trained. Deactivated rather than deleted when they leave, because their
 * training records stay evidence (Art. 27); an inactive trainee leaves the matrix.
 */
@Entity
@Table(name = "training_trainee")
public class Trainee extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "job_role", nullable = false)
  private String role;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Trainee() {
    // for JPA
  }

  public static Trainee create(TraineeDetails details, Instant now) {
    Trainee trainee = new Trainee();
    trainee.id = UUID.randomUUID().toString();
    trainee.createdAt = now;
    trainee.active = true;
    trainee.apply(details.validated(), now);
    return trainee;
  }

  /** Name, e-mail and role as stated; {@code active} reactivates or deactivates. */
  public void revise(TraineeDetails details, boolean active, Instant now) {
    apply(details.validated(), now);
    this.active = active;
  }

  /**
   * @return false when already inactive
   */
  public boolean deactivate(Instant now) {
    if (!active) {
      return false;
    }
    active = false;
    updatedAt = now;
    return true;
  }

  private void apply(TraineeDetails d, Instant now) {
    name = d.name();
    email = d.email();
    role = d.role();
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  /** Normalised ({@link JobRoles#normalise}). */
  public String role() {
    return role;
  }

  public boolean active() {
    return active;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
