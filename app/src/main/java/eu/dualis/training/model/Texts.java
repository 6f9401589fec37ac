package eu.dualis.training.model;

import eu.dualis.platform.model.FieldProblem;
import java.util.List;

/** Checks of free text fields that report the field instead of failing on the first. */
final class Texts {

  private Texts() {}

  static String required(String field, String text, int max, List<FieldProblem> problems) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > max) {
      problems.add(new FieldProblem(field, "is required, at most " + max + " characters"));
    }
    return t;
  }

  static String optional(String field, String text, int max, List<FieldProblem> problems) {
    String t = text == null ? "" : text.strip();
    if (t.length() > max) {
      problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
    }
    return t.isEmpty() ? null : t;
  }
}
