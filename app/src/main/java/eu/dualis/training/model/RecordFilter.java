package eu.dualis.training.model;

import java.time.LocalDate;

/** Which records to list; null fields do not filter. {@code from} and {@code to} are inclusive. */
public record RecordFilter(String traineeId, String courseId, LocalDate from, LocalDate to) {}
