package eu.dualis.screening.service.matching;

/**
 * How much a token counts in a name score. Rare tokens weigh more: two names sharing "Mohammad"
 * share far less than two names sharing "Zarkari".
 */
@FunctionalInterface
public interface TokenWeights {

  double weight(NameToken token);

  /** Every name token alike, by its role only: what a comparison of two names alone can know. */
  TokenWeights UNIFORM = NameToken::baseWeight;
}
