package eu.dualis.duediligence.service;

import eu.dualis.duediligence.model.DueDiligenceStatus;
import java.time.Instant;

/** One open due-diligence file on the officer's dashboard. */
public record DueDiligenceSummary(
    String fileId,
    String endUserName,
    String destination,
    DueDiligenceStatus status,
    Instant createdAt) {}
