package eu.dualis.classification.api;

import eu.dualis.classification.model.Product;
import java.time.Instant;

/** A product as the API returns it. */
public record ProductResponse(
    String id,
    String name,
    String partNumber,
    String description,
    String manufacturer,
    String cnCode,
    String technicalNotes,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    long version) {

  static ProductResponse of(Product p) {
    var d = p.details();
    return new ProductResponse(
        p.id().value(),
        d.name(),
        d.partNumber(),
        d.description(),
        d.manufacturer(),
        d.cnCode(),
        d.technicalNotes(),
        p.createdBy(),
        p.createdAt(),
        p.updatedBy(),
        p.updatedAt(),
        p.version());
  }
}
