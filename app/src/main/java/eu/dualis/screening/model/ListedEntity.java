package eu.dualis.screening.model;

import java.util.List;
import java.util.Set;

/**
 * A person, organisation, vessel or aircraft of a stored list version. Across versions, an entry is
 * the same when its source and reference are; it changed when its content hash did.
 */
public record ListedEntity(
    long id,
    String versionId,
    ListSource source,
    String reference,
    EntityType type,
    String primaryName,
    List<ParsedName> names,
    List<String> birthDates,
    Set<String> countries,
    List<ParsedIdentifier> identifiers,
    List<String> programmes,
    String remarks,
    String contentHash) {}
