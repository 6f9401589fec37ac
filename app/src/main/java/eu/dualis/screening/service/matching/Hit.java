package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.NameKind;
import java.util.List;

/**
 * A listed entity that the screened party may be, with why.
 *
 * @param matchedName the entity's name that matched best, as the list writes it
 * @param nameScore how alike the names are, 0..1
 * @param score the name score moved by the qualifiers, 0..1; hits are ranked by it
 * @param tokens how each token of the query and of the matched name were paired
 * @param qualifiers what date of birth, country, identifiers and entity type did to the score
 */
public record Hit(
    long entityId,
    String matchedName,
    NameKind matchedNameKind,
    double nameScore,
    double score,
    List<TokenMatch> tokens,
    List<QualifierEffect> qualifiers) {

  public Hit {
    tokens = List.copyOf(tokens);
    qualifiers = List.copyOf(qualifiers);
  }
}
