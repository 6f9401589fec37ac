package eu.dualis.training.model;

import java.time.LocalDate;
import java.util.Optional;

/** Why a reminder about a training record was raised: 60 or 30 days before expiry, or overdue. */
public enum ReminderKind {
  DUE_60,
  DUE_30,
  OVERDUE;

  /**
   * The reminder due on {@code today} for a record expiring on {@code expiresOn} (the first day it
   * is no longer valid); empty when none is due yet or the record does not expire.
   */
  public static Optional<ReminderKind> due(LocalDate expiresOn, LocalDate today) {
    if (expiresOn == null) {
      return Optional.empty();
    }
    if (!today.isBefore(expiresOn)) {
      return Optional.of(OVERDUE);
    }
    if (!today.isBefore(expiresOn.minusDays(30))) {
      return Optional.of(DUE_30);
    }
    if (!today.isBefore(expiresOn.minusDays(60))) {
      return Optional.of(DUE_60);
    }
    return Optional.empty();
  }
}
