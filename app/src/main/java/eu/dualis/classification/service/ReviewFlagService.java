package eu.dualis.classification.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.classification.model.ChangeImpact;
import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.ClassificationRepository;
import eu.dualis.classification.model.ReviewFlag;
import eu.dualis.classification.model.ReviewFlagRepository;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Raising review flags for the current tenant after a control list change, and resolving them. */
@ApplicationScoped
@TenantBound
@Transactional
public class ReviewFlagService {

  static final String RECORD_TYPE = "ReviewFlag";
  static final String SYSTEM = "control-list-watch";

  @Inject ReviewFlagRepository flags;
  @Inject ClassificationRepository classifications;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;

  /**
   * Flags every current classification of this tenant that the change touches, once: a second run
   * for the same version raises nothing new. Runs in its own transaction per tenant.
   *
   * @return how many flags were raised now
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int raise(String fromVersionId, String toVersionId, ChangeImpact impact) {
    int raised = 0;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    for (ChangeImpact.Hit hit : impact.hits(classifications.current())) {
      if (flags.exists(hit.classification().id(), toVersionId, hit.code())) {
        continue;
      }
      ReviewFlag flag =
          new ReviewFlag(
              hit.classification(),
              fromVersionId,
              toVersionId,
              hit.code(),
              hit.kind(),
              hit.oldText(),
              hit.newText(),
              now);
      flags.add(flag);
      audit.record(SYSTEM, AuditAction.CREATE, RECORD_TYPE, flag.id(), null, snapshot(flag));
      raised++;
    }
    return raised;
  }

  public List<ReviewFlag> list(ReviewFlag.Status status) {
    return flags.list(status);
  }

  public ReviewFlag get(String id) {
    return flags.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  /**
   * Resolves a flag: either the classification stands ({@code UNCHANGED}, with a note why), or a
   * newer classification of the same product replaces it ({@code RECLASSIFIED}).
   */
  public ReviewFlag resolve(
      String id, ReviewFlag.Resolution how, String note, String newClassificationId) {
    ReviewFlag flag = get(id);
    if (flag.status() == ReviewFlag.Status.RESOLVED) {
      throw new ConflictException(null, "Review flag " + id + " is resolved already");
    }
    if (how == null) {
      throw InvalidInputException.of("resolution", "is required: UNCHANGED or RECLASSIFIED");
    }
    if (how == ReviewFlag.Resolution.UNCHANGED && (note == null || note.isBlank())) {
      throw InvalidInputException.of("note", "say why the classification still holds");
    }
    if (how == ReviewFlag.Resolution.RECLASSIFIED) {
      Classification replacement =
          newClassificationId == null
              ? null
              : classifications.find(newClassificationId).orElse(null);
      if (replacement == null
          || !replacement.productId().equals(flag.productId())
          || replacement.createdAt().isBefore(flag.raisedAt())) {
        throw InvalidInputException.of(
            "classificationId",
            "must be a classification of the same product made after the flag was raised");
      }
    }
    Map<String, Object> before = snapshot(flag);
    String text =
        how == ReviewFlag.Resolution.RECLASSIFIED
            ? "replaced by classification "
                + newClassificationId
                + (note == null ? "" : ": " + note)
            : note.strip();
    flag.resolve(how, text, user.name(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    audit.record(user.name(), AuditAction.UPDATE, RECORD_TYPE, id, before, snapshot(flag));
    return flag;
  }

  private static Map<String, Object> snapshot(ReviewFlag f) {
    var map = new java.util.LinkedHashMap<String, Object>();
    map.put("classificationId", f.classificationId());
    map.put("code", f.code().value());
    map.put("change", f.changeKind().name());
    map.put("toVersionId", f.toVersionId());
    map.put("status", f.status().name());
    if (f.resolution() != null) {
      map.put("resolution", f.resolution().name());
      map.put("note", f.resolutionNote());
      map.put("resolvedBy", f.resolvedBy());
    }
    return map;
  }
}
