package eu.dualis.classification.web;

import eu.dualis.classification.model.CnCode;
import eu.dualis.classification.model.Product;
import java.io.Serializable;
import java.time.Instant;

/** One line of the product list (a bean, since Faces EL 5 cannot read record components). */
public final class ProductRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final java.time.format.DateTimeFormatter FORMAT =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
          .withZone(java.time.ZoneOffset.UTC);

  private final String id;
  private final String name;
  private final String partNumber;
  private final String manufacturer;
  private final String cnCode;
  private final Instant updatedAt;

  private ProductRow(Product p) {
    this.id = p.id().value();
    this.name = p.name();
    this.partNumber = p.partNumber();
    this.manufacturer = p.details().manufacturer();
    this.cnCode = p.cnCode().map(CnCode::formatted).orElse("");
    this.updatedAt = p.updatedAt();
  }

  static ProductRow of(Product p) {
    return new ProductRow(p);
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPartNumber() {
    return partNumber;
  }

  public String getManufacturer() {
    return manufacturer;
  }

  public String getCnCode() {
    return cnCode;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** Last change in UTC, as the list shows it. */
  public String getUpdatedAtText() {
    return FORMAT.format(updatedAt);
  }
}
