package eu.dualis.exportcheck.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.ControlListVersion;
import eu.dualis.classification.service.ControlListService;
import eu.dualis.exportcheck.model.CheckResult;
import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.model.DeterminationRules;
import eu.dualis.exportcheck.model.ExportCheck;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.ExportCheckRepository;
import eu.dualis.exportcheck.model.ExportFacts;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.screening.service.ScreeningService;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Export checks of the caller's tenant: check, re-run, read. A check is recorded with its inputs,
 * the facts the rules read, its result and the versions of the reference data it used; a re-run is
 * a new check, and the old one stays as it was.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class ExportCheckService {

  static final String RECORD_TYPE = "ExportCheck";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ExportCheckRepository checks;
  @Inject ExportCheckValidator validator;
  @Inject ExportFactsGatherer gatherer;
  @Inject ControlListService controlLists;
  @Inject ScreeningService screening;
  @Inject EmbargoTable embargoes;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;

  public RecordedCheck check(ExportCheckInput input) {
    return record(null, validator.validate(input));
  }

  /** Checks the export again with today's facts; only the export's newest check can be re-run. */
  public RecordedCheck rerun(String id) {
    ExportCheck previous = find(id);
    if (checks.isRerun(id)) {
      throw new ConflictException(
          "id", "this check has been re-run already; re-run the export's newest check");
    }
    ExportCheckInput input = JSON.fromJson(previous.documents().input(), ExportCheckInput.class);
    return record(previous, validator.validate(input));
  }

  public RecordedCheck get(String id) {
    ExportCheck check = find(id);
    return read(check, !checks.isRerun(id));
  }

  /** Every check of the export this check belongs to, oldest first. */
  public List<RecordedCheck> history(String id) {
    List<ExportCheck> lineage = checks.lineage(find(id).lineageId());
    return lineage.stream().map(c -> read(c, c == lineage.get(lineage.size() - 1))).toList();
  }

  public Page<RecordedCheck> search(
      String query, Determination determination, boolean latestOnly, PageRequest page) {
    return checks
        .search(query, determination, latestOnly, page)
        .map(c -> read(c, latestOnly || !checks.isRerun(c.id())));
  }

  /** Checks made from this instant on: the ICP's evidence that exports are checked. */
  public long countSince(Instant from) {
    return checks.countSince(from);
  }

  private RecordedCheck record(ExportCheck previous, ExportCheckInput input) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<Integer, Classification> used = new TreeMap<>();
    ExportFacts facts = gatherer.gather(input, today, used);
    CheckResult result = DeterminationRules.decide(facts);
    VersionsUsed versions = versions(today, used);
    var documents =
        new ExportCheck.Documents(
            JSON.toJson(input), JSON.toJson(facts), JSON.toJson(result), JSON.toJson(versions));
    ExportCheck check =
        ExportCheck.record(previous, input, result.determination(), documents, user.name(), now);
    checks.add(check);
    audit.record(user.name(), AuditAction.CREATE, RECORD_TYPE, check.id(), null, snapshot(check));
    return new RecordedCheck(check, input, result, versions, true, null);
  }

  private VersionsUsed versions(LocalDate today, Map<Integer, Classification> used) {
    var inForce = controlLists.inForce(today);
    return new VersionsUsed(
        inForce.map(ControlListVersion::id).orElse(null),
        inForce.map(ControlListVersion::title).orElse(null),
        used.entrySet().stream()
            .map(
                e ->
                    new VersionsUsed.LineClassification(
                        e.getKey(), e.getValue().id(), e.getValue().controlListVersionId()))
            .toList(),
        screening.listsInForce(),
        embargoes.asOf(),
        embargoes.source());
  }

  private RecordedCheck read(ExportCheck check, boolean current) {
    var docs = check.documents();
    return new RecordedCheck(
        check,
        JSON.fromJson(docs.input(), ExportCheckInput.class),
        JSON.fromJson(docs.result(), CheckResult.class),
        JSON.fromJson(docs.versions(), VersionsUsed.class),
        current,
        checks.shipmentOf(check.id()).orElse(null));
  }

  private ExportCheck find(String id) {
    return checks.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  private static Map<String, Object> snapshot(ExportCheck c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("reference", c.reference());
    s.put("destination", c.destination());
    s.put("determination", c.determination().name());
    s.put("lineageId", c.lineageId());
    s.put("rerunOf", c.rerunOf());
    s.put("checkedAt", c.checkedAt().toString());
    return s;
  }
}
