package eu.dualis.licensing.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.licensing.model.AlertKind;
import eu.dualis.licensing.model.AlertRule;
import eu.dualis.licensing.model.CoverCandidate;
import eu.dualis.licensing.model.Licence;
import eu.dualis.licensing.model.LicenceAlert;
import eu.dualis.licensing.model.LicenceAlertRepository;
import eu.dualis.licensing.model.LicenceRepository;
import eu.dualis.licensing.model.UsedAmounts;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current tenant's licence alerts: raised by the expiry watch, each (licence, kind) once, and
 * acknowledged by an officer. Raising and acknowledging are audited.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class LicenceAlerts {

  static final String RECORD_TYPE = "LicenceAlert";
  static final int DASHBOARD_LIMIT = 200;

  @Inject LicenceAlertRepository alerts;
  @Inject LicenceRepository licences;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /** What the snapshot of an alert keeps in the audit trail. */
  public record AlertSnapshot(
      String licenceId,
      String kind,
      Instant raisedAt,
      String acknowledgedBy,
      Instant acknowledgedAt) {

    static AlertSnapshot of(LicenceAlert a) {
      return new AlertSnapshot(
          a.licenceId(), a.kind().name(), a.raisedAt(), a.acknowledgedBy(), a.acknowledgedAt());
    }
  }

  /**
   * Raises the alerts now due for the tenant's licences in force and not yet raised.
   *
   * @return how many were raised
   */
  public int raiseDue(LocalDate today, int lowRemainingPercent, String actor) {
    AlertRule rule = new AlertRule(lowRemainingPercent);
    List<Licence> inForce = licences.notEndedBy(today);
    var used = licences.used(inForce.stream().map(Licence::id).toList());
    int raised = 0;
    for (Licence licence : inForce) {
      UsedAmounts u = used.getOrDefault(licence.id(), UsedAmounts.NONE);
      for (AlertKind kind : rule.due(new CoverCandidate(licence, u.quantity(), u.value()), today)) {
        if (!alerts.exists(licence.id(), kind)) {
          LicenceAlert alert = new LicenceAlert(licence.id(), kind, LicenceService.now());
          alerts.add(alert);
          audit.record(
              actor, AuditAction.CREATE, RECORD_TYPE, alert.id(), null, AlertSnapshot.of(alert));
          raised++;
        }
      }
    }
    em.flush();
    return raised;
  }

  public List<LicenceAlertView> open() {
    List<LicenceAlert> open = alerts.open(DASHBOARD_LIMIT);
    Map<String, Licence> byId = new HashMap<>();
    for (LicenceAlert a : open) {
      byId.computeIfAbsent(a.licenceId(), id -> licences.find(id).orElse(null));
    }
    return open.stream()
        .filter(a -> byId.get(a.licenceId()) != null)
        .map(a -> view(a, byId.get(a.licenceId())))
        .toList();
  }

  public List<LicenceAlert> ofLicence(String licenceId) {
    licences
        .find(licenceId)
        .orElseThrow(() -> new RecordNotFoundException(LicenceService.RECORD_TYPE, licenceId));
    return alerts.ofLicence(licenceId);
  }

  public LicenceAlertView acknowledge(String alertId) {
    LicenceAlert alert =
        alerts.find(alertId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, alertId));
    AlertSnapshot before = AlertSnapshot.of(alert);
    if (!alert.acknowledge(user.name(), LicenceService.now())) {
      throw new ConflictException(
          null,
          "The alert was acknowledged already by "
              + alert.acknowledgedBy()
              + " at "
              + alert.acknowledgedAt());
    }
    em.flush();
    audit.record(
        user.name(), AuditAction.UPDATE, RECORD_TYPE, alertId, before, AlertSnapshot.of(alert));
    Licence licence =
        licences
            .find(alert.licenceId())
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, alertId));
    return view(alert, licence);
  }

  static LicenceAlertView view(LicenceAlert a, Licence l) {
    return new LicenceAlertView(
        a.id(), l.id(), l.number(), l.kind(), a.kind().name(), l.validTo(), a.raisedAt());
  }
}
