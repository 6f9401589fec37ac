package eu.dualis.evidence.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.evidence.model.EvidencePack;
import eu.dualis.evidence.model.EvidencePackRepository;
import eu.dualis.evidence.model.PackContentStore;
import eu.dualis.evidence.model.PackRequest;
import eu.dualis.evidence.model.PackStatus;
import eu.dualis.evidence.verify.PackVerifier;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The current tenant's evidence packs for a licence application (Art. 12(4) of Regulation (EU)
 * 2021/821): requested by a compliance officer, assembled by {@code EvidencePackJob}, then stored
 * unchangeable. Every status change is audited in its own transaction, so progress shows at once.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class EvidencePackService {

  static final String RECORD_TYPE = "EvidencePack";

  @Inject EvidencePackRepository packs;
  @Inject PackContentStore contents;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  public EvidencePack request(PackRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object describing the pack is required");
    }
    EvidencePack pack = EvidencePack.request(request.validated(), user.name(), now());
    packs.add(pack);
    em.flush();
    audit.record(user.name(), AuditAction.CREATE, RECORD_TYPE, pack.id(), null, snapshot(pack));
    return pack;
  }

  public EvidencePack get(String id) {
    return packs.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public Page<EvidencePack> list(PageRequest page) {
    return packs.list(page);
  }

  /** Art. 27: a pack is evidence of what was submitted; it is never deleted. */
  public void remove(String id) {
    get(id);
    throw new ConflictException(
        null,
        "Evidence pack "
            + id
            + " is evidence kept for at least five years (Art. 27 of Regulation (EU) 2021/821);"
            + " it cannot be deleted. Request a new pack instead");
  }

  public void begin(String id, int steps, String actor) {
    EvidencePack pack = get(id);
    Map<String, Object> before = snapshot(pack);
    pack.assembling(steps);
    em.flush();
    audit.record(actor, AuditAction.UPDATE, RECORD_TYPE, id, before, snapshot(pack));
  }

  /** Progress is bookkeeping of the job, not a change of the evidence: not audited. */
  public void progress(String id, int done) {
    get(id).progress(done);
  }

  public void ready(String id, String sha256, long size, String packHash, String actor) {
    EvidencePack pack = get(id);
    Map<String, Object> before = snapshot(pack);
    pack.ready(sha256, size, packHash, now());
    em.flush();
    audit.record(actor, AuditAction.UPDATE, RECORD_TYPE, id, before, snapshot(pack));
  }

  public void failed(String id, String reason, String actor) {
    EvidencePack pack = get(id);
    if (pack.status() == PackStatus.READY || pack.status() == PackStatus.FAILED) {
      return;
    }
    Map<String, Object> before = snapshot(pack);
    pack.failed(reason, now());
    em.flush();
    audit.record(actor, AuditAction.UPDATE, RECORD_TYPE, id, before, snapshot(pack));
  }

  /** The stored ZIP, to be closed by the caller; 409 while the pack is not READY. */
  public InputStream content(String id) {
    EvidencePack pack = get(id);
    if (pack.status() != PackStatus.READY) {
      throw new ConflictException(
          null, "Evidence pack " + id + " is " + pack.status() + ": it has no content yet");
    }
    return contents
        .open(TenantContext.require().value(), id)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  /** Re-reads the stored ZIP and checks it against its manifest and the hash recorded at READY. */
  public Verification verify(String id) {
    EvidencePack pack = get(id);
    try (InputStream in = content(id)) {
      var digest = PackVerifier.sha256();
      // A ZIP reader stops before the central directory; the whole file's hash needs every byte.
      InputStream whole =
          new java.io.FilterInputStream(new java.security.DigestInputStream(in, digest)) {
            @Override
            public void close() throws IOException {
              this.in.transferTo(java.io.OutputStream.nullOutputStream());
              super.close();
            }
          };
      PackVerifier.Result result = PackVerifier.verify(whole);
      String stored = PackVerifier.hex(digest.digest());
      return new Verification(
          id, result, stored, stored.equals(pack.contentSha256()), pack.packHash());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The verifier's verdict plus the check of the whole ZIP against the hash stored at READY. */
  public record Verification(
      String packId,
      PackVerifier.Result result,
      String contentSha256,
      boolean contentMatchesRecord,
      String recordedPackHash) {
    public boolean ok() {
      return result.ok()
          && contentMatchesRecord
          && result.declaredPackHash() != null
          && result.declaredPackHash().equals(recordedPackHash);
    }
  }

  static Map<String, Object> snapshot(EvidencePack p) {
    var r = p.request();
    java.util.LinkedHashMap<String, Object> s = new java.util.LinkedHashMap<>();
    s.put("authority", r.authority());
    s.put("periodFrom", r.periodFrom().toString());
    s.put("periodTo", r.periodTo().toString());
    s.put("entryCodes", r.entryCodes());
    s.put("destinations", r.destinations());
    s.put("language", r.language());
    s.put("status", p.status().name());
    s.put("failureReason", p.failureReason());
    s.put("contentSha256", p.contentSha256());
    s.put("packHash", p.packHash());
    return s;
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
