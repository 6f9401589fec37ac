package eu.dualis.classification.service;

import eu.dualis.classification.model.Product;

/** A product's state as the audit trail keeps it (before and after a change). */
public record ProductSnapshot(
    String id,
    String name,
    String partNumber,
    String description,
    String manufacturer,
    String cnCode,
    String technicalNotes,
    long version) {

  static ProductSnapshot of(Product p) {
    var d = p.details();
    return new ProductSnapshot(
        p.id().value(),
        d.name(),
        d.partNumber(),
        d.description(),
        d.manufacturer(),
        d.cnCode(),
        d.technicalNotes(),
        p.version());
  }
}
