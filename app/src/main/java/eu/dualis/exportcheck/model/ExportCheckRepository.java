package eu.dualis.exportcheck.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** The current tenant's export checks. */
public interface ExportCheckRepository {

  Optional<ExportCheck> find(String id);

  /**
   * Checks newest first; {@code latestOnly} keeps the newest check of each export (the one not yet
   * re-run), {@code determination} filters when not null, {@code query} matches the reference.
   */
  Page<ExportCheck> search(
      String query, Determination determination, boolean latestOnly, PageRequest page);

  /** Every check of one export, oldest first. */
  List<ExportCheck> lineage(String lineageId);

  /** Whether the check has been re-run (it is then no longer the export's current check). */
  boolean isRerun(String id);

  void add(ExportCheck check);

  /** The shipment recorded for one check, if any. */
  Optional<ExportShipment> shipmentOf(String checkId);

  void add(ExportShipment shipment);

  /** How many checks (reruns included) were made from this instant on. */
  long countSince(java.time.Instant from);
}
