package eu.dualis.duediligence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueDiligenceFileTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String PARTY = "11111111-1111-1111-1111-111111111111";
  private static final String PRODUCT = "22222222-2222-2222-2222-222222222222";

  static List<RedFlagAnswer> allAbsentBut(RedFlagAnswer... present) {
    List<RedFlagAnswer> answers = new ArrayList<>();
    for (RedFlag flag : RedFlagCatalogue.all()) {
      RedFlagAnswer answer = new RedFlagAnswer(flag.code(), FlagAnswer.ABSENT, null);
      for (RedFlagAnswer p : present) {
        if (p.code().equals(flag.code())) {
          answer = p;
        }
      }
      answers.add(answer);
    }
    return answers;
  }

  static DueDiligenceInput input(List<RedFlagAnswer> flags, RiskLevel risk) {
    return new DueDiligenceInput(
        null,
        PARTY,
        null,
        List.of(PRODUCT),
        "ae",
        "IP camera with analytics",
        "Traffic monitoring",
        flags,
        risk,
        risk == null ? null : "Assessed",
        null);
  }

  private static DueDiligenceFile complete(RedFlagAnswer... present) {
    return DueDiligenceFile.open(
        input(allAbsentBut(present), RiskLevel.LOW), "Falcon LLC", "officer@acme.test", NOW);
  }

  @Test
  void aNewFileIsADraftWithItsInputNormalised() {
    DueDiligenceFile f = complete();
    assertThat(f.status()).isEqualTo(DueDiligenceStatus.DRAFT);
    assertThat(f.revision()).isEqualTo(1);
    assertThat(f.content().destination()).isEqualTo("AE");
    assertThat(f.content().answers()).hasSize(RedFlagCatalogue.all().size());
    assertThat(f.content().endUserName()).isEqualTo("Falcon LLC");
  }

  @Test
  void evidenceIsRequiredForAPresentFlagAndSurvivesStorage() {
    var noEvidence = new RedFlagAnswer("RE_EXPORT_RISK", FlagAnswer.PRESENT, " ");
    assertThatThrownBy(() -> complete(noEvidence))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .anyMatch(p -> p.field().equals("redFlags.RE_EXPORT_RISK.evidence")));

    String evidence = "Reseller in a free zone | said so\nin an e-mail \\ 3 March";
    DueDiligenceFile f =
        complete(new RedFlagAnswer("RE_EXPORT_RISK", FlagAnswer.PRESENT, evidence));
    assertThat(f.content().answers())
        .contains(new RedFlagAnswer("RE_EXPORT_RISK", FlagAnswer.PRESENT, evidence));
  }

  @Test
  void unknownFlagsAndMissingSubjectAreNamed() {
    var bad =
        new DueDiligenceInput(
            null,
            " ",
            null,
            List.of(),
            "Narnia",
            null,
            null,
            List.of(new RedFlagAnswer("NOPE", FlagAnswer.ABSENT, null)),
            null,
            null,
            null);
    assertThatThrownBy(bad::validated)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(p -> p.field())
                    .contains("endUserPartyId", "productIds", "destination", "redFlags.NOPE"));
  }

  @Test
  void aDecisionNeedsEveryFlagAnsweredAndTheRiskAssessed() {
    DueDiligenceFile f =
        DueDiligenceFile.open(input(List.of(), null), "Falcon LLC", "officer@acme.test", NOW);
    assertThatThrownBy(() -> f.decide(DueDiligenceDecision.REFUSE, "no", "officer@acme.test", NOW))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(p -> p.field())
                    .contains("redFlags", "riskLevel", "riskAssessment"));
    assertThat(f.status()).isEqualTo(DueDiligenceStatus.DRAFT);
  }

  @Test
  void proceedIsRefusedWhileAwareOfMisuseIsPresent() {
    DueDiligenceFile f =
        complete(
            new RedFlagAnswer(
                RedFlagCatalogue.AWARE_OF_MISUSE, FlagAnswer.PRESENT, "Police unit named"));
    assertThatThrownBy(
            () -> f.decide(DueDiligenceDecision.PROCEED, "fine", "officer@acme.test", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Art. 5(2)")
        .hasMessageContaining("decision");
    f.decide(DueDiligenceDecision.NOTIFY_AUTHORITY, "Art. 5(2)", "officer@acme.test", NOW);
    assertThat(f.status()).isEqualTo(DueDiligenceStatus.DECIDED);
  }

  @Test
  void fourEyesTheDeciderCannotApprove() {
    DueDiligenceFile f = complete();
    f.decide(DueDiligenceDecision.PROCEED, "No red flag", "officer@acme.test", NOW);
    assertThatThrownBy(() -> f.approve("OFFICER@acme.test", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Four eyes");
    assertThat(f.status()).isEqualTo(DueDiligenceStatus.DECIDED);

    f.approve("reviewer@acme.test", NOW.plusSeconds(60));
    assertThat(f.status()).isEqualTo(DueDiligenceStatus.APPROVED);
    assertThat(f.verdict().decidedBy()).isEqualTo("officer@acme.test");
    assertThat(f.verdict().approvedBy()).isEqualTo("reviewer@acme.test");
    assertThat(f.verdict().approvedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aDecidedFileNeverChangesAndIsReopenedAsANewRevision() {
    DueDiligenceFile f = complete();
    f.decide(DueDiligenceDecision.REFUSE, "Too risky", "officer@acme.test", NOW);
    var doc =
        DueDiligenceDocument.upload(
            f.id(),
            "eus.pdf",
            "application/pdf",
            "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
            "officer@acme.test",
            NOW);
    assertThatThrownBy(
            () -> f.revise(input(allAbsentBut(), RiskLevel.HIGH), "X", "officer@acme.test", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Art. 27");
    assertThatThrownBy(() -> f.attach(doc, "officer@acme.test", NOW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> f.decide(DueDiligenceDecision.PROCEED, "again", "officer@acme.test", NOW))
        .isInstanceOf(ConflictException.class);
    assertThat(f.content().riskLevel()).isEqualTo(RiskLevel.LOW);

    f.approve("reviewer@acme.test", NOW);
    DueDiligenceFile next = f.newRevision("officer@acme.test", NOW);
    assertThat(next.supersedes()).isEqualTo(f.id());
    assertThat(next.revision()).isEqualTo(2);
    assertThat(next.status()).isEqualTo(DueDiligenceStatus.DRAFT);
    assertThat(next.verdict().decision()).isNull();
    assertThat(next.content().answers()).isEqualTo(f.content().answers());
    assertThat(f.status()).isEqualTo(DueDiligenceStatus.APPROVED);
    assertThat(f.verdict().decision()).isEqualTo(DueDiligenceDecision.REFUSE);
  }

  @Test
  void aReturnedFileIsADraftAgainWithTheReason() {
    DueDiligenceFile f = complete();
    f.decide(DueDiligenceDecision.PROCEED, "ok", "officer@acme.test", NOW);
    assertThatThrownBy(() -> f.returnToDraft(" ", "reviewer@acme.test", NOW))
        .isInstanceOf(InvalidInputException.class);
    f.returnToDraft("Check the re-export risk", "reviewer@acme.test", NOW);
    assertThat(f.status()).isEqualTo(DueDiligenceStatus.DRAFT);
    assertThat(f.returnReason()).isEqualTo("Check the re-export risk");
    assertThat(f.verdict().decision()).isNull();
    assertThatThrownBy(() -> f.approve("reviewer@acme.test", NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void anEndUseStatementIsRefusedInTheDueDiligenceApisWordsAndItsNameMadeSafe() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2};
    var ok = DueDiligenceDocument.upload("f", " scans/eu\u0007s.png ", "image/png", png, "a", NOW);
    assertThat(ok.name()).isEqualTo("scans_eu_s.png");
    assertThat(ok.fileId()).isEqualTo("f");
    assertThat(ok.contentType()).isEqualTo("image/png");
    assertThat(ok.size()).isEqualTo(png.length);
    assertThat(ok.sha256()).hasSize(64);
    assertThat(ok.content()).isEqualTo(png);
    assertThatThrownBy(
            () -> DueDiligenceDocument.upload("f", "fake.pdf", "application/pdf", png, "a", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem(
                            "document", "is not a application/pdf file: its content differs")));
    assertThatThrownBy(
            () -> DueDiligenceDocument.upload("f", "e.png", "image/png", new byte[0], "a", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems()).containsExactly(new FieldProblem("document", "is empty")));
    byte[] big = new byte[UploadedDocument.MAX_BYTES + 1];
    big[0] = (byte) 0xff;
    big[1] = (byte) 0xd8;
    big[2] = (byte) 0xff;
    assertThatThrownBy(() -> DueDiligenceDocument.upload("f", "x.jpg", "image/jpeg", big, "a", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("document", "may have at most 10 MB")));
  }

  @Test
  void theCatalogueHasUniqueCodesInEnglishAndDutchWithTheirSource() {
    assertThat(RedFlagCatalogue.all()).extracting(RedFlag::code).doesNotHaveDuplicates();
    assertThat(RedFlagCatalogue.all())
        .extracting(RedFlag::category)
        .contains(RedFlagCategory.CUSTOMER, RedFlagCategory.END_USE, RedFlagCategory.DESTINATION);
    assertThat(RedFlagCatalogue.all())
        .allSatisfy(
            f -> {
              assertThat(f.english()).isNotBlank().isNotEqualTo(f.dutch());
              assertThat(f.source()).containsAnyOf("2021/821", "2024/2659", "2019/1318");
            });
    assertThat(RedFlagCatalogue.find(RedFlagCatalogue.AWARE_OF_MISUSE).orElseThrow().english())
        .contains("Art. 5(2)");
  }
}
