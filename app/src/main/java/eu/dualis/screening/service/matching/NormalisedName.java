package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A name as the matcher sees it: its tokens, normalised, in the order the name wrote them.
 *
 * @param alternatives other whole readings of the same written name, each with tokens of its own: a
 *     name in Han characters read as Korean or Japanese besides Mandarin. A comparison keeps the
 *     best-scoring reading. Empty for most names
 */
public record NormalisedName(
    String original, List<NameToken> tokens, List<NormalisedName> alternatives) {

  public NormalisedName {
    tokens = List.copyOf(tokens);
    alternatives = List.copyOf(alternatives);
  }

  public NormalisedName(String original, List<NameToken> tokens) {
    this(original, tokens, List.of());
  }

  /** This reading and the alternatives, this one first. */
  public List<NormalisedName> readings() {
    if (alternatives.isEmpty()) {
      return List.of(this);
    }
    List<NormalisedName> all = new ArrayList<>(1 + alternatives.size());
    all.add(this);
    all.addAll(alternatives);
    return all;
  }

  /** The tokens joined by spaces, for display and for equality of names. */
  public String text() {
    return tokens.stream().map(NameToken::text).collect(Collectors.joining(" "));
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }
}
