package eu.dualis.training.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** The current tenant's trainees. */
public interface TraineeRepository {

  Optional<Trainee> find(String id);

  /** {@code email} in lower case. */
  Optional<Trainee> findByEmail(String email);

  /**
   * @param query part of the name or e-mail, or null
   * @param role normalised, or null for every role
   */
  Page<Trainee> search(String query, String role, boolean activeOnly, PageRequest page);

  /** Active trainees, for the matrix. */
  List<Trainee> active();

  void add(Trainee trainee);
}
