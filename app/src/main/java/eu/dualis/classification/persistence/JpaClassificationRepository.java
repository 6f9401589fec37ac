package eu.dualis.classification.persistence;

import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.ClassificationCode;
import eu.dualis.classification.model.ClassificationRepository;
import eu.dualis.classification.model.ClassificationStatus;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaClassificationRepository implements ClassificationRepository {

  @Inject EntityManager em;

  @Override
  public void add(Classification classification) {
    em.persist(classification);
    em.flush();
    classification
        .entryCodes()
        .forEach(code -> em.persist(new ClassificationCode(classification.id(), code)));
  }

  @Override
  public Optional<Classification> find(String id) {
    return em.createQuery("SELECT c FROM Classification c WHERE c.id = :id", Classification.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Classification> ofProduct(ProductId product) {
    return em.createQuery(
            "SELECT c FROM Classification c WHERE c.productId = :p ORDER BY c.createdAt DESC",
            Classification.class)
        .setParameter("p", product.value())
        .getResultList();
  }

  @Override
  public boolean existsFor(ProductId product) {
    return em.createQuery(
                "SELECT COUNT(c) FROM Classification c WHERE c.productId = :p", Long.class)
            .setParameter("p", product.value())
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Classification> current() {
    return em.createQuery(
            "SELECT c FROM Classification c WHERE c.status = :approved"
                + " AND c.approvedAt = (SELECT MAX(c2.approvedAt) FROM Classification c2"
                + " WHERE c2.productId = c.productId AND c2.status = :approved)",
            Classification.class)
        .setParameter("approved", ClassificationStatus.APPROVED)
        .getResultList();
  }

  @Override
  public List<Classification> currentUnder(EntryCode code) {
    return em.createQuery(
            "SELECT c FROM Classification c WHERE c.status = :approved"
                + " AND c.approvedAt = (SELECT MAX(c2.approvedAt) FROM Classification c2"
                + " WHERE c2.productId = c.productId AND c2.status = :approved)"
                + " AND EXISTS (SELECT k FROM ClassificationCode k WHERE k.classificationId = c.id"
                + " AND (k.code = :code OR k.code LIKE :below))"
                + " ORDER BY c.approvedAt DESC",
            Classification.class)
        .setParameter("approved", ClassificationStatus.APPROVED)
        .setParameter("code", code.value())
        .setParameter("below", code.value() + ".%")
        .getResultList();
  }
}
