package eu.dualis.icp.persistence;

import eu.dualis.icp.model.AuditRecord;
import eu.dualis.icp.model.CommitmentStatement;
import eu.dualis.icp.model.ComplianceRole;
import eu.dualis.icp.model.CorrectiveAction;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.IcpRepository;
import eu.dualis.icp.model.RecordkeepingPolicy;
import eu.dualis.icp.model.SecurityMeasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIcpRepository implements IcpRepository {

  @Inject EntityManager em;

  @Override
  public <T> Optional<T> find(Class<T> type, String id) {
    // A query, not em.find: the query carries the tenant filter, so another tenant's id is absent.
    return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.id = :id", type)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CommitmentStatement> commitments() {
    return list(CommitmentStatement.class, "r.signedOn DESC, r.revision DESC");
  }

  @Override
  public List<ComplianceRole> roles() {
    return list(ComplianceRole.class, "r.from DESC, r.person");
  }

  @Override
  public List<IcpDocument> documents() {
    return list(IcpDocument.class, "r.element, r.effectiveFrom DESC, r.uploadedAt DESC");
  }

  @Override
  public List<AuditRecord> audits() {
    return list(AuditRecord.class, "r.auditedOn DESC, r.recordedAt DESC");
  }

  @Override
  public List<CorrectiveAction> correctiveActions() {
    return list(CorrectiveAction.class, "r.due, r.recordedAt");
  }

  @Override
  public List<RecordkeepingPolicy> recordkeepingPolicies() {
    return list(RecordkeepingPolicy.class, "r.effectiveFrom DESC, r.revision DESC");
  }

  @Override
  public List<SecurityMeasure> securityMeasures() {
    return list(SecurityMeasure.class, "r.reviewedOn DESC, r.recordedAt DESC");
  }

  @Override
  public void add(Object record) {
    em.persist(record);
  }

  // type and order are constants of this class, never user text.
  private <T> List<T> list(Class<T> type, String order) {
    return em.createQuery(
            "SELECT r FROM " + type.getSimpleName() + " r ORDER BY " + order + ", r.id", type)
        .getResultList();
  }
}
