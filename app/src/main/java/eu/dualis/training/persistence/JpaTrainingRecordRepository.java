package eu.dualis.training.persistence;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.training.model.Attempt;
import eu.dualis.training.model.RecordFilter;
import eu.dualis.training.model.RecordLine;
import eu.dualis.training.model.ReminderKind;
import eu.dualis.training.model.TrainingCertificate;
import eu.dualis.training.model.TrainingRecord;
import eu.dualis.training.model.TrainingRecordRepository;
import eu.dualis.training.model.TrainingReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaTrainingRecordRepository implements TrainingRecordRepository {

  /** IN lists are cut to this many ids, well below what the driver and MariaDB accept. */
  private static final int IN_CHUNK = 1000;

  // A projection, not entities: an annex of thousands of rows must not fill the persistence
  // context.
  private static final String LINE =
      "SELECT NEW eu.dualis.training.model.RecordLine(r.id, t.id, t.name, t.email, t.role, c.id,"
          + " c.title, c.kind, r.completedOn, r.result, r.score, r.expiresOn, r.recordedBy,"
          + " r.recordedAt)"
          + " FROM TrainingRecord r, Trainee t, Course c"
          + " WHERE r.traineeId = t.id AND r.courseId = c.id";

  @Inject EntityManager em;

  @Override
  public Optional<TrainingRecord> find(String id) {
    return em.createQuery("SELECT r FROM TrainingRecord r WHERE r.id = :id", TrainingRecord.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<RecordLine> line(String id) {
    return em.createQuery(LINE + " AND r.id = :id", RecordLine.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<RecordLine> search(RecordFilter filter, PageRequest page) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (filter.traineeId() != null) {
      parts.add("r.traineeId = :trainee");
      parameters.put("trainee", filter.traineeId());
    }
    if (filter.courseId() != null) {
      parts.add("r.courseId = :course");
      parameters.put("course", filter.courseId());
    }
    if (filter.from() != null) {
      parts.add("r.completedOn >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      parts.add("r.completedOn <= :to");
      parameters.put("to", filter.to());
    }
    String where = parts.isEmpty() ? "" : " AND " + String.join(" AND ", parts);
    TypedQuery<RecordLine> items =
        em.createQuery(
            LINE + where + " ORDER BY r.completedOn DESC, r.recordedAt DESC, r.id",
            RecordLine.class);
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(r) FROM TrainingRecord r"
                + (parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts)),
            Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    var rows = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(rows, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public List<RecordLine> completedBetween(LocalDate from, LocalDate to, int offset, int limit) {
    return em.createQuery(
            LINE
                + " AND r.completedOn >= :from AND r.completedOn <= :to"
                + " ORDER BY r.completedOn, r.recordedAt, r.id",
            RecordLine.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Attempt> attemptsOf(Collection<String> traineeIds) {
    List<Attempt> all = new ArrayList<>();
    for (List<String> chunk : chunks(traineeIds)) {
      all.addAll(
          em.createQuery(
                  "SELECT NEW eu.dualis.training.model.Attempt(r.id, r.traineeId, r.courseId,"
                      + " r.completedOn, r.result, r.expiresOn, r.recordedAt)"
                      + " FROM TrainingRecord r WHERE r.traineeId IN :ids",
                  Attempt.class)
              .setParameter("ids", chunk)
              .getResultList());
    }
    return all;
  }

  @Override
  public boolean existForCourse(String courseId) {
    return !em.createQuery("SELECT r.id FROM TrainingRecord r WHERE r.courseId = :c", String.class)
        .setParameter("c", courseId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(TrainingRecord record) {
    em.persist(record);
  }

  @Override
  public Optional<TrainingCertificate> certificateOf(String recordId) {
    return em.createQuery(
            "SELECT c FROM TrainingCertificate c WHERE c.recordId = :id", TrainingCertificate.class)
        .setParameter("id", recordId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<String, String> certificateHashes(Collection<String> recordIds) {
    Map<String, String> hashes = new HashMap<>();
    for (List<String> chunk : chunks(recordIds)) {
      for (Object[] row :
          em.createQuery(
                  "SELECT c.recordId, c.sha256 FROM TrainingCertificate c"
                      + " WHERE c.recordId IN :ids",
                  Object[].class)
              .setParameter("ids", chunk)
              .getResultList()) {
        hashes.put((String) row[0], (String) row[1]);
      }
    }
    return hashes;
  }

  @Override
  public void addCertificate(TrainingCertificate certificate) {
    em.persist(certificate);
  }

  @Override
  public Optional<TrainingReminder> findReminder(String id) {
    return em.createQuery(
            "SELECT r FROM TrainingReminder r WHERE r.id = :id", TrainingReminder.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean reminderExists(String recordId, ReminderKind kind) {
    return em.createQuery(
                "SELECT COUNT(r) FROM TrainingReminder r WHERE r.recordId = :id AND r.kind = :k",
                Long.class)
            .setParameter("id", recordId)
            .setParameter("k", kind)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<TrainingReminder> openReminders(int limit) {
    return em.createQuery(
            "SELECT r FROM TrainingReminder r WHERE r.acknowledgedAt IS NULL"
                + " ORDER BY r.raisedAt DESC, r.id",
            TrainingReminder.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void addReminder(TrainingReminder reminder) {
    em.persist(reminder);
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
    }
    return chunks;
  }
}
