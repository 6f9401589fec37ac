package eu.dualis.platform.jobs;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJobRunRepository implements JobRunRepository {

  @Inject EntityManager em;

  @Override
  public void add(JobRun run) {
    em.persist(run);
  }

  @Override
  public Optional<JobRun> find(String id) {
    return Optional.ofNullable(em.find(JobRun.class, id));
  }

  @Override
  public Page<JobRun> list(String jobName, PageRequest page) {
    String where = " WHERE (:job IS NULL OR r.jobName = :job)";
    List<JobRun> items =
        em.createQuery(
                "SELECT r FROM JobRun r" + where + " ORDER BY r.startedAt DESC, r.id", JobRun.class)
            .setParameter("job", jobName)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(r) FROM JobRun r" + where, Long.class)
            .setParameter("job", jobName)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<JobRun> running(String jobName) {
    return em.createQuery(
            "SELECT r FROM JobRun r WHERE r.jobName = :job AND r.outcome = :running", JobRun.class)
        .setParameter("job", jobName)
        .setParameter("running", JobOutcome.RUNNING)
        .getResultList();
  }
}
