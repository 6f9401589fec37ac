package eu.dualis.training.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an officer states about a course.
 *
 * @param validityMonths how long a completion counts; null: it does not expire
 */
public record CourseDetails(
    String title, CourseKind kind, Integer validityMonths, String owner, String description) {

  public static final int TITLE_MAX = 200;
  public static final int OWNER_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int VALIDITY_MAX = 120;

  /** Trimmed and checked; every problem listed. */
  public CourseDetails validated() {
    List<FieldProblem> problems = new ArrayList<>();
    String t = Texts.required("title", title, TITLE_MAX, problems);
    if (kind == null) {
      problems.add(
          new FieldProblem(
              "kind", "is required: AWARENESS, SPECIALIST, CYBER_SURVEILLANCE or REFRESHER"));
    }
    if (validityMonths != null && (validityMonths < 1 || validityMonths > VALIDITY_MAX)) {
      problems.add(
          new FieldProblem(
              "validityMonths",
              "must be between 1 and " + VALIDITY_MAX + ", or empty when it does not expire"));
    }
    String o = Texts.required("owner", owner, OWNER_MAX, problems);
    String d = Texts.optional("description", description, DESCRIPTION_MAX, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CourseDetails(t, kind, validityMonths, o, d);
  }
}
