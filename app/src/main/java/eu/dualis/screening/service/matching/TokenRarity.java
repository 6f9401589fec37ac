package eu.dualis.screening.service.matching;

import java.util.Map;

/**
 * Weighs tokens by how rare they are among the names of the index: a name that shares only
 * "Mohammad" with a listed name shares little; one that shares "Zarkari" shares much. A token the
 * index has never seen counts as the rarest.
 */
final class TokenRarity implements TokenWeights {

  /** The weight of the most common token against the rarest: 0.7 to 1.3 of its role's weight. */
  private static final double LOW = 0.7;

  private static final double SPAN = 0.6;

  private final Map<String, Integer> documentFrequency;
  private final double maxIdf;
  private final int names;

  TokenRarity(Map<String, Integer> documentFrequency, int names) {
    this.documentFrequency = Map.copyOf(documentFrequency);
    this.names = names;
    this.maxIdf = Math.log(names + 1.0);
  }

  @Override
  public double weight(NameToken token) {
    double base = token.baseWeight();
    if (token.role() != TokenRole.NAME || token.isInitial() || maxIdf <= 0) {
      return base;
    }
    return base * (LOW + SPAN * rarity(token.text()));
  }

  /** 0 for a token in every name, 1 for one in none. */
  double rarity(String text) {
    int df = documentFrequency.getOrDefault(text, 0);
    return Math.log((names + 1.0) / (df + 1.0)) / maxIdf;
  }
}
