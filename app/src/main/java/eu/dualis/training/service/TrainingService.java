package eu.dualis.training.service;

import eu.dualis.tenants.jpa.TenantBound;
import eu.dualis.training.model.Course;
import eu.dualis.training.model.CourseRepository;
import eu.dualis.training.model.RecordLine;
import eu.dualis.training.model.Trainee;
import eu.dualis.training.model.TraineeRepository;
import eu.dualis.training.model.TrainingMatrix;
import eu.dualis.training.model.TrainingRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the current tenant's training records prove: the matrix of people against required courses
 * and its figures, and the records of a period. Read-only; the evidence pack (ICP element 3 of
 * Recommendation (EU) 2019/1318) is built from it.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class TrainingService {

  /** Rows read per query: a long period is read in slices, never as one result. */
  static final int SLICE = 1000;

  @Inject TraineeRepository trainees;
  @Inject CourseRepository courses;
  @Inject TrainingRecordRepository records;

  /** The matrix on a date, totals per role, for the pack's chapter 3 and the ICP element 3. */
  public TrainingCoverage coverage(LocalDate on) {
    TrainingMatrix.Result m = matrix(on);
    var all = m.all();
    return new TrainingCoverage(
        m.on(),
        all.trainees(),
        all.requiredCells(),
        all.currentCells(),
        all.expiringCells(),
        all.overdueCells(),
        all.missingCells(),
        m.byRole().stream()
            .map(
                r ->
                    new RoleCoverage(
                        r.role(),
                        r.trainees(),
                        r.requiredCells(),
                        r.currentCells(),
                        r.expiringCells(),
                        r.overdueCells(),
                        r.missingCells()))
            .toList());
  }

  /** Records completed in [from, to], oldest first, for the pack's CSV annex. */
  public List<TrainingRecordRow> recordsBetween(LocalDate from, LocalDate to) {
    if (from == null || to == null || from.isAfter(to)) {
      return List.of();
    }
    List<TrainingRecordRow> rows = new ArrayList<>();
    for (int offset = 0; ; offset += SLICE) {
      List<RecordLine> slice = records.completedBetween(from, to, offset, SLICE);
      Map<String, String> hashes =
          records.certificateHashes(slice.stream().map(RecordLine::recordId).toList());
      for (RecordLine l : slice) {
        rows.add(
            new TrainingRecordRow(
                l.traineeName(),
                l.traineeEmail(),
                l.role(),
                l.courseTitle(),
                l.courseKind().name(),
                l.completedOn(),
                l.result().name(),
                l.score(),
                l.expiresOn(),
                hashes.get(l.recordId())));
      }
      if (slice.size() < SLICE) {
        return rows;
      }
    }
  }

  /** Every active trainee against every course their role requires, on {@code on}. */
  public TrainingMatrix.Result matrix(LocalDate on) {
    List<Trainee> active = trainees.active();
    Map<String, Course> byId = new HashMap<>();
    courses.all().forEach(c -> byId.put(c.id(), c));
    List<TrainingMatrix.Need> needs =
        courses.requirements().stream()
            .filter(r -> byId.containsKey(r.courseId()))
            .map(
                r ->
                    new TrainingMatrix.Need(r.role(), r.courseId(), byId.get(r.courseId()).title()))
            .toList();
    List<TrainingMatrix.Person> people =
        active.stream()
            .map(t -> new TrainingMatrix.Person(t.id(), t.name(), t.email(), t.role(), true))
            .toList();
    return TrainingMatrix.on(
        on, people, needs, records.attemptsOf(active.stream().map(Trainee::id).toList()));
  }
}
