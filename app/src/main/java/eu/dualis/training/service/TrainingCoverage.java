package eu.dualis.training.service;

import java.time.LocalDate;
import java.util.List;

/** The matrix's figures on a date, overall and per role (ICP element 3). */
public record TrainingCoverage(
    LocalDate on,
    int trainees,
    int requiredCells,
    int currentCells,
    int expiringCells,
    int overdueCells,
    int missingCells,
    List<RoleCoverage> byRole) {}
