package eu.dualis.classification.persistence;

import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ReviewFlag;
import eu.dualis.classification.model.ReviewFlagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReviewFlagRepository implements ReviewFlagRepository {

  @Inject EntityManager em;

  @Override
  public boolean exists(String classificationId, String toVersionId, EntryCode code) {
    return em.createQuery(
                "SELECT COUNT(f) FROM ReviewFlag f WHERE f.classificationId = :c"
                    + " AND f.toVersionId = :v AND f.code = :code",
                Long.class)
            .setParameter("c", classificationId)
            .setParameter("v", toVersionId)
            .setParameter("code", code.value())
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(ReviewFlag flag) {
    em.persist(flag);
  }

  @Override
  public Optional<ReviewFlag> find(String id) {
    return em.createQuery("SELECT f FROM ReviewFlag f WHERE f.id = :id", ReviewFlag.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ReviewFlag> list(ReviewFlag.Status status) {
    return em.createQuery(
            "SELECT f FROM ReviewFlag f WHERE (:s IS NULL OR f.status = :s)"
                + " ORDER BY f.status ASC, f.raisedAt DESC",
            ReviewFlag.class)
        .setParameter("s", status)
        .setMaxResults(1000)
        .getResultList();
  }
}
