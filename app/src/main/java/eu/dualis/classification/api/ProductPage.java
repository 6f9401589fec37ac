package eu.dualis.classification.api;

import java.util.List;

/** One page of products. */
public record ProductPage(List<ProductResponse> items, int page, int size, long total) {}
