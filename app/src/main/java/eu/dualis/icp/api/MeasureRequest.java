package eu.dualis.icp.api;

/** A security measure as reviewed: {@code kind} PHYSICAL or INFORMATION. */
public record MeasureRequest(String kind, String description, String reviewedOn) {}
