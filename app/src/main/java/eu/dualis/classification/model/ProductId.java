package eu.dualis.classification.model;

import java.util.Objects;
import java.util.UUID;

/** A product's id: a random UUID, so that ids cannot be guessed or counted across tenants. */
public record ProductId(String value) {

  public ProductId {
    Objects.requireNonNull(value, "product id");
  }

  public static ProductId newId() {
    return new ProductId(UUID.randomUUID().toString());
  }

  /** Parses user input; empty when it cannot be an id (then it is simply not found). */
  public static java.util.Optional<ProductId> parse(String text) {
    try {
      return java.util.Optional.of(new ProductId(UUID.fromString(text).toString()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
