package eu.dualis.training.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import eu.dualis.training.model.CertificateUpload;
import eu.dualis.training.model.Course;
import eu.dualis.training.model.CourseRepository;
import eu.dualis.training.model.RecordDetails;
import eu.dualis.training.model.RecordFilter;
import eu.dualis.training.model.RecordLine;
import eu.dualis.training.model.Trainee;
import eu.dualis.training.model.TraineeDetails;
import eu.dualis.training.model.TraineeRepository;
import eu.dualis.training.model.TrainingCertificate;
import eu.dualis.training.model.TrainingRecord;
import eu.dualis.training.model.TrainingRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recording trainings: one at a time, or a CSV file all or nothing; and their certificates. Records
 * are evidence (Art. 27): appended, never changed; a wrong one is corrected by a newer one.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class TrainingRecords {

  @Inject TrainingRecordRepository records;
  @Inject TraineeRepository trainees;
  @Inject CourseRepository courses;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /** What an import did. */
  public record ImportOutcome(int records, int traineesCreated) {}

  public Page<RecordLine> search(RecordFilter filter, PageRequest page) {
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      throw InvalidInputException.of("from", "must not be after to");
    }
    return records.search(filter, page);
  }

  public TrainingRecord get(String id) {
    return records
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(TrainingSnapshots.RECORD, id));
  }

  public RecordLine line(String id) {
    return records
        .line(id)
        .orElseThrow(() -> new RecordNotFoundException(TrainingSnapshots.RECORD, id));
  }

  public TrainingRecord record(RecordDetails details) {
    LocalDate today = Clock.today();
    details.check(today);
    List<FieldProblem> problems = new ArrayList<>();
    Optional<Trainee> trainee = trainees.find(details.traineeId().strip());
    if (trainee.isEmpty()) {
      problems.add(new FieldProblem("traineeId", "no trainee " + details.traineeId()));
    }
    Optional<Course> course = courses.find(details.courseId().strip());
    if (course.isEmpty()) {
      problems.add(new FieldProblem("courseId", "no course " + details.courseId()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return add(trainee.get(), course.get(), details, today, Clock.now());
  }

  private TrainingRecord add(
      Trainee trainee, Course course, RecordDetails d, LocalDate today, Instant now) {
    TrainingRecord record =
        TrainingRecord.of(
            trainee, course, d.completedOn(), d.result(), d.score(), today, user.name(), now);
    records.add(record);
    audit.record(
        user.name(),
        AuditAction.CREATE,
        TrainingSnapshots.RECORD,
        record.id(),
        null,
        TrainingSnapshots.of(record));
    return record;
  }

  /**
   * Imports every row or none: unknown e-mails become trainees (name and role then required),
   * courses are found by exact title.
   *
   * @throws InvalidInputException listing each problem as {@code line N: field: message}
   */
  public ImportOutcome importCsv(String text) {
    LocalDate today = Clock.today();
    TrainingCsv.Parsed parsed = TrainingCsv.read(text, today);
    List<TrainingCsv.Row> rows = parsed.rows();
    List<FieldProblem> problems = new ArrayList<>(parsed.problems());
    Map<String, Course> byTitle = new HashMap<>();
    courses.all().forEach(c -> byTitle.put(c.title(), c));
    Map<String, Trainee> byEmail = new HashMap<>();
    Map<String, TraineeDetails> toCreate = new HashMap<>();
    for (TrainingCsv.Row row : rows) {
      String at = "line " + row.line() + ": ";
      if (!row.course().isEmpty() && !byTitle.containsKey(row.course())) {
        problems.add(new FieldProblem(at + "course", "no course titled '" + row.course() + "'"));
      }
      if (row.email().isEmpty()
          || byEmail.containsKey(row.email())
          || toCreate.containsKey(row.email())) {
        continue;
      }
      Optional<Trainee> known = trainees.findByEmail(row.email());
      if (known.isPresent()) {
        byEmail.put(row.email(), known.get());
        continue;
      }
      try {
        toCreate.put(
            row.email(), new TraineeDetails(row.name(), row.email(), row.role()).validated());
      } catch (InvalidInputException e) {
        e.problems().forEach(p -> problems.add(new FieldProblem(at + p.field(), p.message())));
      }
    }
    if (!problems.isEmpty()) {
      // By line, the reader's problems of a line before those found against the register.
      problems.sort(Comparator.comparingInt(p -> TrainingCsv.lineOf(p.field())));
      throw new InvalidInputException(problems);
    }
    Instant now = Clock.now();
    for (var entry : toCreate.entrySet()) {
      Trainee t = Trainee.create(entry.getValue(), now);
      trainees.add(t);
      audit.record(
          user.name(),
          AuditAction.CREATE,
          TrainingSnapshots.TRAINEE,
          t.id(),
          null,
          TrainingSnapshots.of(t));
      byEmail.put(entry.getKey(), t);
    }
    for (TrainingCsv.Row row : rows) {
      Trainee t = byEmail.get(row.email());
      Course c = byTitle.get(row.course());
      add(
          t,
          c,
          new RecordDetails(t.id(), c.id(), row.completedOn(), row.result(), row.score()),
          today,
          now);
    }
    em.flush();
    return new ImportOutcome(rows.size(), toCreate.size());
  }

  /** Art. 27: a certificate is evidence; a record has one at most and it is never replaced. */
  public TrainingCertificate attachCertificate(
      String recordId, String filename, String contentType, byte[] content) {
    TrainingRecord record = get(recordId);
    CertificateUpload upload = CertificateUpload.of(filename, contentType, content);
    if (records.certificateOf(record.id()).isPresent()) {
      throw new ConflictException(
          null,
          "This training record has a certificate already; it is evidence and is not replaced"
              + " (Art. 27). Record the training again to attach another");
    }
    TrainingCertificate certificate =
        TrainingCertificate.of(record.id(), upload, user.name(), Clock.now());
    records.addCertificate(certificate);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        TrainingSnapshots.CERTIFICATE,
        certificate.id(),
        null,
        TrainingSnapshots.of(certificate));
    return certificate;
  }

  public Optional<TrainingCertificate> certificate(String recordId) {
    get(recordId);
    return records.certificateOf(recordId);
  }
}
