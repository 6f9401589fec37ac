package eu.dualis.training.model;

import java.time.Instant;
import java.time.LocalDate;

/** A training record with its trainee's and course's names, for lists and annexes. */
public record RecordLine(
    String recordId,
    String traineeId,
    String traineeName,
    String traineeEmail,
    String role,
    String courseId,
    String courseTitle,
    CourseKind courseKind,
    LocalDate completedOn,
    TrainingResult result,
    Integer score,
    LocalDate expiresOn,
    String recordedBy,
    Instant recordedAt) {}
