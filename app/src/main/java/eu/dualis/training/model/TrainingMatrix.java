package eu.dualis.training.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training matrix on a date: every active trainee against every course their role requires,
 * with the state of their latest attempt. This is the evidence that training, core element 3 of
 * Recommendation (EU) 2019/1318, works. Pure: no database, no clock.
 */
public final class TrainingMatrix {

  /** A valid record that ends within this many days is EXPIRING, so there is time to retrain. */
  public static final int EXPIRING_DAYS = 60;

  /** A trainee as the matrix needs them; {@code role} normalised. */
  public record Person(String id, String name, String email, String role, boolean active) {}

  /** People in {@code role} must hold a valid record of the course. */
  public record Need(String role, String courseId, String courseTitle) {}

  /**
   * One trainee's required course.
   *
   * @param latest the latest attempt by the matrix's date; null when MISSING
   */
  public record Cell(Person person, Need need, CellState state, Attempt latest) {}

  public record RoleTotals(
      String role,
      int trainees,
      int requiredCells,
      int currentCells,
      int expiringCells,
      int overdueCells,
      int missingCells) {}

  /**
   * @param cells ordered by role, trainee name, course title
   * @param byRole ordered by role; every role with an active trainee or a requirement
   */
  public record Result(LocalDate on, List<Cell> cells, List<RoleTotals> byRole, RoleTotals all) {}

  private static final Comparator<Attempt> LATEST_FIRST =
      Comparator.comparing(Attempt::completedOn)
          .thenComparing(Attempt::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
          .reversed();

  private TrainingMatrix() {}

  /**
   * @param attempts any records; those completed after {@code on} are not counted
   */
  public static Result on(
      LocalDate on, List<Person> people, List<Need> needs, List<Attempt> attempts) {
    Map<String, Attempt> latest = new HashMap<>();
    for (Attempt a : attempts) {
      if (a.completedOn().isAfter(on)) {
        continue;
      }
      latest.merge(
          a.traineeId() + "\n" + a.courseId(),
          a,
          (x, y) -> LATEST_FIRST.compare(x, y) <= 0 ? x : y);
    }
    Map<String, List<Need>> needsByRole = new TreeMap<>();
    for (Need n : needs) {
      needsByRole.computeIfAbsent(n.role(), r -> new ArrayList<>()).add(n);
    }
    needsByRole.values().forEach(l -> l.sort(Comparator.comparing(Need::courseTitle)));
    Map<String, Counter> counters = new TreeMap<>();
    needsByRole.keySet().forEach(r -> counters.put(r, new Counter()));
    List<Cell> cells = new ArrayList<>();
    List<Person> active =
        people.stream()
            .filter(Person::active)
            .sorted(Comparator.comparing(Person::role).thenComparing(Person::name))
            .toList();
    for (Person p : active) {
      Counter counter = counters.computeIfAbsent(p.role(), r -> new Counter());
      counter.trainees++;
      for (Need n : needsByRole.getOrDefault(p.role(), List.of())) {
        Attempt a = latest.get(p.id() + "\n" + n.courseId());
        CellState state = state(a, on);
        counter.add(state);
        cells.add(new Cell(p, n, state, a));
      }
    }
    Counter all = new Counter();
    List<RoleTotals> byRole = new ArrayList<>();
    counters.forEach(
        (role, c) -> {
          byRole.add(c.totals(role));
          all.addAll(c);
        });
    return new Result(on, List.copyOf(cells), List.copyOf(byRole), all.totals(null));
  }

  /** The state of a cell whose latest attempt by {@code on} is {@code latest}. */
  public static CellState state(Attempt latest, LocalDate on) {
    if (latest == null) {
      return CellState.MISSING;
    }
    if (latest.result() == TrainingResult.FAILED) {
      return CellState.OVERDUE;
    }
    if (latest.expiresOn() == null) {
      return CellState.CURRENT;
    }
    if (!on.isBefore(latest.expiresOn())) {
      return CellState.OVERDUE;
    }
    return ChronoUnit.DAYS.between(on, latest.expiresOn()) <= EXPIRING_DAYS
        ? CellState.EXPIRING
        : CellState.CURRENT;
  }

  private static final class Counter {
    int trainees;
    int required;
    int current;
    int expiring;
    int overdue;
    int missing;

    void add(CellState state) {
      required++;
      switch (state) {
        case CURRENT -> current++;
        case EXPIRING -> expiring++;
        case OVERDUE -> overdue++;
        case MISSING -> missing++;
      }
    }

    void addAll(Counter c) {
      trainees += c.trainees;
      required += c.required;
      current += c.current;
      expiring += c.expiring;
      overdue += c.overdue;
      missing += c.missing;
    }

    RoleTotals totals(String role) {
      return new RoleTotals(role, trainees, required, current, expiring, overdue, missing);
    }
  }
}
