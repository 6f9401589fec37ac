package eu.dualis.exportcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.exportcheck.model.ExportFacts.ConcernFact;
import eu.dualis.exportcheck.model.ExportFacts.CoverFact;
import eu.dualis.exportcheck.model.ExportFacts.DueDiligenceFact;
import eu.dualis.exportcheck.model.ExportFacts.DueDiligenceOutcome;
import eu.dualis.exportcheck.model.ExportFacts.EmbargoFact;
import eu.dualis.exportcheck.model.ExportFacts.ItemStatus;
import eu.dualis.exportcheck.model.ExportFacts.LineFacts;
import eu.dualis.exportcheck.model.ExportFacts.NotificationFact;
import eu.dualis.exportcheck.model.ExportFacts.NotificationState;
import eu.dualis.exportcheck.model.ExportFacts.PartyFact;
import eu.dualis.exportcheck.model.ExportFacts.ScreeningState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterminationRulesTest {

  private static final PartyFact CLEAR_END_USER =
      new PartyFact("p1", "Acme Robotics KK", PartyRoleInExport.END_USER, ScreeningState.CLEAR);

  private static LineFacts listed(String code, CoverFact cover) {
    return new LineFacts(
        0,
        "prod-1",
        "Encryptor X",
        ItemStatus.LISTED,
        List.of(code),
        false,
        cover == null ? Map.of() : Map.of(code, cover),
        null,
        List.of());
  }

  private static LineFacts notListed(boolean cyber, DueDiligenceFact dd, NotificationFact... n) {
    return new LineFacts(
        0, "prod-2", "Camera Y", ItemStatus.NOT_LISTED, List.of(), cyber, Map.of(), dd, List.of(n));
  }

  private static ExportFacts export(String destination, LineFacts... lines) {
    return new ExportFacts(
        destination, false, List.of(CLEAR_END_USER), List.of(), List.of(), List.of(lines));
  }

  private static List<Rule> rules(CheckResult r) {
    return r.lines().get(0).reasons().stream().map(Reason::rule).toList();
  }

  @Test
  void listed_item_leaving_the_union_needs_a_licence_under_art_3() {
    CheckResult r = DeterminationRules.decide(export("CN", listed("5A002.a.1", null)));

    assertThat(r.determination()).isEqualTo(Determination.LICENCE_REQUIRED);
    Reason reason = r.lines().get(0).reasons().get(0);
    assertThat(reason.rule()).isEqualTo(Rule.LISTED_ITEM_LICENCE_REQUIRED);
    assertThat(reason.article()).isEqualTo("Art. 3(1)");
    assertThat(reason.details()).containsExactly("5A002.a.1", "CN");
  }

  @Test
  void a_covering_authorisation_releases_the_listed_item_citing_its_basis() {
    var eu001 = new CoverFact("lic-1", "EU001", "EU001, Annex II Section A, Art. 12(1)(a)");

    CheckResult r = DeterminationRules.decide(export("JP", listed("5A002.a.1", eu001)));

    assertThat(r.determination()).isEqualTo(Determination.RELEASE);
    Reason reason = r.lines().get(0).reasons().get(0);
    assertThat(reason.rule()).isEqualTo(Rule.COVERED_BY_AUTHORISATION);
    assertThat(reason.article()).contains("Art. 12(1)(a)");
    assertThat(reason.details()).containsExactly("5A002.a.1", "EU001");
  }

  @Test
  void a_listed_item_transferred_within_the_union_is_not_an_export() {
    var facts =
        new ExportFacts(
            "FR",
            true,
            List.of(CLEAR_END_USER),
            List.of(),
            List.of(),
            List.of(listed("5A002.a.1", null)));

    CheckResult r = DeterminationRules.decide(facts);

    assertThat(r.determination()).isEqualTo(Determination.RELEASE);
    assertThat(rules(r)).containsExactly(Rule.INTRA_EU_TRANSFER);
  }

  @Test
  void an_unclassified_item_is_held() {
    var line =
        new LineFacts(
            0,
            "p",
            "Mystery box",
            ItemStatus.UNCLASSIFIED,
            List.of(),
            false,
            Map.of(),
            null,
            List.of());

    CheckResult r = DeterminationRules.decide(export("US", line));

    assertThat(r.determination()).isEqualTo(Determination.HOLD);
    assertThat(rules(r)).containsExactly(Rule.UNCLASSIFIED_ITEM);
    assertThat(r.lines().get(0).reasons().get(0).article()).isEqualTo("Art. 3(1), Annex I");
  }

  @Test
  void a_not_listed_item_without_red_flags_is_released() {
    CheckResult r = DeterminationRules.decide(export("BR", notListed(false, null)));

    assertThat(r.determination()).isEqualTo(Determination.RELEASE);
    assertThat(rules(r)).containsExactly(Rule.NOT_LISTED);
  }

  @Test
  void a_party_with_an_open_potential_match_holds_every_line() {
    var facts =
        new ExportFacts(
            "BR",
            false,
            List.of(
                CLEAR_END_USER,
                new PartyFact(
                    "p2",
                    "Ivan Petrov",
                    PartyRoleInExport.CONSIGNEE,
                    ScreeningState.POTENTIAL_MATCH)),
            List.of(),
            List.of(),
            List.of(notListed(false, null)));

    CheckResult r = DeterminationRules.decide(facts);

    assertThat(r.determination()).isEqualTo(Determination.HOLD);
    assertThat(r.lines().get(0).determination()).isEqualTo(Determination.HOLD);
    assertThat(r.exportReasons())
        .extracting(Reason::rule)
        .containsExactly(Rule.PARTY_POTENTIAL_MATCH);
    assertThat(r.exportReasons().get(0).details()).containsExactly("Ivan Petrov", "CONSIGNEE");
  }

  @Test
  void a_confirmed_match_holds() {
    var facts =
        new ExportFacts(
            "BR",
            false,
            List.of(
                new PartyFact(
                    "p1",
                    "Blocked Co",
                    PartyRoleInExport.END_USER,
                    ScreeningState.CONFIRMED_MATCH)),
            List.of(),
            List.of(),
            List.of(notListed(false, null)));

    assertThat(DeterminationRules.decide(facts).exportReasons())
        .extracting(Reason::rule, Reason::effect)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.PARTY_CONFIRMED_MATCH, Determination.HOLD));
  }

  @Test
  void an_embargoed_destination_holds_naming_the_regime_and_its_act() {
    var facts =
        new ExportFacts(
            "RU",
            false,
            List.of(CLEAR_END_USER),
            List.of(
                new EmbargoFact(
                    "Russia: dual-use export ban",
                    "Council Regulation (EU) No 833/2014, Art. 2",
                    true)),
            List.of(),
            List.of(notListed(false, null)));

    CheckResult r = DeterminationRules.decide(facts);

    assertThat(r.determination()).isEqualTo(Determination.HOLD);
    Reason reason = r.exportReasons().get(0);
    assertThat(reason.rule()).isEqualTo(Rule.EMBARGOED_DESTINATION);
    assertThat(reason.article()).isEqualTo("Council Regulation (EU) No 833/2014, Art. 2");
    assertThat(reason.details()).containsExactly("Russia: dual-use export ban", "RU");
  }

  @Test
  void a_regime_aimed_at_listed_persons_only_is_shown_but_does_not_hold() {
    var facts =
        new ExportFacts(
            "HT",
            false,
            List.of(CLEAR_END_USER),
            List.of(
                new EmbargoFact(
                    "Haiti (listed persons)", "Council Regulation (EU) 2022/2309", false)),
            List.of(),
            List.of(notListed(false, null)));

    CheckResult r = DeterminationRules.decide(facts);

    assertThat(r.determination()).isEqualTo(Determination.RELEASE);
    assertThat(r.exportReasons()).extracting(Reason::effect).containsExactly(Determination.RELEASE);
  }

  @Test
  void a_non_listed_cyber_surveillance_item_needs_due_diligence_under_art_5() {
    CheckResult r = DeterminationRules.decide(export("AE", notListed(true, null)));

    assertThat(r.determination()).isEqualTo(Determination.DUE_DILIGENCE_REQUIRED);
    assertThat(rules(r)).containsExactly(Rule.NOT_LISTED, Rule.CYBER_SURVEILLANCE_ITEM);
    assertThat(r.lines().get(0).reasons().get(1).article()).isEqualTo("Art. 5(1), Art. 5(2)");
  }

  @Test
  void an_end_use_red_flag_needs_due_diligence_citing_the_concerns_article() {
    var facts =
        new ExportFacts(
            "BR",
            false,
            List.of(CLEAR_END_USER),
            List.of(),
            List.of(
                new ConcernFact(EndUseConcern.WMD, null),
                new ConcernFact(EndUseConcern.INTERNAL_REPRESSION, "police")),
            List.of(notListed(false, null)));

    CheckResult r = DeterminationRules.decide(facts);

    assertThat(r.determination()).isEqualTo(Determination.DUE_DILIGENCE_REQUIRED);
    var reasons = r.lines().get(0).reasons();
    assertThat(reasons.get(1).rule()).isEqualTo(Rule.END_USE_CONCERN);
    assertThat(reasons.get(1).article()).isEqualTo("Art. 4(1)(a)");
    assertThat(reasons.get(2).rule()).isEqualTo(Rule.END_USE_WORDING);
    assertThat(reasons.get(2).article()).isEqualTo("Art. 5(1)");
    assertThat(reasons.get(2).details()).containsExactly("police", "INTERNAL_REPRESSION");
  }

  @Test
  void an_approved_file_that_proceeds_releases_and_keeps_the_red_flags_visible() {
    var dd = new DueDiligenceFact("dd-1", DueDiligenceOutcome.PROCEED);

    CheckResult r = DeterminationRules.decide(export("AE", notListed(true, dd)));

    assertThat(r.determination()).isEqualTo(Determination.RELEASE);
    var reasons = r.lines().get(0).reasons();
    assertThat(reasons)
        .extracting(Reason::rule)
        .containsExactly(Rule.NOT_LISTED, Rule.CYBER_SURVEILLANCE_ITEM, Rule.DUE_DILIGENCE_PROCEED);
    assertThat(reasons.get(1).effect()).isEqualTo(Determination.RELEASE);
    assertThat(reasons.get(2).details()).containsExactly("dd-1");
  }

  @Test
  void a_file_that_must_notify_holds_under_art_5_2_until_the_authority_answers() {
    var dd = new DueDiligenceFact("dd-1", DueDiligenceOutcome.NOTIFY_AUTHORITY);

    CheckResult waiting = DeterminationRules.decide(export("AE", notListed(true, dd)));
    CheckResult answered =
        DeterminationRules.decide(
            export(
                "AE",
                notListed(
                    true,
                    dd,
                    new NotificationFact(
                        "n1", "NL-2026-7", "Art. 5(2)", NotificationState.NO_LICENCE_REQUIRED))));

    assertThat(waiting.determination()).isEqualTo(Determination.HOLD);
    assertThat(rules(waiting)).contains(Rule.DUE_DILIGENCE_NOTIFY);
    assertThat(answered.determination()).isEqualTo(Determination.RELEASE);
    assertThat(rules(answered)).contains(Rule.AUTHORITY_NO_LICENCE_REQUIRED);
  }

  @Test
  void a_refused_file_holds() {
    var dd = new DueDiligenceFact("dd-1", DueDiligenceOutcome.REFUSE);

    assertThat(DeterminationRules.decide(export("AE", notListed(true, dd))).determination())
        .isEqualTo(Determination.HOLD);
  }

  @Test
  void an_open_catch_all_notification_holds_and_an_authority_licence_requirement_requires_one() {
    var open = new NotificationFact("n1", "BAFA-1", "Art. 4(1)", NotificationState.OPEN);
    var decided =
        new NotificationFact("n2", "CDIU-9", "Art. 5(1)", NotificationState.LICENCE_REQUIRED);
    var withdrawn = new NotificationFact("n3", "X", "Art. 4(2)", NotificationState.WITHDRAWN);

    CheckResult held = DeterminationRules.decide(export("BR", notListed(false, null, open)));
    CheckResult licence = DeterminationRules.decide(export("BR", notListed(false, null, decided)));
    CheckResult ignored =
        DeterminationRules.decide(export("BR", notListed(false, null, withdrawn)));

    assertThat(held.determination()).isEqualTo(Determination.HOLD);
    assertThat(held.lines().get(0).reasons().get(1).article()).isEqualTo("Art. 4(1)");
    assertThat(licence.determination()).isEqualTo(Determination.LICENCE_REQUIRED);
    assertThat(licence.lines().get(0).reasons().get(1).article()).isEqualTo("Art. 5(1)");
    assertThat(ignored.determination()).isEqualTo(Determination.RELEASE);
  }

  @Test
  void the_export_takes_the_strictest_line() {
    var released = notListed(false, null);
    var licence =
        new LineFacts(
            1,
            "prod-1",
            "Encryptor",
            ItemStatus.LISTED,
            List.of("5A002.a"),
            false,
            Map.of(),
            null,
            List.of());

    CheckResult r = DeterminationRules.decide(export("CN", released, licence));

    assertThat(r.lines())
        .extracting(CheckResult.LineResult::determination)
        .containsExactly(Determination.RELEASE, Determination.LICENCE_REQUIRED);
    assertThat(r.determination()).isEqualTo(Determination.LICENCE_REQUIRED);
  }

  @Test
  void strictness_runs_release_due_diligence_licence_hold() {
    assertThat(Determination.RELEASE.stricter(Determination.DUE_DILIGENCE_REQUIRED))
        .isEqualTo(Determination.DUE_DILIGENCE_REQUIRED);
    assertThat(Determination.LICENCE_REQUIRED.stricter(Determination.DUE_DILIGENCE_REQUIRED))
        .isEqualTo(Determination.LICENCE_REQUIRED);
    assertThat(Determination.HOLD.stricter(Determination.LICENCE_REQUIRED))
        .isEqualTo(Determination.HOLD);
  }
}
