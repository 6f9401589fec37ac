package eu.dualis.classification.model;

import java.util.List;
import java.util.Optional;

/** The current tenant's classifications. */
public interface ClassificationRepository {

  void add(Classification classification);

  Optional<Classification> find(String id);

  /** A product's classifications, newest first. */
  List<Classification> ofProduct(ProductId product);

  boolean existsFor(ProductId product);

  /** The latest approved classification of every product that has one. */
  List<Classification> current();

  /**
   * The latest approved classification of each product that has one under {@code code} or below.
   */
  List<Classification> currentUnder(EntryCode code);
}
