package eu.dualis.licensing.model;

import java.time.LocalDate;

/**
 * What the register is filtered by; every part optional.
 *
 * @param query part of the number or the holder
 * @param status EXPIRED and ACTIVE are judged on {@code today}
 * @param expiringWithinDays active licences whose last valid day is within this many days
 */
public record LicenceFilter(
    String query,
    LicenceKind kind,
    LicenceStatus status,
    Integer expiringWithinDays,
    LocalDate today) {}
