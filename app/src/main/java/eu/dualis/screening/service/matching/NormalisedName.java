package eu.dualis.screening.service.matching;

import java.util.List;
import java.util.stream.Collectors;

/** A name as the matcher sees it: its tokens, normalised, in the order the name wrote them. */
public record NormalisedName(String original, List<NameToken> tokens) {

  public NormalisedName {
    tokens = List.copyOf(tokens);
  }

  /** The tokens joined by spaces, for display and for equality of names. */
  public String text() {
    return tokens.stream().map(NameToken::text).collect(Collectors.joining(" "));
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }
}
