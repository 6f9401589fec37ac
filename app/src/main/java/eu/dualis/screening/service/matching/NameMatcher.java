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

  /** The best-scoring pair of readings of the two names (most names have only one). */
  NameComparison compare(
      NormalisedName query, NormalisedName listed, EntityType type, TokenWeights weights) {
    AlignmentScore.Policy policy = policy(type);
    NameComparison best = TokenAligner.align(query, listed, weights, policy);
    for (NormalisedName q : query.readings()) {
      for (NormalisedName l : listed.readings()) {
        if (q != query || l != listed) {
          NameComparison c = TokenAligner.align(q, l, weights, policy);
          if (c.score() > best.score()) {
            best = c;
          }
        }
      }
    }
    return best;
  }

  static AlignmentScore.Policy policy(EntityType type) {
    return type == EntityType.PERSON || type == EntityType.UNKNOWN
        ? AlignmentScore.Policy.PERSON
        : AlignmentScore.Policy.ORGANISATION;
  }
}
