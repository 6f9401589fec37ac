package eu.dualis.screening.api;

import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.ParsedName;
import java.util.List;

/** A person, organisation, vessel or aircraft of a list version. */
public record ListedEntityResponse(
    long id,
    String versionId,
    String source,
    String reference,
    String type,
    String primaryName,
    List<ParsedName> names,
    List<String> birthDates,
    List<String> countries,
    List<ParsedIdentifier> identifiers,
    List<String> programmes,
    String remarks) {

  static ListedEntityResponse of(ListedEntity e) {
    return new ListedEntityResponse(
        e.id(),
        e.versionId(),
        e.source().name(),
        e.reference(),
        e.type().name(),
        e.primaryName(),
        e.names(),
        e.birthDates(),
        e.countries().stream().sorted().toList(),
        e.identifiers(),
        e.programmes(),
        e.remarks());
  }
}
