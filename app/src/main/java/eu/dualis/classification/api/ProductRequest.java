package eu.dualis.classification.api;

import eu.dualis.classification.model.ProductDetails;

/**
 * A product as a client sends it. {@code version} is required on PUT: the version the client read,
 * so that a change made meanwhile by someone else is refused rather than overwritten.
 */
public record ProductRequest(
    String name,
    String partNumber,
    String description,
    String manufacturer,
    String cnCode,
    String technicalNotes,
    Long version) {

  ProductDetails details() {
    return new ProductDetails(name, partNumber, description, manufacturer, cnCode, technicalNotes);
  }
}
