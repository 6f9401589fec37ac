package eu.dualis.screening.service;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.PartyDetails;
import eu.dualis.screening.model.PartyRole;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads parties from a CSV file with a header row: {@code
 * role,type,name,address,country,date_of_birth,identifiers,reference} (identifiers separated by
 * {@code ;}). Every problem is reported as "line N: field: message", all of them at once.
 */
public final class PartyCsvReader {

  public static final int MAX_ROWS = 10_000;
  public static final List<String> COLUMNS =
      List.of(
          "role",
          "type",
          "name",
          "address",
          "country",
          "date_of_birth",
          "identifiers",
          "reference");
  private static final Set<String> REQUIRED = Set.of("role", "name");

  public List<PartyDetails> read(byte[] content) {
    String text = decode(content);
    List<FieldProblem> problems = new ArrayList<>();
    List<PartyDetails> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      for (String required : REQUIRED) {
        if (!header.contains(required)) {
          throw InvalidInputException.of(
              "line 1", "the header has no column " + required + "; expected " + COLUMNS);
        }
      }
      for (CSVRecord row : parser) {
        if (rows.size() + problems.size() >= MAX_ROWS) {
          throw InvalidInputException.of(
              "file", "has more than " + MAX_ROWS + " parties; split it into smaller files");
        }
        // The header is line 1; a record number counts data records from 1.
        String line = "line " + (row.getRecordNumber() + 1);
        try {
          rows.add(party(row, header, line).validated());
        } catch (InvalidInputException e) {
          e.problems()
              .forEach(p -> problems.add(new FieldProblem(line + ": " + p.field(), p.message())));
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw InvalidInputException.of("file", "is not a readable CSV file: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (rows.isEmpty()) {
      throw InvalidInputException.of("file", "holds no party below its header");
    }
    return rows;
  }

  private static PartyDetails party(CSVRecord row, List<String> header, String line) {
    List<FieldProblem> problems = new ArrayList<>();
    PartyRole role = null;
    String roleText = value(row, header, "role");
    if (roleText != null) {
      try {
        role = PartyRole.valueOf(roleText.toUpperCase(Locale.ROOT).replace(' ', '_'));
      } catch (IllegalArgumentException e) {
        problems.add(
            new FieldProblem(
                "role", "must be CUSTOMER, CONSIGNEE, END_USER or INTERMEDIARY, not " + roleText));
      }
    }
    EntityType type = EntityType.UNKNOWN;
    String typeText = value(row, header, "type");
    if (typeText != null) {
      try {
        type = EntityType.valueOf(typeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            new FieldProblem(
                "type",
                "must be PERSON, ORGANISATION, VESSEL, AIRCRAFT or UNKNOWN, not " + typeText));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String ids = value(row, header, "identifiers");
    return new PartyDetails(
        role,
        type,
        value(row, header, "name"),
        value(row, header, "address"),
        value(row, header, "country"),
        value(row, header, "date_of_birth"),
        ids == null ? List.of() : Arrays.stream(ids.split(";")).map(String::strip).toList(),
        value(row, header, "reference"));
  }

  private static String value(CSVRecord row, List<String> header, String column) {
    int i = header.indexOf(column);
    if (i < 0 || i >= row.size()) {
      return null;
    }
    String v = row.get(i).strip();
    return v.isEmpty() ? null : v;
  }

  private static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of("file", "is not UTF-8 text");
    }
  }
}
