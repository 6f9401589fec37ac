package eu.dualis.classification.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A control list file that cannot be imported as it is: each problem says what is wrong and where
 * ("line 42, column 7" in XML, "line 42" in CSV, a JSON pointer such as "/entries/3/code" in JSON),
 * so that whoever prepared the file can find it. Nothing of the file is kept.
 */
public class ControlListFormatException extends RuntimeException {

  /** Enough to fix a file round by round without a message of a thousand lines. */
  public static final int MAX_REPORTED = 50;

  /** One thing wrong and where it is. */
  public record Problem(String where, String what) {

    @Override
    public String toString() {
      return where + ": " + what;
    }
  }

  private final transient List<Problem> problems;

  public ControlListFormatException(List<Problem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  public static ControlListFormatException at(String where, String what) {
    return new ControlListFormatException(List.of(new Problem(where, what)));
  }

  /** A problem in an XML file, at a line and column as the parser counts them (from 1). */
  public static ControlListFormatException atLineColumn(int line, int column, String what) {
    return at(lineColumn(line, column), what);
  }

  /** "line 42, column 7". */
  public static String lineColumn(int line, int column) {
    return "line " + line + ", column " + column;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    String shown =
        problems.stream()
            .limit(MAX_REPORTED)
            .map(Problem::toString)
            .collect(Collectors.joining("; "));
    int more = problems.size() - MAX_REPORTED;
    return more > 0 ? shown + "; and " + more + " more problems" : shown;
  }
}
