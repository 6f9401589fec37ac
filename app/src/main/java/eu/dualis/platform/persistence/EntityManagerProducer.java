package eu.dualis.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container's transaction-scoped EntityManager injectable with {@code @Inject}, so that
 * repositories and the tenant-binding interceptor share the transaction's EntityManager.
 */
@ApplicationScoped
public class EntityManagerProducer {

  @Produces
  @PersistenceContext(unitName = "dualis")
  private EntityManager entityManager;
}
