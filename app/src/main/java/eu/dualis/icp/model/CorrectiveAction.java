package eu.dualis.icp.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What is done about an audit finding (element 5). Its status moves once, from OPEN to DONE with
 * the day it was done; what was agreed stays as recorded.
 */
@Entity
@Table(name = "icp_corrective_action")
public class CorrectiveAction extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "audit_id", nullable = false, updatable = false)
  private String auditId;

  @Column(name = "finding", updatable = false)
  private String finding;

  @Column(name = "description", nullable = false, updatable = false)
  private String description;

  @Column(name = "owner", nullable = false, updatable = false)
  private String owner;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate due;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ActionStatus status;

  @Column(name = "done_on")
  private LocalDate doneOn;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CorrectiveAction() {
    // for JPA
  }

  public static CorrectiveAction agree(
      String auditId,
      String finding,
      String description,
      String owner,
      LocalDate due,
      String actor,
      Instant now) {
    Inputs in = new Inputs();
    CorrectiveAction c = new CorrectiveAction();
    c.id = UUID.randomUUID().toString();
    c.auditId = auditId;
    c.finding = in.optional("finding", finding, 2000);
    c.description = in.text("description", description, 5000);
    c.owner = in.text("owner", owner, 200);
    c.due = in.required("due", due);
    in.check();
    c.status = ActionStatus.OPEN;
    c.recordedBy = actor;
    c.recordedAt = now;
    return c;
  }

  /** Done on the given day; a done action is not reopened (a new action is agreed instead). */
  public void done(LocalDate on, LocalDate today) {
    Inputs in = new Inputs();
    in.required("doneOn", on);
    if (on != null && on.isAfter(today)) {
      in.problem("doneOn", "must not be in the future");
    }
    if (status == ActionStatus.DONE) {
      in.problem("status", "is already DONE (on " + doneOn + "); agree a new action instead");
    }
    in.check();
    status = ActionStatus.DONE;
    doneOn = on;
  }

  /** Still open after its due date. */
  public boolean overdue(LocalDate on) {
    return due.isBefore(on) && (status == ActionStatus.OPEN || doneOn.isAfter(on));
  }

  public String id() {
    return id;
  }

  public String auditId() {
    return auditId;
  }

  public String finding() {
    return finding;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate due() {
    return due;
  }

  public ActionStatus status() {
    return status;
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public long version() {
    return version;
  }
}
