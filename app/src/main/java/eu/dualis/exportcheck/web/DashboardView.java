package eu.dualis.exportcheck.web;

import eu.dualis.duediligence.service.CatchAllNotificationService;
import eu.dualis.duediligence.service.DueDiligenceService;
import eu.dualis.duediligence.service.DueDiligenceSummary;
import eu.dualis.duediligence.service.NotificationBearing;
import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.service.ExportCheckService;
import eu.dualis.exportcheck.service.ReasonTexts;
import eu.dualis.exportcheck.service.RecordedCheck;
import eu.dualis.licensing.service.LicenceAlertView;
import eu.dualis.licensing.service.LicenceService;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.web.LanguageSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The compliance officer's dashboard: what waits on them. Exports whose current check is held or
 * needs a licence or due diligence, due-diligence files not yet approved, licence alerts (expiry,
 * quantity running low) and catch-all notifications waiting for the authority.
 */
@Named
@RequestScoped
public class DashboardView {

  private static final int SHOWN = 10;

  @Inject ExportCheckService checks;
  @Inject DueDiligenceService dueDiligence;
  @Inject LicenceService licences;
  @Inject CatchAllNotificationService notifications;
  @Inject LanguageSelector language;

  private List<ExportGroup> exportGroups;
  private List<DueDiligenceSummary> openFiles;
  private List<LicenceAlertView> alerts;
  private List<NotificationBearing> openNotifications;

  /** Exports whose current check ended in one determination: how many, and the newest. */
  public record ExportGroup(Determination determination, Page<RecordedCheck> checks) {}

  /** Held exports first, then those waiting for a licence, then for due diligence. */
  public List<ExportGroup> getExportGroups() {
    if (exportGroups == null) {
      exportGroups =
          List.of(
                  Determination.HOLD,
                  Determination.LICENCE_REQUIRED,
                  Determination.DUE_DILIGENCE_REQUIRED)
              .stream()
              .map(d -> new ExportGroup(d, checks.search(null, d, true, new PageRequest(0, SHOWN))))
              .toList();
    }
    return exportGroups;
  }

  public List<DueDiligenceSummary> getOpenFiles() {
    if (openFiles == null) {
      openFiles = dueDiligence.open();
    }
    return openFiles;
  }

  public List<LicenceAlertView> getLicenceAlerts() {
    if (alerts == null) {
      alerts = licences.openAlerts();
    }
    return alerts;
  }

  public List<NotificationBearing> getOpenNotifications() {
    if (openNotifications == null) {
      openNotifications = notifications.open();
    }
    return openNotifications;
  }

  public String label(Determination d) {
    return ReasonTexts.label(d, language.getLocale());
  }
}
