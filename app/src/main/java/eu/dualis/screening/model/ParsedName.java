package eu.dualis.screening.model;

import java.util.Objects;

/** One name of a listed entity as an importer read it: the whole name, as the list writes it. */
public record ParsedName(String fullName, NameKind kind) {

  public ParsedName {
    Objects.requireNonNull(kind, "kind");
    if (fullName == null || fullName.isBlank()) {
      throw new IllegalArgumentException("a name needs text");
    }
    fullName = fullName.strip();
  }
}
