package eu.dualis.duediligence.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The decision of a file, who took it, and who approved it; all null while it is a draft. */
@Embeddable
public class DueDiligenceVerdict {

  @Enumerated(EnumType.STRING)
  @Column(name = "decision")
  private DueDiligenceDecision decision;

  @Column(name = "rationale")
  private String rationale;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  protected DueDiligenceVerdict() {
    // for JPA, and as "nothing decided"
  }

  static DueDiligenceVerdict decided(
      DueDiligenceDecision decision, String rationale, String actor, Instant now) {
    DueDiligenceVerdict v = new DueDiligenceVerdict();
    v.decision = decision;
    v.rationale = rationale;
    v.decidedBy = actor;
    v.decidedAt = now;
    return v;
  }

  DueDiligenceVerdict approved(String actor, Instant now) {
    DueDiligenceVerdict v = decided(decision, rationale, decidedBy, decidedAt);
    v.approvedBy = actor;
    v.approvedAt = now;
    return v;
  }

  public DueDiligenceDecision decision() {
    return decision;
  }

  public String rationale() {
    return rationale;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }
}
