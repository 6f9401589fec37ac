package eu.dualis.classification.web;

import eu.dualis.classification.model.CnCode;
import eu.dualis.classification.model.Product;
import java.io.Serializable;
import java.time.Instant;

/** One line of the product list. */
public record ProductRow(
    String id,
    String name,
    String partNumber,
    String manufacturer,
    String cnCode,
    Instant updatedAt,
    String updatedBy)
    implements Serializable {

  static ProductRow of(Product p) {
    return new ProductRow(
        p.id().value(),
        p.name(),
        p.partNumber(),
        p.details().manufacturer(),
        p.cnCode().map(CnCode::formatted).orElse(""),
        p.updatedAt(),
        p.updatedBy());
  }
}
