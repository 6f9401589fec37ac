package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.EntityType;

/**
 * Compares two names as written, in any script: the pairwise form of what the index does for each
 * candidate. Thread-safe.
 */
public final class NameMatcher {

  private final NameNormaliser normaliser = new NameNormaliser();

  public NameComparison compare(String name1, String name2, EntityType type) {
    EntityType t = type == null ? EntityType.UNKNOWN : type;
    return compare(normaliser.normalise(name1, t), normaliser.normalise(name2, t), t);
  }

  /** The query's name against a list's name, both normalised. */
  public NameComparison compare(NormalisedName query, NormalisedName listed, EntityType type) {
    return compare(query, listed, type, TokenWeights.UNIFORM);
  }

  NameComparison compare(
      NormalisedName query, NormalisedName listed, EntityType type, TokenWeights weights) {
    return TokenAligner.align(query, listed, weights, policy(type));
  }

  static AlignmentScore.Policy policy(EntityType type) {
    return type == EntityType.PERSON || type == EntityType.UNKNOWN
        ? AlignmentScore.Policy.PERSON
        : AlignmentScore.Policy.ORGANISATION;
  }
}
