package eu.dualis.classification.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * An item the tenant exports. Created and revised only as a whole, from validated {@link
 * ProductDetails}, with who and when; the version guards against lost updates.
 */
@Entity
@Table(name = "product")
public class Product extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "part_number", nullable = false)
  private String partNumber;

  @Column(name = "description")
  private String description;

  @Column(name = "manufacturer")
  private String manufacturer;

  @Column(name = "cn_code")
  private String cnCode;

  @Column(name = "technical_notes")
  private String technicalNotes;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Product() {
    // for JPA
  }

  public static Product create(ProductDetails details, String actor, Instant now) {
    Product product = new Product();
    product.id = ProductId.newId().value();
    product.apply(details.validated());
    product.createdBy = actor;
    product.createdAt = now;
    product.updatedBy = actor;
    product.updatedAt = now;
    return product;
  }

  public void revise(ProductDetails details, String actor, Instant now) {
    apply(details.validated());
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  private void apply(ProductDetails d) {
    this.name = d.name();
    this.partNumber = d.partNumber();
    this.description = d.description();
    this.manufacturer = d.manufacturer();
    this.cnCode = d.cnCode();
    this.technicalNotes = d.technicalNotes();
  }

  public ProductId id() {
    return new ProductId(id);
  }

  public ProductDetails details() {
    return new ProductDetails(name, partNumber, description, manufacturer, cnCode, technicalNotes);
  }

  public String name() {
    return name;
  }

  public String partNumber() {
    return partNumber;
  }

  public Optional<CnCode> cnCode() {
    return Optional.ofNullable(cnCode).map(CnCode::new);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
