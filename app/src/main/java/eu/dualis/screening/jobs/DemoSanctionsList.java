package eu.dualis.screening.jobs;

import eu.dualis.platform.persistence.SchemaMigrated;
import eu.dualis.screening.model.OnMalformedRecord;
import eu.dualis.screening.service.ListImportOptions;
import eu.dualis.screening.service.SanctionsListService;
import eu.dualis.screening.service.lists.ListFormat;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a first start with no sanctions list at all, imports the UN Security Council list of
 * 2026-02-27 that ships with the product, marked as demo data: screening works from the first
 * minute, and every answer shows the list's date (it is soon stale). {@code
 * SANCTIONS_DEMO_LIST=false} turns this off.
 */
@ApplicationScoped
public class DemoSanctionsList {

  static final String RESOURCE = "/sanctions/un-consolidated-2026-02-27.xml";

  private static final Logger LOG = Logger.getLogger(DemoSanctionsList.class.getName());

  @Inject SanctionsListService lists;

  @Inject
  @ConfigProperty(name = "SANCTIONS_DEMO_LIST", defaultValue = "true")
  boolean enabled;

  // Before the index is first built (default observer priority is APPLICATION + 500).
  void load(@Observes @Priority(Interceptor.Priority.APPLICATION) SchemaMigrated migrated) {
    if (!enabled || !lists.versions(null).isEmpty()) {
      return;
    }
    try (InputStream in = DemoSanctionsList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        LOG.warning("The demo sanctions list " + RESOURCE + " is missing from the application");
        return;
      }
      var report =
          lists.importFile(
              in,
              ListFormat.UN_XML,
              new ListImportOptions(OnMalformedRecord.REJECT_FILE, null, true),
              "demo data");
      LOG.info(
          () ->
              "Demo sanctions list loaded: UN list of "
                  + report.version().asOf()
                  + ", "
                  + report.version().counts().entities()
                  + " entities");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The demo sanctions list could not be loaded", e);
    }
  }
}
