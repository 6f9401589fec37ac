package eu.dualis.licensing.persistence;

import eu.dualis.licensing.model.AlertKind;
import eu.dualis.licensing.model.LicenceAlert;
import eu.dualis.licensing.model.LicenceAlertRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLicenceAlertRepository implements LicenceAlertRepository {

  @Inject EntityManager em;

  @Override
  public Optional<LicenceAlert> find(String id) {
    return em.createQuery("SELECT a FROM LicenceAlert a WHERE a.id = :id", LicenceAlert.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean exists(String licenceId, AlertKind kind) {
    return em.createQuery(
                "SELECT COUNT(a) FROM LicenceAlert a WHERE a.licenceId = :id AND a.kind = :kind",
                Long.class)
            .setParameter("id", licenceId)
            .setParameter("kind", kind)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<LicenceAlert> open(int limit) {
    return em.createQuery(
            "SELECT a FROM LicenceAlert a WHERE a.acknowledgedAt IS NULL"
                + " ORDER BY a.raisedAt DESC, a.id",
            LicenceAlert.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<LicenceAlert> ofLicence(String licenceId) {
    return em.createQuery(
            "SELECT a FROM LicenceAlert a WHERE a.licenceId = :id ORDER BY a.raisedAt DESC, a.id",
            LicenceAlert.class)
        .setParameter("id", licenceId)
        .getResultList();
  }

  @Override
  public void add(LicenceAlert alert) {
    em.persist(alert);
  }
}
