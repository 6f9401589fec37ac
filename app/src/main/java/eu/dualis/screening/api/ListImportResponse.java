package eu.dualis.screening.api;

import java.util.List;

/** What an import did: the version, whether it is new, and the decision on malformed records. */
public record ListImportResponse(
    ListVersionResponse version, boolean created, String decision, List<String> problems) {}
