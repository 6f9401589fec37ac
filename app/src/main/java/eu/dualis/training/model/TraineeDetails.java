package eu.dualis.training.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A person who must be trained, as stated; the role is free text, compared normalised. */
public record TraineeDetails(String name, String email, String role) {

  public static final int NAME_MAX = 200;
  public static final int EMAIL_MAX = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Trimmed, e-mail in lower case, role normalised; every problem listed. */
  public TraineeDetails validated() {
    List<FieldProblem> problems = new ArrayList<>();
    String n = Texts.required("name", name, NAME_MAX, problems);
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches()) {
      problems.add(new FieldProblem("email", "must be an e-mail address such as a.b@example.com"));
    }
    String r = JobRoles.normalise(role);
    if (r.isEmpty() || r.length() > JobRoles.MAX_LENGTH) {
      problems.add(
          new FieldProblem(
              "role",
              "is required, at most "
                  + JobRoles.MAX_LENGTH
                  + " characters (e.g. sales, export control officer)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new TraineeDetails(n, e, r);
  }
}
