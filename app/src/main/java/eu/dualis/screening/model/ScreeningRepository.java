package eu.dualis.screening.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.Optional;

/** The current tenant's screenings (append only). */
public interface ScreeningRepository {

  Optional<Screening> find(String id);

  /** Newest first; of one party when {@code partyId} is not null. */
  Page<Screening> list(String partyId, PageRequest page);

  /** How many screenings were made from this instant on (an ICP's activity figure). */
  long countSince(java.time.Instant from);

  void add(Screening screening);
}
