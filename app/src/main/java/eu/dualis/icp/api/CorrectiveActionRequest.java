package eu.dualis.icp.api;

/** A corrective action agreed on an audit's finding; {@code due} written YYYY-MM-DD. */
public record CorrectiveActionRequest(
    String finding, String description, String owner, String due) {}
