package eu.dualis.icp.service;

import eu.dualis.icp.model.AuditRecord;
import eu.dualis.icp.model.CommitmentStatement;
import eu.dualis.icp.model.ComplianceRole;
import eu.dualis.icp.model.CorrectiveAction;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.RecordkeepingPolicy;
import eu.dualis.icp.model.SecurityMeasure;
import java.util.LinkedHashMap;
import java.util.Map;

/** ICP records as the audit trail keeps them: every field that proves something, no file bytes. */
final class IcpSnapshots {

  private IcpSnapshots() {}

  static Map<String, Object> of(CommitmentStatement s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("revision", s.revision());
    m.put("text", s.text());
    m.put("signedByName", s.signedByName());
    m.put("signedByFunction", s.signedByFunction());
    m.put("signedOn", s.signedOn().toString());
    m.put("publishedWhere", s.publishedWhere());
    return m;
  }

  static Map<String, Object> of(ComplianceRole r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person", r.person());
    m.put("function", r.function().name());
    m.put("responsibilities", r.responsibilities());
    m.put("fte", r.fte().toPlainString());
    m.put("from", r.from().toString());
    m.put("to", r.to() == null ? null : r.to().toString());
    return m;
  }

  static Map<String, Object> of(IcpDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", d.element().name());
    m.put("title", d.title());
    m.put("versionLabel", d.versionLabel());
    m.put("effectiveFrom", d.effectiveFrom().toString());
    m.put("reviewDue", d.reviewDue().toString());
    m.put("fileName", d.fileName());
    m.put("contentType", d.contentType());
    m.put("size", d.size());
    m.put("sha256", d.sha256());
    m.put("supersedes", d.supersedes());
    m.put("supersededBy", d.supersededBy());
    return m;
  }

  static Map<String, Object> of(AuditRecord a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("auditedOn", a.auditedOn().toString());
    m.put("kind", a.kind().name());
    m.put("scope", a.scope());
    m.put("findings", a.findings());
    return m;
  }

  static Map<String, Object> of(CorrectiveAction c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("auditId", c.auditId());
    m.put("finding", c.finding());
    m.put("description", c.description());
    m.put("owner", c.owner());
    m.put("due", c.due().toString());
    m.put("status", c.status().name());
    m.put("doneOn", c.doneOn() == null ? null : c.doneOn().toString());
    return m;
  }

  static Map<String, Object> of(RecordkeepingPolicy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("revision", p.revision());
    m.put("text", p.text());
    m.put("retention", p.retention().toString());
    m.put("effectiveFrom", p.effectiveFrom().toString());
    return m;
  }

  static Map<String, Object> of(SecurityMeasure s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", s.kind().name());
    m.put("description", s.description());
    m.put("reviewedOn", s.reviewedOn().toString());
    return m;
  }
}
