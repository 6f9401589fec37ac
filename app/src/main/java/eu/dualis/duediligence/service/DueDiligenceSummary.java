package eu.dualis.duediligence.service;

public record DueDiligenceSummary(
    String fileId,
    String endUserName,
    String destination,
    eu.dualis.duediligence.model.DueDiligenceStatus status,
    java.time.Instant createdAt) {}
