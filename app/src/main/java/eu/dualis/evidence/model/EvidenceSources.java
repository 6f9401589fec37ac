package eu.dualis.evidence.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads, for one tenant, the records other capabilities keep, as a pack needs them: counts, and
 * annex rows streamed page by page (never a whole table in memory).
 */
public interface EvidenceSources {

  PackFigures figures(String tenantId, PackRequest request);

  /** Every row of the annex for the request's period and scope, in id order, one at a time. */
  void rows(String tenantId, Annex annex, PackRequest request, Consumer<List<String>> row);
}
