package eu.dualis.screening.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A list file that cannot be imported: not the format it claims, not well-formed, hostile (a DTD or
 * an external entity), or with malformed records under {@link OnMalformedRecord#REJECT_FILE}. Each
 * problem says where it is. Nothing of the file is kept.
 */
public class ListFormatException extends RuntimeException {

  /** Enough to fix a file round by round without a message of a thousand lines. */
  public static final int MAX_REPORTED = 50;

  private final transient List<RecordProblem> problems;

  public ListFormatException(List<RecordProblem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  public static ListFormatException at(String where, String what) {
    return new ListFormatException(List.of(new RecordProblem(where, what)));
  }

  public List<RecordProblem> problems() {
    return problems;
  }

  private static String message(List<RecordProblem> problems) {
    String shown =
        problems.stream()
            .limit(MAX_REPORTED)
            .map(RecordProblem::toString)
            .collect(Collectors.joining("; "));
    int more = problems.size() - MAX_REPORTED;
    return more > 0 ? shown + "; and " + more + " more problems" : shown;
  }
}
