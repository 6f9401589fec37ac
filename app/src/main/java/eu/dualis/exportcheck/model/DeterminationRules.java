package eu.dualis.exportcheck.model;

import eu.dualis.exportcheck.model.ExportFacts.LineFacts;
import eu.dualis.exportcheck.model.ExportFacts.NotificationState;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides an export from its facts. Each rule names its article ({@link Rule}); a line takes the
 * strictest reason among its own and the export's, and the export the strictest of its lines.
 */
public final class DeterminationRules {

  private DeterminationRules() {}

  public static CheckResult decide(ExportFacts facts) {
    List<Reason> exportReasons = exportReasons(facts);
    Determination exportWide =
        exportReasons.stream()
            .map(Reason::effect)
            .reduce(Determination.RELEASE, Determination::stricter);
    List<CheckResult.LineResult> lines = new ArrayList<>();
    Determination overall = Determination.RELEASE;
    for (LineFacts line : facts.lines()) {
      List<Reason> reasons = lineReasons(facts, line);
      Determination d =
          reasons.stream().map(Reason::effect).reduce(exportWide, Determination::stricter);
      lines.add(
          new CheckResult.LineResult(
              line.index(), line.productId(), line.productName(), d, reasons));
      overall = overall.stricter(d);
    }
    return new CheckResult(overall, exportReasons, lines);
  }

  private static List<Reason> exportReasons(ExportFacts facts) {
    List<Reason> reasons = new ArrayList<>();
    for (var party : facts.parties()) {
      switch (party.state()) {
        case POTENTIAL_MATCH ->
            reasons.add(Reason.of(Rule.PARTY_POTENTIAL_MATCH, party.name(), party.role().name()));
        case CONFIRMED_MATCH ->
            reasons.add(Reason.of(Rule.PARTY_CONFIRMED_MATCH, party.name(), party.role().name()));
        case CLEAR -> {
          // nothing to say: the party was screened and is clear
        }
      }
    }
    for (var regime : facts.embargoes()) {
      Reason reason =
          Reason.withArticle(
              Rule.EMBARGOED_DESTINATION, regime.legalAct(), regime.regime(), facts.destination());
      reasons.add(regime.holdsEveryExport() ? reason : reason.satisfied());
    }
    return reasons;
  }

  private static List<Reason> lineReasons(ExportFacts facts, LineFacts line) {
    List<Reason> reasons = new ArrayList<>(annexOneReasons(facts, line));
    reasons.addAll(catchAllReasons(facts, line));
    for (var n : line.notifications()) {
      switch (n.state()) {
        case OPEN ->
            reasons.add(
                Reason.withArticle(
                    Rule.OPEN_CATCH_ALL_NOTIFICATION, n.article(), n.reference(), n.article()));
        case LICENCE_REQUIRED ->
            reasons.add(
                Reason.withArticle(
                    Rule.AUTHORITY_REQUIRES_LICENCE, n.article(), n.reference(), n.article()));
        case NO_LICENCE_REQUIRED ->
            reasons.add(
                Reason.withArticle(
                    Rule.AUTHORITY_NO_LICENCE_REQUIRED, n.article(), n.reference(), n.article()));
        case WITHDRAWN -> {
          // a withdrawn notification no longer bears on the export
        }
      }
    }
    return reasons;
  }

  /** Art. 3(1): a listed item leaving the Union needs an authorisation; Art. 12 names which. */
  private static List<Reason> annexOneReasons(ExportFacts facts, LineFacts line) {
    List<Reason> reasons = new ArrayList<>();
    switch (line.item()) {
      case UNCLASSIFIED -> reasons.add(Reason.of(Rule.UNCLASSIFIED_ITEM, line.productName()));
      case NOT_LISTED -> reasons.add(Reason.of(Rule.NOT_LISTED, line.productName()));
      case LISTED -> {
        for (String code : line.entryCodes()) {
          var cover = line.coverByCode().get(code);
          if (facts.destinationInEu()) {
            reasons.add(Reason.of(Rule.INTRA_EU_TRANSFER, code, facts.destination()));
          } else if (cover != null) {
            reasons.add(
                Reason.withArticle(
                    Rule.COVERED_BY_AUTHORISATION, cover.basis(), code, cover.number()));
          } else {
            reasons.add(Reason.of(Rule.LISTED_ITEM_LICENCE_REQUIRED, code, facts.destination()));
          }
        }
      }
    }
    return reasons;
  }

  /**
   * Art. 4 and Art. 5: red flags call for due diligence (Recommendation (EU) 2024/2659); an
   * approved file for this end user and item settles them one way or the other.
   */
  private static List<Reason> catchAllReasons(ExportFacts facts, LineFacts line) {
    List<Reason> triggers = new ArrayList<>();
    if (line.cyberSurveillanceRelevant() && line.item() != ExportFacts.ItemStatus.LISTED) {
      triggers.add(Reason.of(Rule.CYBER_SURVEILLANCE_ITEM, line.productName()));
    }
    for (var concern : facts.concerns()) {
      String article = concern.concern().article();
      triggers.add(
          concern.wording() == null
              ? Reason.withArticle(Rule.END_USE_CONCERN, article, concern.concern().name())
              : Reason.withArticle(
                  Rule.END_USE_WORDING, article, concern.wording(), concern.concern().name()));
    }
    if (triggers.isEmpty()) {
      return triggers;
    }
    var dd = line.dueDiligence();
    if (dd == null) {
      return triggers;
    }
    List<Reason> reasons = new ArrayList<>();
    switch (dd.outcome()) {
      case PROCEED -> {
        triggers.forEach(t -> reasons.add(t.satisfied()));
        reasons.add(Reason.of(Rule.DUE_DILIGENCE_PROCEED, dd.fileId()));
      }
      case NOTIFY_AUTHORITY -> {
        triggers.forEach(t -> reasons.add(t.satisfied()));
        boolean answered =
            line.notifications().stream()
                .anyMatch(
                    n ->
                        n.state() == NotificationState.NO_LICENCE_REQUIRED
                            || n.state() == NotificationState.LICENCE_REQUIRED);
        Reason notify = Reason.of(Rule.DUE_DILIGENCE_NOTIFY, dd.fileId());
        // Once the authority has answered, its answer (a notification reason) decides instead.
        reasons.add(answered ? notify.satisfied() : notify);
      }
      case REFUSE -> {
        triggers.forEach(t -> reasons.add(t.satisfied()));
        reasons.add(Reason.of(Rule.DUE_DILIGENCE_REFUSED, dd.fileId()));
      }
    }
    return reasons;
  }
}
