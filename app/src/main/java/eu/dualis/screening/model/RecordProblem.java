package eu.dualis.screening.model;

/**
 * A record of a list file that could not be read, and where it is: "line 42, column 7" in XML,
 * "line 42" in CSV and JSON lines.
 */
public record RecordProblem(String where, String what) {

  @Override
  public String toString() {
    return where + ": " + what;
  }
}
