package eu.dualis.training.service;

import java.time.LocalDate;

/** One training record as the evidence pack's annex lists it. */
public record TrainingRecordRow(
    String traineeName,
    String traineeEmail,
    String role,
    String courseTitle,
    String courseKind,
    LocalDate completedOn,
    String result,
    Integer score,
    LocalDate expiresOn,
    String certificateSha256) {}
