package eu.dualis.icp.model;

import java.util.List;
import java.util.Optional;

/**
 * The current tenant's ICP records. One repository for the seven elements: they are few per tenant
 * and always read together to judge the programme.
 */
public interface IcpRepository {

  /** Any ICP record by id; empty when missing or another tenant's. */
  <T> Optional<T> find(Class<T> type, String id);

  List<CommitmentStatement> commitments();

  List<ComplianceRole> roles();

  List<IcpDocument> documents();

  List<AuditRecord> audits();

  List<CorrectiveAction> correctiveActions();

  List<RecordkeepingPolicy> recordkeepingPolicies();

  List<SecurityMeasure> securityMeasures();

  void add(Object record);
}
