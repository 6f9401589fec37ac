package eu.dualis.evidence.model;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The assembled ZIPs, each stored once and never changed (the table's triggers refuse UPDATE and
 * DELETE). Streams both ways, so a large pack is never held in memory.
 */
public interface PackContentStore {

  void store(String tenantId, String packId, Path zip, String sha256, long size);

  /** The stored bytes, to be closed by the caller; empty when the pack has none. */
  Optional<InputStream> open(String tenantId, String packId);
}
