package eu.dualis.training.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Today and now as the database keeps them: UTC, microseconds. */
final class Clock {

  private Clock() {}

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
