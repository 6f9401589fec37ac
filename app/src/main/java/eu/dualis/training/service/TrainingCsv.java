package eu.dualis.training.service;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.training.model.RecordDetails;
import eu.dualis.training.model.TrainingResult;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a training records file: header {@code email,name,role,course,completed_on,result,score},
 * one record a line, fields quoted as RFC 4180 allows. Every problem is reported as {@code line N:
 * field: message}, so a whole file can be fixed in one go.
 */
public final class TrainingCsv {

  public static final String HEADER = "email,name,role,course,completed_on,result,score";
  public static final int MAX_ROWS = 10_000;
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final List<String> COLUMNS = List.of(HEADER.split(","));

  /** One data line; {@code line} counts the header as line 1. */
  public record Row(
      int line,
      String email,
      String name,
      String role,
      String course,
      LocalDate completedOn,
      TrainingResult result,
      Integer score) {}

  /**
   * The rows of a file with a good header, and what is wrong in them. A row with a problem is still
   * listed, its unreadable values null, so that its course and trainee can be checked too.
   */
  public record Parsed(List<Row> rows, List<FieldProblem> problems) {}

  private TrainingCsv() {}

  /**
   * @throws InvalidInputException when the file as a whole is unusable: no or another header, no
   *     rows, too many rows
   */
  public static Parsed read(String text, LocalDate today) {
    List<Line> lines = split(text == null ? "" : text.replace("\uFEFF", ""));
    if (lines.isEmpty()) {
      throw InvalidInputException.of("line 1", "header: the file is empty; expected " + HEADER);
    }
    List<String> header =
        lines.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(COLUMNS)) {
      throw InvalidInputException.of(
          "line 1: header", "must be " + HEADER + " (got " + String.join(",", header) + ")");
    }
    List<Line> data = lines.subList(1, lines.size()).stream().filter(l -> !l.blank()).toList();
    if (data.isEmpty()) {
      throw InvalidInputException.of("body", "the file has no records after the header");
    }
    if (data.size() > MAX_ROWS) {
      throw InvalidInputException.of(
          "body", "the file has " + data.size() + " records; at most " + MAX_ROWS + " at once");
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Line l : data) {
      Row row = row(l, today, problems);
      if (row != null) {
        rows.add(row);
      }
    }
    return new Parsed(List.copyOf(rows), List.copyOf(problems));
  }

  private static Row row(Line l, LocalDate today, List<FieldProblem> problems) {
    String at = "line " + l.number() + ": ";
    List<String> f = l.fields();
    if (f.size() != COLUMNS.size()) {
      problems.add(
          new FieldProblem(
              at + "row",
              "has " + f.size() + " fields; expected " + COLUMNS.size() + " (" + HEADER + ")"));
      return null;
    }
    String email = f.get(0).strip().toLowerCase(Locale.ROOT);
    if (email.isEmpty()) {
      problems.add(new FieldProblem(at + "email", "is required"));
    }
    String course = f.get(3).strip();
    if (course.isEmpty()) {
      problems.add(new FieldProblem(at + "course", "is required: a course's exact title"));
    }
    LocalDate completedOn = null;
    String date = f.get(4).strip();
    if (!date.isEmpty()) {
      try {
        completedOn = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem(at + "completed_on", "must be a date written YYYY-MM-DD"));
        date = null;
      }
    }
    TrainingResult result = null;
    String resultText = f.get(5).strip().toUpperCase(Locale.ROOT);
    if (!resultText.isEmpty()) {
      try {
        result = TrainingResult.valueOf(resultText);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(at + "result", "must be PASSED, FAILED or ATTENDED"));
        resultText = null;
      }
    }
    Integer score = null;
    String scoreText = f.get(6).strip();
    if (!scoreText.isEmpty()) {
      try {
        score = Integer.valueOf(scoreText);
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem(at + "score", "must be a whole number between 0 and 100"));
      }
    }
    for (FieldProblem p :
        RecordDetails.checkOutcome(completedOn, result, score, today, "completed_on")) {
      boolean reported =
          (p.field().equals("completed_on") && date == null)
              || (p.field().equals("result") && resultText == null);
      if (!reported) {
        problems.add(new FieldProblem(at + p.field(), p.message()));
      }
    }
    return new Row(
        l.number(), email, f.get(1).strip(), f.get(2), course, completedOn, result, score);
  }

  /** The line a problem's field names ("line 7: score" is 7); 0 for the file as a whole. */
  static int lineOf(String field) {
    var m = java.util.regex.Pattern.compile("^line (\\d+)").matcher(field);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private record Line(int number, List<String> fields) {
    boolean blank() {
      return fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  /** Splits into records and fields; a quoted field may hold commas, quotes ("") and newlines. */
  private static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        lines.add(new Line(start, List.copyOf(fields)));
        fields.clear();
        line++;
        start = line;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      lines.add(new Line(start, List.copyOf(fields)));
    }
    return lines;
  }
}
