package eu.dualis.icp.api;

/** A commitment statement as a client sends it; {@code signedOn} written YYYY-MM-DD. */
public record CommitmentRequest(
    String text,
    String signedByName,
    String signedByFunction,
    String signedOn,
    String publishedWhere) {}
