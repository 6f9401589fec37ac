package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.RedFlag;

/** One red flag of the catalogue. */
public record RedFlagResponse(
    String code, String category, String english, String dutch, String source) {

  static RedFlagResponse of(RedFlag f) {
    return new RedFlagResponse(f.code(), f.category().name(), f.english(), f.dutch(), f.source());
  }
}
