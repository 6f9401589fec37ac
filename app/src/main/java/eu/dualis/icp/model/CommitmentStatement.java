package eu.dualis.icp.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The management's signed commitment to compliance (element 1). A new wording or a new signature is
 * a new revision; earlier ones stay as they were signed.
 */
@Entity
@Table(name = "icp_commitment")
public class CommitmentStatement extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Column(name = "statement", nullable = false, updatable = false)
  private String text;

  @Column(name = "signed_by_name", nullable = false, updatable = false)
  private String signedByName;

  @Column(name = "signed_by_function", nullable = false, updatable = false)
  private String signedByFunction;

  @Column(name = "signed_on", nullable = false, updatable = false)
  private LocalDate signedOn;

  @Column(name = "published_where", nullable = false, updatable = false)
  private String publishedWhere;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CommitmentStatement() {
    // for JPA
  }

  public static CommitmentStatement sign(
      int revision,
      String text,
      String signedByName,
      String signedByFunction,
      LocalDate signedOn,
      String publishedWhere,
      String actor,
      Instant now) {
    Inputs in = new Inputs();
    CommitmentStatement s = new CommitmentStatement();
    s.id = UUID.randomUUID().toString();
    s.revision = revision;
    s.text = in.text("text", text, 20000);
    s.signedByName = in.text("signedByName", signedByName, 200);
    s.signedByFunction = in.text("signedByFunction", signedByFunction, 200);
    s.signedOn = in.required("signedOn", signedOn);
    s.publishedWhere = in.text("publishedWhere", publishedWhere, 500);
    in.check();
    s.recordedBy = actor;
    s.recordedAt = now;
    return s;
  }

  public String id() {
    return id;
  }

  public int revision() {
    return revision;
  }

  public String text() {
    return text;
  }

  public String signedByName() {
    return signedByName;
  }

  public String signedByFunction() {
    return signedByFunction;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  public String publishedWhere() {
    return publishedWhere;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public long version() {
    return version;
  }
}
