package eu.dualis.duediligence.service;

public record DueDiligenceClearance(
    String fileId,
    eu.dualis.duediligence.model.DueDiligenceDecision decision,
    java.time.Instant approvedAt,
    String decidedBy,
    String approvedBy) {}
