package eu.dualis.classification.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.classification.model.ClassificationRepository;
import eu.dualis.classification.model.Product;
import eu.dualis.classification.model.ProductDetails;
import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.model.ProductRepository;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Creating, revising, removing and finding the current tenant's products; each change audited. */
@ApplicationScoped
@TenantBound
@Transactional
public class ProductService {

  static final String RECORD_TYPE = "Product";

  @Inject ProductRepository products;
  @Inject ClassificationRepository classifications;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  public Product create(ProductDetails details) {
    ProductDetails valid = details.validated();
    requireUniquePartNumber(valid.partNumber(), null);
    Product product =
        Product.create(
            valid, user.name(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    products.add(product);
    // Flush so that the version the caller sees is the stored one.
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        RECORD_TYPE,
        product.id().value(),
        null,
        ProductSnapshot.of(product));
    return product;
  }

  /**
   * Revises a product the caller saw at {@code expectedVersion}.
   *
   * @throws ConflictException when someone changed it since, or the part number is taken
   */
  public Product revise(ProductId id, long expectedVersion, ProductDetails details) {
    ProductDetails valid = details.validated();
    Product product = get(id);
    requireVersion(product, expectedVersion);
    requireUniquePartNumber(valid.partNumber(), id);
    ProductSnapshot before = ProductSnapshot.of(product);
    product.revise(
        valid, user.name(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    em.flush();
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        RECORD_TYPE,
        id.value(),
        before,
        ProductSnapshot.of(product));
    return product;
  }

  /** Removes a product; with a version, only if nobody changed it since. */
  public void remove(ProductId id, Long expectedVersion) {
    Product product = get(id);
    if (classifications.existsFor(id)) {
      // Classifications are evidence: records are kept at least five years (Art. 27).
      throw new ConflictException(
          null,
          "Product "
              + id
              + " has classifications, which are evidence kept under Art. 27; it cannot be deleted");
    }
    if (expectedVersion != null) {
      requireVersion(product, expectedVersion);
    }
    ProductSnapshot before = ProductSnapshot.of(product);
    products.remove(product);
    audit.record(user.name(), AuditAction.DELETE, RECORD_TYPE, id.value(), before, null);
  }

  public Product get(ProductId id) {
    return products
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id.value()));
  }

  public Page<Product> search(String query, SortOrder sort, PageRequest page) {
    return products.search(query, sort, page);
  }

  private void requireVersion(Product product, long expectedVersion) {
    if (product.version() != expectedVersion) {
      throw new ConflictException(
          null,
          "Product "
              + product.id()
              + " was changed by someone else (version "
              + product.version()
              + ", yours "
              + expectedVersion
              + "); reload it and apply your change again");
    }
  }

  private void requireUniquePartNumber(String partNumber, ProductId self) {
    products
        .findByPartNumber(partNumber)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "partNumber",
                  "part number " + partNumber + " is already used by another product");
            });
  }
}
