package eu.dualis.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductTest {

  private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");
  private static final Instant REVISED = Instant.parse("2026-02-01T09:30:00Z");

  @Test
  void createRecordsWhoAndWhen() {
    Product p =
        Product.create(
            new ProductDetails("Laser", "L-1", null, "Acme", "90132000", null), "anna", CREATED);
    assertThat(p.id().value()).hasSize(36);
    assertThat(p.createdBy()).isEqualTo("anna");
    assertThat(p.updatedAt()).isEqualTo(CREATED);
    assertThat(p.cnCode()).map(CnCode::formatted).hasValue("9013 20 00");
  }

  @Test
  void reviseKeepsTheCreatorAndRecordsTheEditor() {
    Product p =
        Product.create(new ProductDetails("Laser", "L-1", null, null, null, null), "anna", CREATED);
    p.revise(new ProductDetails("Laser 2", "L-1", null, null, null, null), "bram", REVISED);
    assertThat(p.name()).isEqualTo("Laser 2");
    assertThat(p.createdBy()).isEqualTo("anna");
    assertThat(p.createdAt()).isEqualTo(CREATED);
    assertThat(p.updatedBy()).isEqualTo("bram");
    assertThat(p.updatedAt()).isEqualTo(REVISED);
  }

  @Test
  void anInvalidRevisionChangesNothing() {
    Product p =
        Product.create(new ProductDetails("Laser", "L-1", null, null, null, null), "anna", CREATED);
    assertThatThrownBy(
            () -> p.revise(new ProductDetails("", "L-1", null, null, null, null), "bram", REVISED))
        .isInstanceOf(InvalidInputException.class);
    assertThat(p.name()).isEqualTo("Laser");
    assertThat(p.updatedBy()).isEqualTo("anna");
  }

  @Test
  void idsAreOnlyParsedFromUuids() {
    assertThat(ProductId.parse("not-an-id")).isEmpty();
    assertThat(ProductId.parse("' OR 1=1 --")).isEmpty();
    assertThat(ProductId.parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")).isPresent();
  }
}
