package eu.dualis.exportcheck.api;

import eu.dualis.exportcheck.model.CheckResult;
import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.model.EndUseConcern;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.Reason;
import eu.dualis.exportcheck.service.ReasonTexts;
import eu.dualis.exportcheck.service.RecordedCheck;
import eu.dualis.exportcheck.service.VersionsUsed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A recorded export check: what was asked, the determination for the export and each line with
 * every reason (rule, effect, article, message), the versions of reference data it used, and
 * whether it is the export's current check or has been re-run since.
 */
public record ExportCheckResponse(
    String id,
    String lineageId,
    String rerunOf,
    boolean current,
    String reference,
    String destination,
    String endUse,
    List<EndUseConcern> concerns,
    List<ExportCheckInput.PartyRef> parties,
    Determination determination,
    List<ReasonResponse> exportReasons,
    List<LineResponse> lines,
    VersionsUsed versionsUsed,
    String checkedBy,
    Instant checkedAt,
    Shipment shipment) {

  /** The recorded shipment of a released export; null until it is recorded. */
  public record Shipment(LocalDate shippedOn, String recordedBy, Instant recordedAt) {}

  public record ReasonResponse(
      String rule, Determination effect, String article, List<String> details, String message) {

    static ReasonResponse of(Reason r) {
      return new ReasonResponse(
          r.rule().name(),
          r.effect(),
          r.article(),
          r.details(),
          ReasonTexts.message(r, Locale.ENGLISH));
    }
  }

  public record LineResponse(
      int line,
      String productId,
      String productName,
      BigDecimal quantity,
      BigDecimal value,
      Determination determination,
      List<ReasonResponse> reasons) {}

  static ExportCheckResponse of(RecordedCheck r) {
    var c = r.check();
    var input = r.input();
    List<LineResponse> lines =
        r.result().lines().stream()
            .map(
                (CheckResult.LineResult l) -> {
                  var in = input.lines().get(l.index());
                  return new LineResponse(
                      l.index(),
                      l.productId(),
                      l.productName(),
                      in.quantity(),
                      in.value(),
                      l.determination(),
                      l.reasons().stream().map(ReasonResponse::of).toList());
                })
            .toList();
    return new ExportCheckResponse(
        c.id(),
        c.lineageId(),
        c.rerunOf(),
        r.current(),
        c.reference(),
        c.destination(),
        c.endUse(),
        input.concerns(),
        input.parties(),
        c.determination(),
        r.result().exportReasons().stream().map(ReasonResponse::of).toList(),
        lines,
        r.versions(),
        c.checkedBy(),
        c.checkedAt(),
        r.shipment() == null
            ? null
            : new Shipment(
                r.shipment().shippedOn(), r.shipment().recordedBy(), r.shipment().recordedAt()));
  }
}
