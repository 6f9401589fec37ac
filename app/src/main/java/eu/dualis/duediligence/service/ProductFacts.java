package eu.dualis.duediligence.service;

/**
 * A product of a file with its current classification.
 *
 * @param classification e.g. "LISTED 5A001.f (cyber-surveillance: LISTED)", or "not classified"
 */
public record ProductFacts(String id, String name, String partNumber, String classification) {}
