package eu.dualis.classification.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user enters about a product, checked as a whole: {@link #validated} reports every field
 * that breaks a rule at once, with the field's name as the API and the form use it.
 */
public record ProductDetails(
    String name,
    String partNumber,
    String description,
    String manufacturer,
    String cnCode,
    String technicalNotes) {

  public static final int NAME_MAX = 200;
  public static final int PART_NUMBER_MAX = 64;
  public static final int TEXT_MAX = 4000;

  /** The details with blanks trimmed, or {@link InvalidInputException} listing each problem. */
  public ProductDetails validated() {
    ProductDetails d =
        new ProductDetails(
            trim(name),
            trim(partNumber),
            trim(description),
            trim(manufacturer),
            CnCode.parse(cnCode).map(CnCode::value).orElse(trim(cnCode)),
            trim(technicalNotes));
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "name", d.name, NAME_MAX);
    required(problems, "partNumber", d.partNumber, PART_NUMBER_MAX);
    optional(problems, "description", d.description, TEXT_MAX);
    optional(problems, "manufacturer", d.manufacturer, NAME_MAX);
    optional(problems, "technicalNotes", d.technicalNotes, TEXT_MAX);
    if (d.cnCode != null && CnCode.parse(d.cnCode).isEmpty()) {
      problems.add(new FieldProblem("cnCode", "must be a Combined Nomenclature code of 8 digits"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return d;
  }

  private static void required(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
    } else {
      optional(problems, field, value, max);
    }
  }

  private static void optional(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
