package eu.dualis.icp.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.icp.model.AuditKind;
import eu.dualis.icp.model.AuditRecord;
import eu.dualis.icp.model.CommitmentStatement;
import eu.dualis.icp.model.ComplianceRole;
import eu.dualis.icp.model.CorrectiveAction;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.IcpElement;
import eu.dualis.icp.model.RecordKind;
import eu.dualis.icp.model.RecordkeepingPolicy;
import eu.dualis.icp.model.RoleFunction;
import eu.dualis.icp.model.SecurityKind;
import eu.dualis.icp.model.SecurityMeasure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IcpCompletenessTest {

  private static final LocalDate ON = LocalDate.of(2026, 6, 30);
  private static final Instant RECORDED = Instant.parse("2020-01-01T00:00:00Z");
  private static final byte[] PDF = "%PDF-1.4 procedure".getBytes(StandardCharsets.US_ASCII);

  private final List<CommitmentStatement> commitments = new ArrayList<>();
  private final List<ComplianceRole> roles = new ArrayList<>();
  private final List<IcpDocument> documents = new ArrayList<>();
  private final List<AuditRecord> audits = new ArrayList<>();
  private final List<CorrectiveAction> actions = new ArrayList<>();
  private final List<RecordkeepingPolicy> policies = new ArrayList<>();
  private final List<SecurityMeasure> measures = new ArrayList<>();

  private IcpRecords records() {
    return new IcpRecords(commitments, roles, documents, audits, actions, policies, measures);
  }

  private Assessment of(IcpElement e, ElementFacts facts) {
    return IcpCompleteness.assess(ON, records(), facts).get(e.number() - 1);
  }

  private Assessment of(IcpElement e) {
    return of(e, ElementFacts.NONE);
  }

  private void signed(LocalDate on) {
    commitments.add(
        CommitmentStatement.sign(
            1, "We comply.", "A. Board", "CEO", on, "Intranet", "officer", RECORDED));
  }

  private ComplianceRole role(RoleFunction f, LocalDate from, LocalDate to) {
    ComplianceRole r =
        ComplianceRole.appoint(
            "P. Person", f, "Export control", BigDecimal.ONE, from, to, "officer", RECORDED);
    roles.add(r);
    return r;
  }

  private IcpDocument document(IcpElement e, LocalDate from, LocalDate reviewDue) {
    IcpDocument d =
        IcpDocument.upload(
            new IcpDocument.Details(e, "Procedure " + e, "1.0", from, reviewDue, "p.pdf"),
            "application/pdf",
            PDF,
            null,
            "officer",
            RECORDED);
    documents.add(d);
    return d;
  }

  private AuditRecord audit(LocalDate on) {
    AuditRecord a =
        AuditRecord.record(on, AuditKind.INTERNAL, "All", "One finding", ON, "officer", RECORDED);
    audits.add(a);
    return a;
  }

  private void measure(SecurityKind kind, LocalDate reviewed) {
    measures.add(SecurityMeasure.review(kind, "Locks", reviewed, ON, "officer", RECORDED));
  }

  private static void assertVerdict(
      Assessment a, boolean complete, boolean current, String... codes) {
    assertThat(a.complete()).as("complete: " + a).isEqualTo(complete);
    assertThat(a.current()).as("current: " + a).isEqualTo(current);
    assertThat(a.gaps()).extracting(Gap::code).containsExactly(codes);
  }

  @Test
  void sevenElementsNumberedAsInTheRecommendation() {
    var all = IcpCompleteness.assess(ON, records(), ElementFacts.NONE);
    assertThat(all).extracting(a -> a.element().number()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(all).allSatisfy(a -> assertThat(a.complete()).isFalse());
    assertThat(all)
        .allSatisfy(
            a ->
                assertThat(a.missing())
                    .allSatisfy(m -> assertThat(m).containsAnyOf("Rec. 2019/1318", "Art. 27")));
    assertThat(IcpElement.ORGANISATION.bafaHeading()).contains("Ausfuhrverantwortlicher");
    assertThat(IcpElement.RECORDKEEPING.cdiuHeading()).isEqualTo("Archivering");
  }

  @Test
  void commitmentSignedWithinThreeYearsIsCurrentOlderIsNotAndLaterIsIgnored() {
    assertVerdict(of(IcpElement.COMMITMENT), false, false, "commitment.missing");
    signed(ON.plusDays(1));
    assertVerdict(of(IcpElement.COMMITMENT), false, false, "commitment.missing");
    signed(ON.minusYears(3));
    assertVerdict(of(IcpElement.COMMITMENT), true, false, "commitment.old");
    assertThat(of(IcpElement.COMMITMENT).missing().get(0)).contains("element 1");
    signed(ON.minusYears(3).plusDays(1));
    assertVerdict(of(IcpElement.COMMITMENT), true, true);
  }

  @Test
  void organisationNeedsAnOfficerAndADeputyInOffice() {
    role(RoleFunction.EXPORT_CONTROL_OFFICER, ON.minusYears(1), null);
    assertVerdict(of(IcpElement.ORGANISATION), false, false, "organisation.deputy");
    role(RoleFunction.DEPUTY, ON.minusYears(2), ON.minusDays(1));
    assertVerdict(of(IcpElement.ORGANISATION), true, false, "organisation.deputy.office");
    role(RoleFunction.DEPUTY, ON, null);
    assertVerdict(of(IcpElement.ORGANISATION), true, true);
  }

  @Test
  void trainingNeedsMatrixFactsWithNothingOverdueAndNinetyPercentCurrent() {
    assertVerdict(of(IcpElement.TRAINING), false, false, "training.none");
    assertVerdict(of(IcpElement.TRAINING, new ElementFacts(10, 9, 0, 0, 0)), true, true);
    assertVerdict(
        of(IcpElement.TRAINING, new ElementFacts(10, 8, 0, 0, 0)),
        true,
        false,
        "training.coverage");
    assertVerdict(
        of(IcpElement.TRAINING, new ElementFacts(10, 9, 1, 0, 0)), true, false, "training.overdue");
  }

  @Test
  void screeningNeedsAProcedureInForceReviewedAndUsed() {
    ElementFacts used = new ElementFacts(0, 0, 0, 0, 3);
    assertVerdict(of(IcpElement.SCREENING, used), false, false, "screening.procedure");
    document(IcpElement.SCREENING, ON.plusDays(1), ON.plusYears(1));
    assertVerdict(of(IcpElement.SCREENING, used), false, false, "screening.procedure");
    IcpDocument old = document(IcpElement.SCREENING, ON.minusYears(2), ON.minusDays(1));
    assertVerdict(of(IcpElement.SCREENING, used), true, false, "screening.review");
    assertVerdict(of(IcpElement.SCREENING), true, false, "screening.review", "screening.activity");
    documents.add(
        IcpDocument.upload(
            new IcpDocument.Details(
                IcpElement.SCREENING,
                "Procedure v2",
                "2.0",
                ON.minusDays(5),
                ON.plusYears(1),
                "p.pdf"),
            "application/pdf",
            PDF,
            old,
            "officer",
            RECORDED));
    assertThat(old.inForce(ON)).isFalse();
    assertThat(old.inForce(ON.minusDays(6))).isTrue();
    assertVerdict(of(IcpElement.SCREENING, used), true, true);
    assertVerdict(of(IcpElement.SCREENING), true, false, "screening.activity");
  }

  @Test
  void auditsNeedOneInTwelveMonthsAndNoCorrectiveActionOverdue() {
    assertVerdict(of(IcpElement.AUDITS), false, false, "audits.none");
    AuditRecord old = audit(ON.minusMonths(12).minusDays(1));
    assertVerdict(of(IcpElement.AUDITS), true, false, "audits.old");
    audit(ON.minusMonths(12));
    assertVerdict(of(IcpElement.AUDITS), true, true);
    CorrectiveAction action =
        CorrectiveAction.agree(
            old.id(), "F1", "Fix it", "Q. Owner", ON.minusDays(1), "officer", RECORDED);
    actions.add(action);
    assertVerdict(of(IcpElement.AUDITS), true, false, "audits.overdue");
    action.done(ON, ON);
    assertVerdict(of(IcpElement.AUDITS), true, true);
  }

  @Test
  void recordkeepingNeedsAPolicyAndADocument() {
    assertVerdict(
        of(IcpElement.RECORDKEEPING),
        false,
        false,
        "recordkeeping.policy",
        "recordkeeping.document");
    policies.add(
        RecordkeepingPolicy.adopt(
            1, "Keep all", Map.of(RecordKind.SCREENINGS, 5), ON.minusDays(1), "officer", RECORDED));
    assertVerdict(of(IcpElement.RECORDKEEPING), false, false, "recordkeeping.document");
    document(IcpElement.RECORDKEEPING, ON.minusYears(1), ON.minusDays(1));
    assertVerdict(of(IcpElement.RECORDKEEPING), true, false, "recordkeeping.review");
    document(IcpElement.RECORDKEEPING, ON.minusDays(1), ON.plusYears(1));
    assertVerdict(of(IcpElement.RECORDKEEPING), true, true);
  }

  @Test
  void securityNeedsBothKindsReviewedInTwelveMonths() {
    measure(SecurityKind.PHYSICAL, ON.minusMonths(1));
    assertVerdict(of(IcpElement.SECURITY), false, false, "security.information");
    measure(SecurityKind.INFORMATION, ON.minusMonths(13));
    assertVerdict(of(IcpElement.SECURITY), true, false, "security.information.old");
    measure(SecurityKind.INFORMATION, ON);
    assertVerdict(of(IcpElement.SECURITY), true, true);
  }
}
