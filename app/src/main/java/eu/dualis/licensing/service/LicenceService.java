package eu.dualis.licensing.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.licensing.model.CoverCandidate;
import eu.dualis.licensing.model.Licence;
import eu.dualis.licensing.model.LicenceCoverage;
import eu.dualis.licensing.model.LicenceDetails;
import eu.dualis.licensing.model.LicenceFilter;
import eu.dualis.licensing.model.LicenceRepository;
import eu.dualis.licensing.model.LicenceUsage;
import eu.dualis.licensing.model.LicensedCode;
import eu.dualis.licensing.model.UsedAmounts;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The current tenant's licence register: licences and registrations to use EU General Export
 * Authorisations, their usage, and whether one covers an export line (Art. 12 of Regulation (EU)
 * 2021/821). Licences are revised, never deleted (Art. 27).
 */
@ApplicationScoped
@TenantBound
@Transactional
public class LicenceService {

  static final String RECORD_TYPE = "Licence";
  static final String USAGE_RECORD_TYPE = "LicenceUsage";

  @Inject LicenceRepository licences;
  @Inject LicenceAlerts alerts;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  private final LicenceCoverage coverage = new LicenceCoverage(GeneralAuthorisations.shipped());

  public Licence create(LicenceDetails details) {
    LicenceDetails valid = details.validated();
    uniqueNumber(valid.number(), null);
    Licence licence = Licence.create(valid, now());
    licences.add(licence);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        RECORD_TYPE,
        licence.id(),
        null,
        LicenceSnapshot.of(licence));
    return licence;
  }

  public Licence revise(String id, long expectedVersion, LicenceDetails details) {
    LicenceDetails valid = details.validated();
    Licence licence = get(id);
    if (licence.version() != expectedVersion) {
      throw new ConflictException(
          null,
          "Licence "
              + licence.number()
              + " was changed by someone else (version "
              + licence.version()
              + ", yours "
              + expectedVersion
              + "); reload it and apply your change again");
    }
    uniqueNumber(valid.number(), id);
    LicenceSnapshot before = LicenceSnapshot.of(licence);
    licence.revise(valid, now());
    em.flush();
    audit.record(
        user.name(), AuditAction.UPDATE, RECORD_TYPE, id, before, LicenceSnapshot.of(licence));
    return licence;
  }

  /** Art. 27: licences and their usage are evidence kept at least five years. */
  public void remove(String id) {
    Licence licence = get(id);
    throw new ConflictException(
        null,
        "Licence "
            + licence.number()
            + " is evidence kept for at least five years (Art. 27 of"
            + " Regulation (EU) 2021/821); it cannot be deleted. Record its status (REVOKED,"
            + " SUSPENDED) instead");
  }

  public Licence get(String id) {
    return licences.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public RegisteredLicence registered(String id) {
    Licence licence = get(id);
    UsedAmounts used = licences.used(List.of(id)).getOrDefault(id, UsedAmounts.NONE);
    return RegisteredLicence.of(licence, used, today());
  }

  /** The register; {@code filter.today()} is ignored: today is the server's date (UTC). */
  public Page<RegisteredLicence> search(LicenceFilter filter, SortOrder sort, PageRequest page) {
    if (filter.expiringWithinDays() != null && filter.expiringWithinDays() < 0) {
      throw InvalidInputException.of("expiringWithinDays", "must be 0 or more");
    }
    LocalDate today = today();
    Page<Licence> found =
        licences.search(
            new LicenceFilter(
                filter.query(), filter.kind(), filter.status(), filter.expiringWithinDays(), today),
            sort,
            page);
    var used = licences.used(found.items().stream().map(Licence::id).toList());
    return found.map(
        l -> RegisteredLicence.of(l, used.getOrDefault(l.id(), UsedAmounts.NONE), today));
  }

  public List<LicenceUsage> usages(String licenceId) {
    get(licenceId);
    return licences.usages(licenceId);
  }

  /**
   * Records one export under the licence. Refused when the licence did not allow it that day or not
   * that much: an export beyond an authorisation's terms is not covered by it (Art. 12).
   */
  public LicenceUsage recordUsage(String licenceId, UsageInput input) {
    if (input == null) {
      throw InvalidInputException.of("body", "a JSON object describing the usage is required");
    }
    Licence licence = get(licenceId);
    // One usage at a time per licence, so two exports cannot both take the last of a limit.
    em.lock(licence, LockModeType.PESSIMISTIC_WRITE);
    LicensedCode code = input.validatedFor(licence);
    UsedAmounts used = licences.used(List.of(licenceId)).getOrDefault(licenceId, UsedAmounts.NONE);
    CoverCandidate candidate = new CoverCandidate(licence, used.quantity(), used.value());
    if (!licence.validOn(input.shippedOn())) {
      throw InvalidInputException.of(
          "shippedOn",
          "licence "
              + licence.number()
              + " is valid from "
              + licence.validFrom()
              + (licence.validTo() == null ? "" : " to " + licence.validTo()));
    }
    if (candidate.remainingQuantity() != null
        && candidate.remainingQuantity().compareTo(input.quantity()) < 0) {
      throw InvalidInputException.of(
          "quantity",
          "exceeds the remaining quantity "
              + candidate.remainingQuantity().toPlainString()
              + " "
              + licence.quantityUnit()
              + " of licence "
              + licence.number()
              + " (Art. 12)");
    }
    if (candidate.remainingValue() != null
        && candidate.remainingValue().compareTo(input.value()) < 0) {
      throw InvalidInputException.of(
          "value",
          "exceeds the remaining value EUR "
              + candidate.remainingValue().toPlainString()
              + " of licence "
              + licence.number()
              + " (Art. 12)");
    }
    LicenceUsage usage =
        new LicenceUsage(
            licenceId,
            input.exportReference().strip(),
            input.exportCheckId() == null || input.exportCheckId().isBlank()
                ? null
                : input.exportCheckId().strip(),
            code,
            input.shippedOn(),
            input.quantity(),
            input.value(),
            user.name(),
            now());
    licences.addUsage(usage);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        USAGE_RECORD_TYPE,
        usage.id(),
        null,
        UsageSnapshot.of(usage));
    return usage;
  }

  /**
   * First valid authorisation covering the line, preferring general authorisations (EU001...), then
   * global, then individual; empty when none covers it. Checks: status ACTIVE, from <= on <= to,
   * entry code covered, destination covered (for EU001: destination in its list and code not
   * excluded), remaining quantity >= quantity and remaining value >= value where limited (null =
   * not stated).
   */
  public Optional<LicenceCover> cover(
      String entryCode,
      String destinationIso2,
      LocalDate on,
      BigDecimal quantity,
      BigDecimal value) {
    return assess(entryCode, destinationIso2, on, quantity, value)
        .flatMap(outcome -> outcome.cover())
        .map(
            c ->
                new LicenceCover(
                    c.licence().id(),
                    c.licence().kind(),
                    c.licence().number(),
                    basis(c.licence())));
  }

  /**
   * Why no authorisation in the register covers the line: one text per licence and obstacle, e.g.
   * "EU001 NL-EU001-7: 1C351 is excluded from EU001". Empty when one covers it.
   */
  public List<String> whyNotCovered(
      String entryCode,
      String destinationIso2,
      LocalDate on,
      BigDecimal quantity,
      BigDecimal value) {
    if (LicensedCode.parse(entryCode).isEmpty()) {
      return List.of("'" + entryCode + "' is not an Annex I entry code");
    }
    return assess(entryCode, destinationIso2, on, quantity, value)
        .filter(o -> o.cover().isEmpty())
        .map(
            o ->
                o.reasons().isEmpty()
                    ? List.of("No licence or registration in the register is in force on that day")
                    : o.reasons())
        .orElse(List.of());
  }

  private Optional<LicenceCoverage.Outcome> assess(
      String entryCode, String destination, LocalDate on, BigDecimal quantity, BigDecimal value) {
    Optional<LicensedCode> code = LicensedCode.parse(entryCode);
    if (code.isEmpty() || destination == null || destination.isBlank()) {
      return Optional.empty();
    }
    LocalDate day = on == null ? today() : on;
    List<Licence> inForce = licences.notEndedBy(day);
    var used = licences.used(inForce.stream().map(Licence::id).toList());
    List<CoverCandidate> candidates =
        inForce.stream()
            .map(
                l -> {
                  UsedAmounts u = used.getOrDefault(l.id(), UsedAmounts.NONE);
                  return new CoverCandidate(l, u.quantity(), u.value());
                })
            .toList();
    return Optional.of(
        coverage.assess(
            candidates,
            new LicenceCoverage.Line(
                code.get(), destination.strip().toUpperCase(Locale.ROOT), day, quantity, value)));
  }

  static String basis(Licence licence) {
    return licence.kind().isUnionGeneral()
        ? licence.kind().legalBasis() + "; registration " + licence.number()
        : licence.kind().legalBasis() + ": " + licence.number();
  }

  /** Open (unacknowledged) alerts, newest first, for the officer's dashboard. */
  public List<LicenceAlertView> openAlerts() {
    return alerts.open();
  }

  private void uniqueNumber(String number, String ownId) {
    licences
        .findByNumber(number)
        .filter(other -> !other.id().equals(ownId))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "number", "A licence with number " + number + " is already in the register");
            });
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
