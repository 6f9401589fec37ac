package eu.dualis.training.model;

import java.util.Locale;

/**
 * Job roles are free text typed by people and files; " Sales " and "sales" must meet the same
 * requirement, so every role is compared in one normal form.
 */
public final class JobRoles {

  public static final int MAX_LENGTH = 100;

  private JobRoles() {}

  /** Trimmed, lower case, runs of white space as one space; "" for null. */
  public static String normalise(String role) {
    return role == null ? "" : role.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
