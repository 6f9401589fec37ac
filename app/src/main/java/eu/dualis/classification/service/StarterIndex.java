package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListKind;
import eu.dualis.platform.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Installs the bundled index of Annex I headline entries (categories 3 to 6 and every
 * cyber-surveillance entry) so that a fresh install can classify at once. It is stored as a version
 * of kind INDEX, shown everywhere as "for orientation, not the legal text"; the official
 * consolidated text is imported as a version of its own. Runs once the schema is migrated and is
 * idempotent: the same file is stored once (by checksum).
 */
@ApplicationScoped
public class StarterIndex {

  static final String RESOURCE = "/controllist/starter-index.json";
  private static final Logger LOG = Logger.getLogger(StarterIndex.class.getName());

  @Inject ControlListService controlLists;

  void install(@Observes SchemaMigrated event) {
    try (InputStream in = StarterIndex.class.getResourceAsStream(RESOURCE)) {
      ImportOutcome outcome =
          controlLists.importFile(
              in.readAllBytes(),
              ControlListFormat.JSON,
              ControlListFormat.CsvMetadata.defaults(),
              ControlListKind.INDEX,
              "dualis-starter-index");
      LOG.info(outcome::message);
    } catch (IOException | RuntimeException e) {
      // Another node may have stored it at the same moment; the app works without it.
      LOG.log(Level.WARNING, "The starter index of Annex I was not installed", e);
    }
  }
}
