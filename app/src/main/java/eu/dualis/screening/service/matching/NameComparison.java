package eu.dualis.screening.service.matching;

import java.util.List;

/**
 * How alike two names are, and the token pairs that say why.
 *
 * @param score 0..1
 */
public record NameComparison(double score, List<TokenMatch> tokens) {

  public NameComparison {
    tokens = List.copyOf(tokens);
  }

  public static final NameComparison NONE = new NameComparison(0, List.of());
}
