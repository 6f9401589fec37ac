package eu.dualis.screening.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.screening.model.Hit;
import eu.dualis.screening.model.HitRepository;
import eu.dualis.screening.model.HitStatus;
import eu.dualis.screening.model.MatchDecision;
import eu.dualis.screening.model.MatchOutcome;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.PartyRepository;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compliance worklist: open hits, and the officer's decision on each. A true match blocks the
 * party; a false positive, with its justification, is remembered for the party and the list entry.
 * Each decision, and what it changes, is audited.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class WorklistService {

  static final String DECISION_RECORD = "MatchDecision";
  static final String PARTY_RECORD = "Party";

  private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

  @Inject HitRepository hits;
  @Inject PartyRepository parties;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;

  public Page<Hit> list(HitStatus status, String partyId, PageRequest page) {
    return hits.list(status, partyId, page);
  }

  public Hit get(String id) {
    return hits.find(id).orElseThrow(() -> new RecordNotFoundException("Hit", id));
  }

  /** The hit's explanation as the screening stored it. */
  public HitDetail detailOf(Hit hit) {
    return JSON.fromJson(hit.explanation(), HitDetail.class);
  }

  public Optional<MatchDecision> decisionOf(Hit hit) {
    return hit.decisionId() == null ? Optional.empty() : hits.decision(hit.decisionId());
  }

  public MatchDecision decide(String hitId, MatchOutcome outcome, String justification) {
    String text = justification == null ? "" : justification.strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(new FieldProblem("outcome", "is required: TRUE_MATCH or FALSE_POSITIVE"));
    }
    if (text.isEmpty()) {
      problems.add(
          new FieldProblem(
              "justification", "is required: say why, so that an auditor can follow the decision"));
    } else if (text.length() > MatchDecision.JUSTIFICATION_MAX) {
      problems.add(
          new FieldProblem(
              "justification",
              "must be at most " + MatchDecision.JUSTIFICATION_MAX + " characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Hit hit = get(hitId);
    if (hit.status() != HitStatus.OPEN) {
      throw new ConflictException(
          null, "Hit " + hitId + " was decided already (decision " + hit.decisionId() + ")");
    }
    Optional<Party> party = Optional.ofNullable(hit.partyId()).flatMap(parties::find);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    MatchDecision decision =
        MatchDecision.of(
            hit, party.map(Party::screeningKey).orElse(null), outcome, text, user.name(), now);
    HitSnapshot before = HitSnapshot.of(hit);
    hits.add(decision);
    hit.decided(decision);
    audit.record(
        user.name(),
        AuditAction.CREATE,
        DECISION_RECORD,
        decision.id(),
        null,
        DecisionSnapshot.of(decision));
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        ScreeningService.HIT_RECORD,
        hit.id(),
        before,
        HitSnapshot.of(hit));
    party.ifPresent(p -> settle(p, outcome));
    return decision;
  }

  private void settle(Party party, MatchOutcome outcome) {
    String before = party.status().name();
    if (outcome == MatchOutcome.TRUE_MATCH) {
      party.block();
    } else {
      party.settle(hits.countOpen(party.id()) > 0);
    }
    if (!before.equals(party.status().name())) {
      audit.record(
          user.name(),
          AuditAction.UPDATE,
          PARTY_RECORD,
          party.id(),
          new PartyStatusSnapshot(before),
          new PartyStatusSnapshot(party.status().name()));
    }
  }

  /** The part of a party a decision changes. */
  public record PartyStatusSnapshot(String status) {}

  /** What the audit trail keeps of a decision. */
  public record DecisionSnapshot(
      String hitId,
      String partyId,
      String listSource,
      String listReference,
      String outcome,
      String justification) {

    static DecisionSnapshot of(MatchDecision d) {
      return new DecisionSnapshot(
          d.hitId(),
          d.partyId(),
          d.listSource().name(),
          d.listReference(),
          d.outcome().name(),
          d.justification());
    }
  }
}
