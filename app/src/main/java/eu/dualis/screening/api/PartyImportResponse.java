package eu.dualis.screening.api;

import java.util.List;

/** What a CSV import created: every party, each screened; how many have a potential match. */
public record PartyImportResponse(
    int imported, int potentialMatches, List<PartyResponse> parties) {}
