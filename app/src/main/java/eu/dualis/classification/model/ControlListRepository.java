package eu.dualis.classification.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** Control list versions and their entries (global reference data). */
public interface ControlListRepository {

  Optional<ControlListVersion> findVersion(String id);

  Optional<ControlListVersion> findByChecksum(String checksum);

  /** Newest applicable first. */
  List<ControlListVersion> versions();

  void add(ControlListVersion version, List<ControlListEntry> entries);

  Optional<ControlListEntry> findEntry(String versionId, String code);

  /** All entries of a version in document order. */
  List<ControlListEntry> entries(String versionId);

  /** Entries whose code starts with {@code query}, or whose full text contains its words. */
  Page<ControlListEntry> search(String versionId, String query, PageRequest page);
}
