package eu.dualis.training.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import eu.dualis.training.model.JobRoles;
import eu.dualis.training.model.Trainee;
import eu.dualis.training.model.TraineeDetails;
import eu.dualis.training.model.TraineeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The current tenant's trainees. Never deleted: their records are evidence (Art. 27), so a leaver
 * is deactivated and leaves the matrix.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class Trainees {

  @Inject TraineeRepository trainees;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  public Trainee get(String id) {
    return trainees
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(TrainingSnapshots.TRAINEE, id));
  }

  public Page<Trainee> search(String query, String role, boolean activeOnly, PageRequest page) {
    String normal = JobRoles.normalise(role);
    return trainees.search(query, normal.isEmpty() ? null : normal, activeOnly, page);
  }

  public Trainee create(TraineeDetails details) {
    TraineeDetails valid = details.validated();
    uniqueEmail(valid.email(), null);
    Trainee trainee = Trainee.create(valid, Clock.now());
    trainees.add(trainee);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        TrainingSnapshots.TRAINEE,
        trainee.id(),
        null,
        TrainingSnapshots.of(trainee));
    return trainee;
  }

  public Trainee revise(String id, long expectedVersion, TraineeDetails details, boolean active) {
    TraineeDetails valid = details.validated();
    Trainee trainee = get(id);
    if (trainee.version() != expectedVersion) {
      throw new ConflictException(
          null,
          "Trainee "
              + trainee.email()
              + " was changed by someone else (version "
              + trainee.version()
              + ", yours "
              + expectedVersion
              + "); reload and apply your change again");
    }
    uniqueEmail(valid.email(), id);
    var before = TrainingSnapshots.of(trainee);
    trainee.revise(valid, active, Clock.now());
    em.flush();
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        TrainingSnapshots.TRAINEE,
        id,
        before,
        TrainingSnapshots.of(trainee));
    return trainee;
  }

  /** Art. 27: the trainee's records stay evidence, so the trainee is deactivated, not deleted. */
  public Trainee deactivate(String id) {
    Trainee trainee = get(id);
    var before = TrainingSnapshots.of(trainee);
    if (trainee.deactivate(Clock.now())) {
      em.flush();
      audit.record(
          user.name(),
          AuditAction.UPDATE,
          TrainingSnapshots.TRAINEE,
          id,
          before,
          TrainingSnapshots.of(trainee));
    }
    return trainee;
  }

  private void uniqueEmail(String email, String ownId) {
    trainees
        .findByEmail(email)
        .filter(other -> !other.id().equals(ownId))
        .ifPresent(
            other -> {
              throw new ConflictException("email", "A trainee with e-mail " + email + " exists");
            });
  }
}
