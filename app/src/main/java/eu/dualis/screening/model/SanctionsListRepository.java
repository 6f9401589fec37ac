package eu.dualis.screening.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored list versions and their entities (global reference data). Writing a version is a
 * sequence: {@link #begin}, entities in batches through {@link EntityWriter}, then {@link
 * #putInForce} or {@link #fail}; only the last step changes what screenings see.
 */
public interface SanctionsListRepository {

  Optional<ListVersion> find(String versionId);

  /** Every version, newest import first; of one source when {@code source} is not null. */
  List<ListVersion> versions(ListSource source);

  List<ListVersion> inForce();

  /** A version of this source with this checksum that did not fail. */
  Optional<ListVersion> findByChecksum(ListSource source, String checksum);

  void begin(ListVersion importing);

  /** Writes entities of a version being imported, in batches, each committed on its own. */
  interface EntityWriter extends AutoCloseable {
    void add(ParsedEntity entity);

    @Override
    void close();
  }

  EntityWriter writer(ListVersion importing);

  /** In one transaction: the version before it of its source is superseded, it is in force. */
  ListVersion putInForce(
      String versionId, LocalDate publishedOn, String label, ListCounts counts, String report);

  /** Removes what was written of the version and records why it failed. */
  void fail(String versionId, ListCounts counts, String report);

  /** Streams every entity of every version in force, for the screening index. */
  void forEachInForce(Consumer<ListedEntity> consumer);

  Optional<ListedEntity> entity(long id);

  /** Entities of a version whose primary name contains the text, by name; for the list browser. */
  List<ListedEntity> entities(String versionId, String nameContains, int offset, int limit);

  long countEntities(String versionId, String nameContains);
}
