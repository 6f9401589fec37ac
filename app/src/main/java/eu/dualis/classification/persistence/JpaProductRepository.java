package eu.dualis.classification.persistence;

import eu.dualis.classification.model.Product;
import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.model.ProductRepository;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.persistence.LikePatterns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

  private static final String MATCHES =
      " WHERE (:q IS NULL OR LOWER(p.name) LIKE :q ESCAPE '\\' OR LOWER(p.partNumber) LIKE :q"
          + " ESCAPE '\\' OR LOWER(p.manufacturer) LIKE :q ESCAPE '\\' OR p.cnCode LIKE :q"
          + " ESCAPE '\\')";

  @Inject EntityManager em;

  @Override
  public Optional<Product> find(ProductId id) {
    return em.createQuery("SELECT p FROM Product p WHERE p.id = :id", Product.class)
        .setParameter("id", id.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Product> findByPartNumber(String partNumber) {
    return em.createQuery("SELECT p FROM Product p WHERE p.partNumber = :partNumber", Product.class)
        .setParameter("partNumber", partNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Product> search(String query, SortOrder sort, PageRequest page) {
    String pattern = LikePatterns.containing(query);
    // sort.field() comes from ProductRepository.SORTABLE, never from user text.
    String order =
        " ORDER BY p." + sort.field() + (sort.ascending() ? " ASC" : " DESC") + ", p.id ASC";
    var items =
        em.createQuery("SELECT p FROM Product p" + MATCHES + order, Product.class)
            .setParameter("q", pattern)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(p) FROM Product p" + MATCHES, Long.class)
            .setParameter("q", pattern)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public void add(Product product) {
    em.persist(product);
  }

  @Override
  public void remove(Product product) {
    em.remove(product);
  }
}
