package eu.dualis.icp.service;

import eu.dualis.icp.model.AuditRecord;
import eu.dualis.icp.model.CommitmentStatement;
import eu.dualis.icp.model.ComplianceRole;
import eu.dualis.icp.model.CorrectiveAction;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.RecordkeepingPolicy;
import eu.dualis.icp.model.SecurityMeasure;
import java.util.List;

/** All of a tenant's ICP records, as the completeness rules read them. */
public record IcpRecords(
    List<CommitmentStatement> commitments,
    List<ComplianceRole> roles,
    List<IcpDocument> documents,
    List<AuditRecord> audits,
    List<CorrectiveAction> correctiveActions,
    List<RecordkeepingPolicy> policies,
    List<SecurityMeasure> securityMeasures) {}
