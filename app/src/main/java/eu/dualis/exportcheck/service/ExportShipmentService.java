package eu.dualis.exportcheck.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.model.ExportCheck;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.ExportCheckRepository;
import eu.dualis.exportcheck.model.ExportFacts;
import eu.dualis.exportcheck.model.ExportShipment;
import eu.dualis.licensing.service.LicenceService;
import eu.dualis.licensing.service.UsageInput;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Records that a released export was shipped, and with it the usage of every licence that covered a
 * line (Art. 12): the register's remaining quantities and values follow the exports.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class ExportShipmentService {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ExportCheckRepository checks;
  @Inject LicenceService licences;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;

  public ExportShipment record(String checkId, LocalDate shippedOn) {
    ExportCheck check =
        checks
            .find(checkId)
            .orElseThrow(
                () -> new RecordNotFoundException(ExportCheckService.RECORD_TYPE, checkId));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (shippedOn == null) {
      throw InvalidInputException.of("shippedOn", "is required (YYYY-MM-DD)");
    }
    if (shippedOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
      throw InvalidInputException.of(
          "shippedOn", "lies in the future: record a shipment once it left");
    }
    if (checks.isRerun(checkId)) {
      throw new ConflictException(
          "id", "this check has been re-run: record the shipment on the newest check");
    }
    if (check.determination() != Determination.RELEASE) {
      throw new ConflictException(
          "id",
          "only a released export can be shipped; this check's determination is "
              + check.determination());
    }
    if (checks.shipmentOf(checkId).isPresent()) {
      throw new ConflictException("id", "the shipment of this export is recorded already");
    }
    ExportShipment shipment = new ExportShipment(checkId, shippedOn, user.name(), now);
    checks.add(shipment);
    recordUsages(check, shippedOn);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("exportCheckId", checkId);
    after.put("reference", check.reference());
    after.put("shippedOn", shippedOn.toString());
    audit.record(user.name(), AuditAction.CREATE, "ExportShipment", shipment.id(), null, after);
    return shipment;
  }

  /** One usage per licence and line: a line whose codes one licence covers twice counts once. */
  private void recordUsages(ExportCheck check, LocalDate shippedOn) {
    var docs = check.documents();
    ExportFacts facts = JSON.fromJson(docs.facts(), ExportFacts.class);
    ExportCheckInput input = JSON.fromJson(docs.input(), ExportCheckInput.class);
    for (var line : facts.lines()) {
      var in = input.lines().get(line.index());
      Set<String> used = new HashSet<>();
      line.coverByCode()
          .forEach(
              (code, cover) -> {
                if (used.add(cover.licenceId())) {
                  licences.recordUsage(
                      cover.licenceId(),
                      new UsageInput(
                          check.reference(),
                          check.id(),
                          code,
                          shippedOn,
                          in.quantity(),
                          in.value()));
                }
              });
    }
  }
}
