package eu.dualis.duediligence.service;

import java.time.Instant;

/**
 * A party of a file as screening knows it now: its screening status and its last screening.
 *
 * @param lastScreeningStatus null when it was never screened
 */
public record PartyFacts(
    String id,
    String name,
    String country,
    String status,
    Instant lastScreenedAt,
    String lastScreeningId,
    String lastScreeningStatus,
    int lastScreeningHits) {}
