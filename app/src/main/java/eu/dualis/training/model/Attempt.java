package eu.dualis.training.model;

import java.time.Instant;
import java.time.LocalDate;

/** What the matrix needs of a training record, read without its certificate or audit fields. */
public record Attempt(
    String recordId,
    String traineeId,
    String courseId,
    LocalDate completedOn,
    TrainingResult result,
    LocalDate expiresOn,
    Instant recordedAt) {}
