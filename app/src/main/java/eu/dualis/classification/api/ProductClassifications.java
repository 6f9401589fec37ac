package eu.dualis.classification.api;

import java.util.List;

/** A product's classification that counts now (if any) and its whole history, newest first. */
public record ProductClassifications(
    String productId, ClassificationResponse current, List<ClassificationResponse> history) {}
