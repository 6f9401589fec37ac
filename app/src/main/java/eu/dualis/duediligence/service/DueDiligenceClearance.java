package eu.dualis.duediligence.service;

import eu.dualis.duediligence.model.DueDiligenceDecision;
import java.time.Instant;

/** The approved decision of a due-diligence file, as the export check reads it. */
public record DueDiligenceClearance(
    String fileId,
    DueDiligenceDecision decision,
    Instant approvedAt,
    String decidedBy,
    String approvedBy) {}
