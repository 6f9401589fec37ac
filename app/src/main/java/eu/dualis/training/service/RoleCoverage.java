package eu.dualis.training.service;

/** The matrix's figures for one job role. */
public record RoleCoverage(
    String role,
    int trainees,
    int requiredCells,
    int currentCells,
    int expiringCells,
    int overdueCells,
    int missingCells) {}
