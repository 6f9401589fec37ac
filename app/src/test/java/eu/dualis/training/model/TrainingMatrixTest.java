package eu.dualis.training.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.training.model.TrainingMatrix.Cell;
import eu.dualis.training.model.TrainingMatrix.Need;
import eu.dualis.training.model.TrainingMatrix.Person;
import eu.dualis.training.model.TrainingMatrix.Result;
import eu.dualis.training.model.TrainingMatrix.RoleTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingMatrixTest {

  private static final LocalDate ON = LocalDate.of(2026, 6, 1);
  private static final Person ANN = new Person("ann", "Ann", "ann@x.test", "sales", true);
  private static final Person BOB = new Person("bob", "Bob", "bob@x.test", "logistics", true);
  private static final Need SALES_AWARENESS = new Need("sales", "aw", "Awareness");

  private static Attempt attempt(
      String trainee, String course, LocalDate completed, TrainingResult result, Integer months) {
    return new Attempt(
        trainee + course + completed,
        trainee,
        course,
        completed,
        result,
        TrainingRecord.expiry(completed, months),
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static CellState only(List<Attempt> attempts) {
    Result r = TrainingMatrix.on(ON, List.of(ANN), List.of(SALES_AWARENESS), attempts);
    assertThat(r.cells()).hasSize(1);
    return r.cells().get(0).state();
  }

  @Test
  void aPassValidForMoreThanSixtyDaysIsCurrent() {
    assertThat(only(List.of(attempt("ann", "aw", ON.minusMonths(6), TrainingResult.PASSED, 12))))
        .isEqualTo(CellState.CURRENT);
  }

  @Test
  void aCourseThatDoesNotExpireStaysCurrent() {
    assertThat(only(List.of(attempt("ann", "aw", ON.minusYears(9), TrainingResult.ATTENDED, null))))
        .isEqualTo(CellState.CURRENT);
  }

  @Test
  void expiringWithinSixtyDaysIsExpiringAndOnTheExpiryDayItIsOverdue() {
    // completed 2025-07-31 + 12 months: expires 2026-07-31, 60 days after ON
    Attempt sixty = attempt("ann", "aw", LocalDate.of(2025, 7, 31), TrainingResult.PASSED, 12);
    assertThat(only(List.of(sixty))).isEqualTo(CellState.EXPIRING);
    Attempt sixtyOne = attempt("ann", "aw", LocalDate.of(2025, 8, 1), TrainingResult.PASSED, 12);
    assertThat(only(List.of(sixtyOne))).isEqualTo(CellState.CURRENT);
    Attempt endsToday = attempt("ann", "aw", ON.minusMonths(12), TrainingResult.PASSED, 12);
    assertThat(only(List.of(endsToday))).isEqualTo(CellState.OVERDUE);
    Attempt endsTomorrow =
        attempt("ann", "aw", ON.minusMonths(12).plusDays(1), TrainingResult.PASSED, 12);
    assertThat(only(List.of(endsTomorrow))).isEqualTo(CellState.EXPIRING);
  }

  @Test
  void theSameRecordIsCurrentEarlierAndOverdueLater() {
    Attempt a = attempt("ann", "aw", LocalDate.of(2025, 1, 10), TrainingResult.PASSED, 12);
    var needs = List.of(SALES_AWARENESS);
    assertThat(TrainingMatrix.on(LocalDate.of(2025, 3, 1), List.of(ANN), needs, List.of(a)).cells())
        .extracting(Cell::state)
        .containsExactly(CellState.CURRENT);
    assertThat(
            TrainingMatrix.on(LocalDate.of(2026, 1, 10), List.of(ANN), needs, List.of(a)).cells())
        .extracting(Cell::state)
        .containsExactly(CellState.OVERDUE);
  }

  @Test
  void aFailedLatestAttemptIsOverdueEvenAfterAnEarlierValidPass() {
    Attempt pass = attempt("ann", "aw", ON.minusMonths(3), TrainingResult.PASSED, 24);
    Attempt fail = attempt("ann", "aw", ON.minusMonths(1), TrainingResult.FAILED, 24);
    assertThat(only(List.of(fail, pass))).isEqualTo(CellState.OVERDUE);
  }

  @Test
  void aPassAfterAFailIsCurrent() {
    Attempt fail = attempt("ann", "aw", ON.minusMonths(3), TrainingResult.FAILED, 24);
    Attempt pass = attempt("ann", "aw", ON.minusMonths(1), TrainingResult.PASSED, 24);
    assertThat(only(List.of(pass, fail))).isEqualTo(CellState.CURRENT);
  }

  @Test
  void noAttemptOrOnlyOneAfterTheDateIsMissing() {
    assertThat(only(List.of())).isEqualTo(CellState.MISSING);
    assertThat(only(List.of(attempt("ann", "aw", ON.plusDays(1), TrainingResult.PASSED, 12))))
        .isEqualTo(CellState.MISSING);
    assertThat(only(List.of(attempt("ann", "other", ON, TrainingResult.PASSED, 12))))
        .isEqualTo(CellState.MISSING);
  }

  @Test
  void aCourseRequiredOfAnotherRoleMakesNoCell() {
    Result r =
        TrainingMatrix.on(
            ON,
            List.of(ANN, BOB),
            List.of(SALES_AWARENESS),
            List.of(attempt("bob", "aw", ON, TrainingResult.PASSED, 12)));
    assertThat(r.cells()).extracting(c -> c.person().id()).containsExactly("ann");
    assertThat(r.byRole())
        .containsExactly(
            new RoleTotals("logistics", 1, 0, 0, 0, 0, 0),
            new RoleTotals("sales", 1, 1, 0, 0, 0, 1));
  }

  @Test
  void inactiveTraineesAreIgnored() {
    Person gone = new Person("cy", "Cy", "cy@x.test", "sales", false);
    Result r = TrainingMatrix.on(ON, List.of(ANN, gone), List.of(SALES_AWARENESS), List.of());
    assertThat(r.cells()).extracting(c -> c.person().id()).containsExactly("ann");
    assertThat(r.all().trainees()).isEqualTo(1);
  }

  @Test
  void totalsPerRoleAndOverall() {
    Person cy = new Person("cy", "Cy", "cy@x.test", "sales", true);
    Need spec = new Need("sales", "sp", "Specialist");
    Need logi = new Need("logistics", "aw", "Awareness");
    List<Attempt> attempts =
        List.of(
            attempt("ann", "aw", ON.minusMonths(1), TrainingResult.PASSED, 12),
            attempt("ann", "sp", ON.minusMonths(11), TrainingResult.PASSED, 12),
            attempt("cy", "aw", ON.minusMonths(13), TrainingResult.PASSED, 12),
            attempt("bob", "aw", ON.minusDays(2), TrainingResult.FAILED, 12));
    Result r =
        TrainingMatrix.on(
            ON, List.of(ANN, BOB, cy), List.of(SALES_AWARENESS, spec, logi), attempts);
    assertThat(r.byRole())
        .containsExactly(
            new RoleTotals("logistics", 1, 1, 0, 0, 1, 0),
            new RoleTotals("sales", 2, 4, 1, 1, 1, 1));
    assertThat(r.all()).isEqualTo(new RoleTotals(null, 3, 5, 1, 1, 2, 1));
    assertThat(r.cells())
        .extracting(c -> c.person().id() + "/" + c.need().courseId() + "=" + c.state())
        .containsExactly(
            "bob/aw=OVERDUE",
            "ann/aw=CURRENT",
            "ann/sp=EXPIRING",
            "cy/aw=OVERDUE",
            "cy/sp=MISSING");
  }

  @Test
  void theLatestOfTwoAttemptsOnOneDayIsTheOneRecordedLast() {
    Attempt fail =
        new Attempt("1", "ann", "aw", ON, TrainingResult.FAILED, ON.plusYears(1), Instant.EPOCH);
    Attempt pass =
        new Attempt(
            "2",
            "ann",
            "aw",
            ON,
            TrainingResult.PASSED,
            ON.plusYears(1),
            Instant.EPOCH.plusSeconds(1));
    assertThat(only(List.of(pass, fail))).isEqualTo(CellState.CURRENT);
    assertThat(only(List.of(fail, pass))).isEqualTo(CellState.CURRENT);
  }

  @Test
  void reminderKindsBeforeAndAfterExpiry() {
    LocalDate expires = LocalDate.of(2026, 9, 1);
    assertThat(ReminderKind.due(expires, expires.minusDays(61))).isEmpty();
    assertThat(ReminderKind.due(expires, expires.minusDays(60))).contains(ReminderKind.DUE_60);
    assertThat(ReminderKind.due(expires, expires.minusDays(31))).contains(ReminderKind.DUE_60);
    assertThat(ReminderKind.due(expires, expires.minusDays(30))).contains(ReminderKind.DUE_30);
    assertThat(ReminderKind.due(expires, expires)).contains(ReminderKind.OVERDUE);
    assertThat(ReminderKind.due(null, expires)).isEmpty();
  }

  @Test
  void rolesAreComparedNormalised() {
    assertThat(JobRoles.normalise("  Export   Control\tOfficer "))
        .isEqualTo("export control officer");
    assertThat(new CourseRequirement(" SALES", "c", "me", Instant.EPOCH).role()).isEqualTo("sales");
  }
}
