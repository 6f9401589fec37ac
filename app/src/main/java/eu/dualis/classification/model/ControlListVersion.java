package eu.dualis.classification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One imported version of a control list (global reference data). Immutable once stored: a newer
 * delegated regulation is a new version beside it, never an edit.
 */
@Entity
@Table(name = "control_list_version")
public class ControlListVersion {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "source_id", nullable = false, updatable = false)
  private String sourceId;

  @Column(name = "title", nullable = false, updatable = false)
  private String title;

  @Column(name = "applies_from", updatable = false)
  private LocalDate appliesFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private ControlListKind kind;

  @Column(name = "source_format", nullable = false, updatable = false)
  private String sourceFormat;

  @Column(name = "checksum", nullable = false, updatable = false)
  private String checksum;

  @Column(name = "entry_count", nullable = false, updatable = false)
  private int entryCount;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false, updatable = false)
  private String importedBy;

  protected ControlListVersion() {
    // for JPA
  }

  public ControlListVersion(
      ParsedControlList list,
      ControlListKind kind,
      String sourceFormat,
      String checksum,
      Instant importedAt,
      String importedBy) {
    this.id = UUID.randomUUID().toString();
    this.sourceId = list.sourceId();
    this.title = list.title();
    this.appliesFrom = list.applicableFrom();
    this.kind = kind;
    this.sourceFormat = sourceFormat;
    this.checksum = checksum;
    this.entryCount = list.entries().size();
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public String id() {
    return id;
  }

  public String sourceId() {
    return sourceId;
  }

  public String title() {
    return title;
  }

  public LocalDate appliesFrom() {
    return appliesFrom;
  }

  public ControlListKind kind() {
    return kind;
  }

  public String sourceFormat() {
    return sourceFormat;
  }

  public String checksum() {
    return checksum;
  }

  public int entryCount() {
    return entryCount;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public String importedBy() {
    return importedBy;
  }
}
