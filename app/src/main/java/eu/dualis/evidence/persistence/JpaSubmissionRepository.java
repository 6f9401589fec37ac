package eu.dualis.evidence.persistence;

import eu.dualis.evidence.model.Submission;
import eu.dualis.evidence.model.SubmissionRepository;
import eu.dualis.evidence.model.SubmissionStatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSubmissionRepository implements SubmissionRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Submission> find(String id) {
    return em.createQuery("SELECT s FROM Submission s WHERE s.id = :id", Submission.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Submission> list(String packId) {
    String where = packId == null ? "" : " WHERE s.packId = :pack";
    var query =
        em.createQuery(
                "SELECT s FROM Submission s" + where + " ORDER BY s.sentOn DESC, s.createdAt DESC",
                Submission.class)
            .setMaxResults(500);
    if (packId != null) {
      query.setParameter("pack", packId);
    }
    return query.getResultList();
  }

  @Override
  public List<SubmissionStatusChange> history(String submissionId) {
    return em.createQuery(
            "SELECT c FROM SubmissionStatusChange c WHERE c.submissionId = :id"
                + " ORDER BY c.recordedAt, c.id",
            SubmissionStatusChange.class)
        .setParameter("id", submissionId)
        .getResultList();
  }

  @Override
  public void add(Submission submission) {
    em.persist(submission);
  }

  @Override
  public void addStatus(SubmissionStatusChange change) {
    em.persist(change);
  }
}
