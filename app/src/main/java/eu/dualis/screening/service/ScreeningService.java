package eu.dualis.screening.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.screening.model.Hit;
import eu.dualis.screening.model.HitRepository;
import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.model.MatchDecision;
import eu.dualis.screening.model.MatchOutcome;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.PartyStatus;
import eu.dualis.screening.model.Screening;
import eu.dualis.screening.model.ScreeningPurpose;
import eu.dualis.screening.model.ScreeningQueryInput;
import eu.dualis.screening.model.ScreeningRepository;
import eu.dualis.screening.service.matching.MatchThreshold;
import eu.dualis.screening.service.matching.ScreeningQuery;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Screens names against the lists in force and keeps each screening as evidence. A party's
 * screening also consults the party's match decisions: a false positive still answers a hit on the
 * same list entry while neither the party nor the entry changed, and raises nothing new; every
 * other hit goes to the compliance worklist.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class ScreeningService {

  static final String HIT_RECORD = "Hit";
  static final int MAX_HITS = 20;

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type HIT_LIST =
      new ArrayList<HitDetail>() {}.getClass().getGenericSuperclass();
  private static final Type VERSION_LIST =
      new ArrayList<ListVersionUsed>() {}.getClass().getGenericSuperclass();

  @Inject ScreeningIndexHolder index;
  @Inject ListFreshness freshness;
  @Inject ScreeningRepository screenings;
  @Inject HitRepository hits;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;

  /** A name checked by hand (the sales check, or the API); nothing is raised until asked. */
  public ScreeningOutcome check(ScreeningQueryInput input) {
    ScreeningQueryInput query = input.validated();
    return store(query, ScreeningPurpose.CHECK, null, user.name(), match(query));
  }

  /** Screens a party and raises each new potential match to the worklist. */
  public ScreeningOutcome screenParty(Party party, ScreeningPurpose purpose, String actor) {
    ScreeningQueryInput query = party.details().asQuery();
    List<HitDetail> found = new ArrayList<>();
    for (HitDetail hit : match(query)) {
      Optional<MatchDecision> answered = answered(party, hit);
      found.add(answered.map(d -> hit.suppressedBy(d.id())).orElse(hit));
    }
    ScreeningOutcome outcome = store(query, purpose, party.id(), actor, found);
    Instant now = outcome.screening().screenedAt();
    boolean open = false;
    for (HitDetail hit : outcome.activeHits()) {
      // Already open for this party and entry, or raised now: either way an open hit.
      open = true;
      if (!hits.openFor(party.id(), hit.source(), hit.reference())) {
        raise(outcome.screening(), party.id(), hit, actor, now);
      }
    }
    // A clear party with nothing found has no open hit: no need to ask the database (rescreening
    // 100,000 parties is mostly this case).
    open = open || (party.status() != PartyStatus.CLEAR && hits.countOpen(party.id()) > 0);
    party.screened(open, now);
    return outcome;
  }

  /**
   * The sales check's "ask compliance": puts the screening's hits on the worklist. Asking twice
   * raises nothing more.
   */
  public List<Hit> askCompliance(String screeningId) {
    ScreeningOutcome outcome = get(screeningId);
    List<Hit> raised = hits.ofScreening(screeningId);
    if (!raised.isEmpty()) {
      return raised;
    }
    if (outcome.activeHits().isEmpty()) {
      throw new ConflictException(
          null, "Screening " + screeningId + " found no potential match: nothing to ask about");
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<Hit> result = new ArrayList<>();
    for (HitDetail hit : outcome.activeHits()) {
      result.add(raise(outcome.screening(), outcome.screening().partyId(), hit, user.name(), now));
    }
    return result;
  }

  public ScreeningOutcome get(String id) {
    Screening s =
        screenings.find(id).orElseThrow(() -> new RecordNotFoundException("Screening", id));
    return new ScreeningOutcome(
        s,
        JSON.fromJson(s.hitsJson(), HIT_LIST),
        JSON.fromJson(s.listVersionsJson(), VERSION_LIST));
  }

  public Page<Screening> list(String partyId, PageRequest page) {
    return screenings.list(partyId, page);
  }

  /** The list versions a screening now would use. */
  public List<ListVersionUsed> listsInForce() {
    return freshness.used(index.current().versions());
  }

  /** The versions of one index as a screening on one day records them, and their JSON. */
  private record UsedVersions(
      ScreeningIndexHolder.Snapshot snapshot,
      java.time.LocalDate day,
      List<ListVersionUsed> versions,
      String json) {}

  private volatile UsedVersions lastUsed;

  /**
   * Ages are counted in days: the same for every screening of a day against one index, so they are
   * computed (and serialised) once, not for each of the 100,000 screenings of a rescreen.
   */
  private UsedVersions usedVersions(ScreeningIndexHolder.Snapshot snapshot, Instant now) {
    java.time.LocalDate day = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
    UsedVersions last = lastUsed;
    if (last != null && last.snapshot() == snapshot && last.day().equals(day)) {
      return last;
    }
    List<ListVersionUsed> versions =
        snapshot.versions().stream().map(v -> ListVersionUsed.of(v, freshness, now)).toList();
    UsedVersions fresh =
        new UsedVersions(snapshot, day, versions, JSON.toJson(versions, VERSION_LIST));
    lastUsed = fresh;
    return fresh;
  }

  private Optional<MatchDecision> answered(Party party, HitDetail hit) {
    return hits.decisionsFor(party.id(), hit.source(), hit.reference()).stream()
        .findFirst()
        .filter(
            d ->
                d.outcome() == MatchOutcome.TRUE_MATCH
                    || d.stillHolds(party.screeningKey(), hit.entityHash()));
  }

  private Hit raise(Screening screening, String partyId, HitDetail hit, String by, Instant at) {
    Hit raised =
        Hit.raise(
            screening.id(),
            partyId,
            new Hit.Found(
                hit.source(),
                hit.reference(),
                hit.versionId(),
                hit.entityHash(),
                hit.listedName(),
                hit.matchedName(),
                hit.score(),
                JSON.toJson(hit)),
            by,
            at);
    hits.add(raised);
    audit.record(by, AuditAction.CREATE, HIT_RECORD, raised.id(), null, HitSnapshot.of(raised));
    return raised;
  }

  private List<HitDetail> match(ScreeningQueryInput q) {
    ScreeningIndexHolder.Snapshot snapshot = index.current();
    if (snapshot.versions().isEmpty()) {
      // A CLEAR against no list would look like proof and prove nothing.
      throw new NoListInForceException();
    }
    List<HitDetail> result = new ArrayList<>();
    for (var hit :
        snapshot
            .index()
            .screen(
                new ScreeningQuery(
                    q.name(), q.type(), q.country(), q.dateOfBirth(), q.identifiers()),
                MatchThreshold.DEFAULT,
                MAX_HITS)) {
      ListedEntity e = snapshot.entries().get(hit.entityId());
      result.add(
          new HitDetail(
              e.id(),
              e.source(),
              e.reference(),
              e.versionId(),
              e.contentHash(),
              e.primaryName(),
              e.type(),
              e.programmes(),
              e.birthDates(),
              List.copyOf(e.countries()),
              hit.matchedName(),
              hit.matchedNameKind(),
              hit.score(),
              hit.nameScore(),
              hit.tokens(),
              hit.qualifiers(),
              null));
    }
    return result;
  }

  private ScreeningOutcome store(
      ScreeningQueryInput query,
      ScreeningPurpose purpose,
      String partyId,
      String by,
      List<HitDetail> found) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UsedVersions used = usedVersions(index.current(), now);
    List<ListVersionUsed> versions = used.versions();
    int active = (int) found.stream().filter(h -> !h.suppressed()).count();
    Screening screening =
        Screening.record(
            now,
            by,
            purpose,
            partyId,
            query,
            MatchThreshold.DEFAULT,
            active,
            found.size() - active,
            used.json(),
            found.isEmpty() ? "[]" : JSON.toJson(found, HIT_LIST));
    screenings.add(screening);
    return new ScreeningOutcome(screening, found, versions);
  }

  /** Screenings made from this instant on: the ICP's evidence that screening is applied. */
  public long countSince(Instant from) {
    return screenings.countSince(from);
  }
}
