package eu.dualis.screening.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A potential match on the compliance worklist: one listed entity that one screening found. It is
 * named by the entry's source and reference, which outlive any list version, with the hash of the
 * entry's content at the time.
 */
@Entity
@Table(name = "hit")
public class Hit extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "screening_id", nullable = false, updatable = false)
  private String screeningId;

  @Column(name = "party_id", updatable = false)
  private String partyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "list_source", nullable = false, updatable = false)
  private ListSource listSource;

  @Column(name = "list_reference", nullable = false, updatable = false)
  private String listReference;

  @Column(name = "list_version_id", nullable = false, updatable = false)
  private String listVersionId;

  @Column(name = "entity_hash", nullable = false, updatable = false)
  private String entityHash;

  @Column(name = "listed_name", nullable = false, updatable = false)
  private String listedName;

  @Column(name = "matched_name", nullable = false, updatable = false)
  private String matchedName;

  @Column(name = "score", nullable = false, updatable = false)
  private BigDecimal score;

  /** JSON of the hit's explanation, as the screening showed it. */
  @Column(name = "explanation", nullable = false, updatable = false)
  private String explanation;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private HitStatus status;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "raised_by", nullable = false, updatable = false)
  private String raisedBy;

  @Column(name = "decision_id")
  private String decisionId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Hit() {
    // for JPA
  }

  /** What a screening found about one entry, ready to be raised. */
  public record Found(
      ListSource source,
      String reference,
      String versionId,
      String entityHash,
      String listedName,
      String matchedName,
      double score,
      String explanationJson) {}

  public static Hit raise(String screeningId, String partyId, Found f, String by, Instant at) {
    Hit hit = new Hit();
    hit.id = UUID.randomUUID().toString();
    hit.screeningId = screeningId;
    hit.partyId = partyId;
    hit.listSource = f.source();
    hit.listReference = f.reference();
    hit.listVersionId = f.versionId();
    hit.entityHash = f.entityHash();
    hit.listedName = f.listedName();
    hit.matchedName = f.matchedName();
    hit.score = BigDecimal.valueOf(f.score()).setScale(3, RoundingMode.HALF_UP);
    hit.explanation = f.explanationJson();
    hit.status = HitStatus.OPEN;
    hit.raisedAt = at;
    hit.raisedBy = by;
    return hit;
  }

  /** Closes the hit with the decision that settled it. */
  public void decided(MatchDecision decision) {
    if (status != HitStatus.OPEN) {
      throw new IllegalStateException("hit " + id + " was decided already");
    }
    status = HitStatus.DECIDED;
    decisionId = decision.id();
  }

  public String id() {
    return id;
  }

  public String screeningId() {
    return screeningId;
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

  public String listVersionId() {
    return listVersionId;
  }

  public String entityHash() {
    return entityHash;
  }

  public String listedName() {
    return listedName;
  }

  public String matchedName() {
    return matchedName;
  }

  public double score() {
    return score.doubleValue();
  }

  public String explanation() {
    return explanation;
  }

  public HitStatus status() {
    return status;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public String decisionId() {
    return decisionId;
  }

  public long version() {
    return version;
  }
}
