package eu.dualis.evidence.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A requested evidence pack and how its assembly went. Once READY its content (stored apart, append
 * only) and the hashes recorded here never change; a new request is a new pack.
 */
@Entity
@Table(name = "evidence_pack")
public class EvidencePack extends TenantScopedEntity {

  private static final String SEPARATOR = " ";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "authority", nullable = false)
  private String authority;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "entry_codes", nullable = false)
  private String entryCodes;

  @Column(name = "destinations", nullable = false)
  private String destinations;

  @Column(name = "language", nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private PackStatus status;

  @Column(name = "steps_done", nullable = false)
  private int stepsDone;

  @Column(name = "steps_total", nullable = false)
  private int stepsTotal;

  @Column(name = "failure_reason")
  private String failureReason;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "content_sha256")
  private String contentSha256;

  @Column(name = "content_size")
  private Long contentSize;

  @Column(name = "pack_hash")
  private String packHash;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected EvidencePack() {
    // for JPA
  }

  public static EvidencePack request(PackRequest request, String by, Instant now) {
    EvidencePack pack = new EvidencePack();
    pack.id = UUID.randomUUID().toString();
    pack.authority = request.authority();
    pack.periodFrom = request.periodFrom();
    pack.periodTo = request.periodTo();
    pack.entryCodes = String.join(SEPARATOR, request.entryCodes());
    pack.destinations = String.join(SEPARATOR, request.destinations());
    pack.language = request.language();
    pack.status = PackStatus.REQUESTED;
    pack.requestedBy = by;
    pack.requestedAt = now;
    return pack;
  }

  public void assembling(int total) {
    requireOpen();
    status = PackStatus.ASSEMBLING;
    stepsDone = 0;
    stepsTotal = total;
  }

  public void progress(int done) {
    requireOpen();
    stepsDone = Math.min(done, stepsTotal);
  }

  public void ready(String sha256, long size, String hash, Instant now) {
    requireOpen();
    status = PackStatus.READY;
    stepsDone = stepsTotal;
    contentSha256 = sha256;
    contentSize = size;
    packHash = hash;
    completedAt = now;
  }

  public void failed(String reason, Instant now) {
    requireOpen();
    status = PackStatus.FAILED;
    failureReason =
        reason == null ? "unknown" : reason.substring(0, Math.min(3900, reason.length()));
    completedAt = now;
  }

  // A finished pack is evidence: its outcome is never rewritten (Art. 27).
  private void requireOpen() {
    if (status == PackStatus.READY || status == PackStatus.FAILED) {
      throw new IllegalStateException("Evidence pack " + id + " is finished (" + status + ")");
    }
  }

  public PackRequest request() {
    return new PackRequest(
        authority, periodFrom, periodTo, split(entryCodes), split(destinations), language);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
  }

  public String id() {
    return id;
  }

  public String authority() {
    return authority;
  }

  public PackStatus status() {
    return status;
  }

  public int stepsDone() {
    return stepsDone;
  }

  public int stepsTotal() {
    return stepsTotal;
  }

  public String failureReason() {
    return failureReason;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public String contentSha256() {
    return contentSha256;
  }

  public Long contentSize() {
    return contentSize;
  }

  public String packHash() {
    return packHash;
  }

  public long version() {
    return version;
  }
}
