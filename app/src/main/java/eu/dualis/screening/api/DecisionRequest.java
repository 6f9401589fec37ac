package eu.dualis.screening.api;

/** An officer's decision on a hit: outcome TRUE_MATCH or FALSE_POSITIVE, and why. */
public record DecisionRequest(String outcome, String justification) {}
