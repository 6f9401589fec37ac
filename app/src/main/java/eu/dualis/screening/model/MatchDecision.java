package eu.dualis.screening.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An officer's decision on a hit: evidence, never changed. A false positive is remembered for the
 * party and the list entry while neither changed ({@link #stillHolds}).
 */
@Entity
@Table(name = "match_decision")
public class MatchDecision extends TenantScopedEntity {

  public static final int JUSTIFICATION_MAX = 4000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "hit_id", nullable = false, updatable = false)
  private String hitId;

  @Column(name = "party_id", updatable = false)
  private String partyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "list_source", nullable = false, updatable = false)
  private ListSource listSource;

  @Column(name = "list_reference", nullable = false, updatable = false)
  private String listReference;

  @Column(name = "entity_hash", nullable = false, updatable = false)
  private String entityHash;

  @Column(name = "screening_key", updatable = false)
  private String screeningKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false)
  private MatchOutcome outcome;

  @Column(name = "justification", nullable = false, updatable = false)
  private String justification;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected MatchDecision() {
    // for JPA
  }

  /**
   * @param screeningKey the party's screening key when decided, null for a hit without a party
   */
  public static MatchDecision of(
      Hit hit,
      String screeningKey,
      MatchOutcome outcome,
      String justification,
      String by,
      Instant at) {
    MatchDecision d = new MatchDecision();
    d.id = UUID.randomUUID().toString();
    d.hitId = hit.id();
    d.partyId = hit.partyId();
    d.listSource = hit.listSource();
    d.listReference = hit.listReference();
    d.entityHash = hit.entityHash();
    d.screeningKey = screeningKey;
    d.outcome = outcome;
    d.justification = justification;
    d.decidedBy = by;
    d.decidedAt = at;
    return d;
  }

  /** Whether this false positive still answers a new hit on the same entry for the same party. */
  public boolean stillHolds(String currentScreeningKey, String currentEntityHash) {
    return outcome == MatchOutcome.FALSE_POSITIVE
        && screeningKey != null
        && screeningKey.equals(currentScreeningKey)
        && entityHash.equals(currentEntityHash);
  }

  public String id() {
    return id;
  }

  public String hitId() {
    return hitId;
  }

  public String partyId() {
    return partyId;
  }

  public ListSource listSource() {
    return listSource;
  }

  public String listReference() {
    return listReference;
  }

  public MatchOutcome outcome() {
    return outcome;
  }

  public String justification() {
    return justification;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
