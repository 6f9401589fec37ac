package eu.dualis.classification.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.ClassificationInput;
import eu.dualis.classification.model.ClassificationRepository;
import eu.dualis.classification.model.ClassificationStatus;
import eu.dualis.classification.model.ControlListRepository;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ProductId;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Classifying products against a control list version, with four-eyes approval; all audited. */
@ApplicationScoped
@TenantBound
@Transactional
public class ClassificationService {

  static final String RECORD_TYPE = "Classification";

  @Inject ClassificationRepository classifications;
  @Inject ControlListRepository controlLists;
  @Inject ProductService products;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;

  /** Writes a draft; every entry code must exist in the chosen control list version. */
  public Classification classify(ProductId product, ClassificationInput input) {
    products.get(product);
    Set<EntryCode> codes = input.validatedCodes();
    if (controlLists.findVersion(input.controlListVersionId()).isEmpty()) {
      throw InvalidInputException.of("controlListVersionId", "no such control list version");
    }
    List<FieldProblem> unknown =
        codes.stream()
            .filter(c -> controlLists.findEntry(input.controlListVersionId(), c.value()).isEmpty())
            .map(
                c ->
                    new FieldProblem(
                        "entryCodes", c + " is not an entry of this control list version"))
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    Classification draft = Classification.draft(product, input, codes, user.name(), now());
    classifications.add(draft);
    audit.record(
        user.name(),
        AuditAction.CREATE,
        RECORD_TYPE,
        draft.id(),
        null,
        ClassificationSnapshot.of(draft));
    return draft;
  }

  /** Approves a draft as a second compliance officer (four eyes). */
  public Classification approve(String id) {
    Classification c = get(id);
    if (c.status() != ClassificationStatus.DRAFT) {
      throw new ConflictException(null, "Classification " + id + " is approved already");
    }
    ClassificationSnapshot before = ClassificationSnapshot.of(c);
    c.approve(user.name(), now());
    audit.record(
        user.name(), AuditAction.UPDATE, RECORD_TYPE, id, before, ClassificationSnapshot.of(c));
    return c;
  }

  public Classification get(String id) {
    return classifications.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  /** A product's classifications, newest first (its history). */
  public List<Classification> history(ProductId product) {
    products.get(product);
    return classifications.ofProduct(product);
  }

  /** The approved classification that counts now: the latest approved one. */
  public Optional<Classification> current(ProductId product) {
    return history(product).stream()
        .filter(c -> c.status() == ClassificationStatus.APPROVED)
        .max(java.util.Comparator.comparing(Classification::approvedAt));
  }

  /** Products whose current classification names {@code code} or an entry below it. */
  public List<Classification> classifiedUnder(EntryCode code) {
    return classifications.currentUnder(code);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
