package eu.dualis.exportcheck.model;

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
 * One export check as it was made: its inputs, the facts and versions it used and its result. It is
 * evidence and never changes; a re-run is a new check that names the one it re-runs, and all checks
 * of one export share the first one's id as their lineage.
 */
@Entity
@Table(name = "export_check")
public class ExportCheck extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "lineage_id", nullable = false, updatable = false)
  private String lineageId;

  @Column(name = "rerun_of", updatable = false)
  private String rerunOf;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Column(name = "destination", nullable = false, updatable = false)
  private String destination;

  @Column(name = "end_use", nullable = false, updatable = false)
  private String endUse;

  @Enumerated(EnumType.STRING)
  @Column(name = "determination", nullable = false, updatable = false)
  private Determination determination;

  @Column(name = "input", nullable = false, updatable = false)
  private String inputJson;

  @Column(name = "facts", nullable = false, updatable = false)
  private String factsJson;

  @Column(name = "result", nullable = false, updatable = false)
  private String resultJson;

  @Column(name = "versions_used", nullable = false, updatable = false)
  private String versionsJson;

  @Column(name = "checked_by", nullable = false, updatable = false)
  private String checkedBy;

  @Column(name = "checked_at", nullable = false, updatable = false)
  private Instant checkedAt;

  protected ExportCheck() {
    // for JPA
  }

  /**
   * @param rerunOf the check this one re-runs, or null for the first check of an export
   * @param json the input, facts, result and versions used, as JSON documents
   */
  public static ExportCheck record(
      ExportCheck rerunOf,
      ExportCheckInput input,
      Determination determination,
      Documents json,
      String checkedBy,
      Instant checkedAt) {
    var c = new ExportCheck();
    c.id = UUID.randomUUID().toString();
    c.lineageId = rerunOf == null ? c.id : rerunOf.lineageId;
    c.rerunOf = rerunOf == null ? null : rerunOf.id;
    c.reference = input.reference();
    c.destination = input.destination();
    c.endUse = input.endUse();
    c.determination = determination;
    c.inputJson = json.input();
    c.factsJson = json.facts();
    c.resultJson = json.result();
    c.versionsJson = json.versions();
    c.checkedBy = checkedBy;
    c.checkedAt = checkedAt;
    return c;
  }

  /** The JSON documents a check keeps, as the user and the rules saw them. */
  public record Documents(String input, String facts, String result, String versions) {}

  public String id() {
    return id;
  }

  public String lineageId() {
    return lineageId;
  }

  public String rerunOf() {
    return rerunOf;
  }

  public String reference() {
    return reference;
  }

  public String destination() {
    return destination;
  }

  public String endUse() {
    return endUse;
  }

  public Determination determination() {
    return determination;
  }

  public Documents documents() {
    return new Documents(inputJson, factsJson, resultJson, versionsJson);
  }

  public String checkedBy() {
    return checkedBy;
  }

  public Instant checkedAt() {
    return checkedAt;
  }
}
