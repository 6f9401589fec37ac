package eu.dualis.screening.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.PartyDetails;
import eu.dualis.screening.model.PartyRepository;
import eu.dualis.screening.model.PartyStatus;
import eu.dualis.screening.model.ScreeningPurpose;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The current tenant's parties. Every party is screened when it is created and whenever it changes,
 * in the same transaction: a party is never stored unscreened.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class PartyService {

  static final String RECORD_TYPE = "Party";

  @Inject PartyRepository parties;
  @Inject ScreeningService screening;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /** A party with the screening made when it was stored. */
  public record Screened(Party party, ScreeningOutcome screening) {}

  public Screened create(PartyDetails details) {
    return create(details.validated(), user.name());
  }

  private Screened create(PartyDetails valid, String actor) {
    Party party = Party.create(valid, now());
    parties.add(party);
    ScreeningOutcome outcome = screening.screenParty(party, ScreeningPurpose.PARTY, actor);
    em.flush();
    audit.record(actor, AuditAction.CREATE, RECORD_TYPE, party.id(), null, PartySnapshot.of(party));
    return new Screened(party, outcome);
  }

  /**
   * Imports parties from CSV: all rows or none. Each row is validated as a party; any problem stops
   * the import with the line and field of every problem.
   */
  public List<Screened> importCsv(List<PartyDetails> rows) {
    List<Screened> created = new ArrayList<>();
    for (PartyDetails row : rows) {
      created.add(create(row, user.name()));
    }
    return created;
  }

  public Screened revise(String id, long expectedVersion, PartyDetails details) {
    PartyDetails valid = details.validated();
    Party party = get(id);
    if (party.version() != expectedVersion) {
      throw new ConflictException(
          null,
          "Party "
              + id
              + " was changed by someone else (version "
              + party.version()
              + ", yours "
              + expectedVersion
              + "); reload it and apply your change again");
    }
    PartySnapshot before = PartySnapshot.of(party);
    party.revise(valid, now());
    ScreeningOutcome outcome = screening.screenParty(party, ScreeningPurpose.PARTY, user.name());
    em.flush();
    audit.record(user.name(), AuditAction.UPDATE, RECORD_TYPE, id, before, PartySnapshot.of(party));
    return new Screened(party, outcome);
  }

  /** Screens the given parties again (after a list change); returns how many got new hits. */
  public int rescreen(List<String> ids, String actor) {
    int withHits = 0;
    for (Party party : parties.findAll(ids)) {
      PartyStatus before = party.status();
      ScreeningOutcome outcome = screening.screenParty(party, ScreeningPurpose.RESCREEN, actor);
      if (!outcome.activeHits().isEmpty()) {
        withHits++;
      }
      if (before != party.status()) {
        audit.record(
            actor,
            AuditAction.UPDATE,
            RECORD_TYPE,
            party.id(),
            new WorklistService.PartyStatusSnapshot(before.name()),
            new WorklistService.PartyStatusSnapshot(party.status().name()));
      }
    }
    return withHits;
  }

  public List<String> idsAfter(String afterId, int limit) {
    return parties.idsAfter(afterId, limit);
  }

  public long count() {
    return parties.count();
  }

  /** Parties are screened when stored, and screenings are evidence kept under Art. 27. */
  public void remove(String id) {
    get(id);
    throw new ConflictException(
        null,
        "Party "
            + id
            + " has screenings, which are evidence kept for at least five years (Art. 27 of"
            + " Regulation (EU) 2021/821); it cannot be deleted");
  }

  /** Blocked parties with exactly this name (ignoring case): the sales check's red light. */
  public java.util.List<Party> blockedNamed(String name) {
    return parties
        .search(
            name,
            PartyStatus.BLOCKED,
            SortOrder.parse(null, PartyRepository.SORTABLE, "name"),
            new PageRequest(0, 20))
        .items()
        .stream()
        .filter(p -> p.name().equalsIgnoreCase(name.strip()))
        .toList();
  }

  public Party get(String id) {
    return parties.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public Page<Party> search(String query, PartyStatus status, SortOrder sort, PageRequest page) {
    return parties.search(query, status, sort, page);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
