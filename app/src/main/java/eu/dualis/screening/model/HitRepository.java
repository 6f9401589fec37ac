package eu.dualis.screening.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** The current tenant's worklist hits and match decisions. */
public interface HitRepository {

  Optional<Hit> find(String id);

  Page<Hit> list(HitStatus status, String partyId, PageRequest page);

  List<Hit> ofScreening(String screeningId);

  /** Whether the party has an open hit on this list entry. */
  boolean openFor(String partyId, ListSource source, String reference);

  long countOpen(String partyId);

  void add(Hit hit);

  void add(MatchDecision decision);

  Optional<MatchDecision> decision(String id);

  /** The party's decisions on one list entry, newest first. */
  List<MatchDecision> decisionsFor(String partyId, ListSource source, String reference);

  boolean confirmedMatch(String partyId);
}
