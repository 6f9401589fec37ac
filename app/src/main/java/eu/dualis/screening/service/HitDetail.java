package eu.dualis.screening.service;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.service.matching.QualifierEffect;
import eu.dualis.screening.service.matching.TokenMatch;
import java.util.List;

/**
 * One hit of a screening as it is stored and shown: the list entry (source, reference, version, its
 * primary name, programmes), the name of it that matched, the scores, and why: token by token and
 * qualifier by qualifier.
 *
 * @param suppressedBy the false-positive decision that answers this hit already, or null
 */
public record HitDetail(
    long entityId,
    ListSource source,
    String reference,
    String versionId,
    String entityHash,
    String listedName,
    EntityType entityType,
    List<String> programmes,
    List<String> birthDates,
    List<String> countries,
    String matchedName,
    NameKind matchedNameKind,
    double score,
    double nameScore,
    List<TokenMatch> tokens,
    List<QualifierEffect> qualifiers,
    String suppressedBy) {

  public boolean suppressed() {
    return suppressedBy != null;
  }

  HitDetail suppressedBy(String decisionId) {
    return new HitDetail(
        entityId,
        source,
        reference,
        versionId,
        entityHash,
        listedName,
        entityType,
        programmes,
        birthDates,
        countries,
        matchedName,
        matchedNameKind,
        score,
        nameScore,
        tokens,
        qualifiers,
        decisionId);
  }
}
