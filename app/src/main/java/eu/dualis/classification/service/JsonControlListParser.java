package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.ControlListFormatException.Problem;
import eu.dualis.classification.model.ParsedControlList;
import eu.dualis.classification.model.ParsedEntry;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a control list from JSON, for curated lists:
 *
 * <pre>{@code
 * {"sourceId": "...", "title": "...", "applicableFrom": "2025-11-15",
 *  "entries": [{"code": "5A002.a", "parent": "5A002", "text": "...", "notes": ["..."]}]}
 * }</pre>
 *
 * {@code applicableFrom}, {@code parent} and {@code notes} may be left out or null; an empty parent
 * is derived from the code. Other members are ignored, so that a file may carry more than this
 * importer reads. Every problem is reported with its JSON pointer ({@code /entries/3/code}).
 */
public final class JsonControlListParser {

  public ParsedControlList parse(InputStream json) {
    JsonObject root = root(json);
    List<Problem> problems = new ArrayList<>();
    String sourceId = requiredText(root, "sourceId", "/sourceId", problems);
    String title = requiredText(root, "title", "/title", problems);
    LocalDate applicableFrom = date(root, problems);
    List<EntryRow> rows = new ArrayList<>();
    JsonValue entries = root.get("entries");
    if (!(entries instanceof JsonArray array) || array.isEmpty()) {
      problems.add(new Problem("/entries", "expected a list of at least one entry"));
    } else {
      for (int i = 0; i < array.size(); i++) {
        row(array.get(i), "/entries/" + i, problems).ifPresent(rows::add);
      }
    }
    List<ParsedEntry> parsed = EntryRowChecker.check(rows, problems);
    if (!problems.isEmpty()) {
      throw new ControlListFormatException(problems);
    }
    return new ParsedControlList(sourceId, title, applicableFrom, parsed);
  }

  private static JsonObject root(InputStream json) {
    try (JsonReader reader = Json.createReader(json)) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
      throw ControlListFormatException.at(
          "/", "expected a JSON object, found " + value.getValueType());
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String what = "not valid JSON (truncated or damaged file?): " + e.getMessage();
      throw at == null
          ? ControlListFormatException.at("document", what)
          : ControlListFormatException.atLineColumn(
              (int) at.getLineNumber(), (int) at.getColumnNumber(), what);
    } catch (JsonException e) {
      throw ControlListFormatException.at("document", "not valid JSON: " + e.getMessage());
    }
  }

  private static Optional<EntryRow> row(JsonValue value, String pointer, List<Problem> problems) {
    if (!(value instanceof JsonObject entry)) {
      problems.add(new Problem(pointer, "expected an object with code and text"));
      return Optional.empty();
    }
    String code = optionalText(entry, "code", pointer + "/code", problems);
    String parent = optionalText(entry, "parent", pointer + "/parent", problems);
    String text = optionalText(entry, "text", pointer + "/text", problems);
    return Optional.of(
        new EntryRow(pointer, true, code, parent, text, notes(entry, pointer, problems)));
  }

  private static List<String> notes(JsonObject entry, String pointer, List<Problem> problems) {
    JsonValue value = entry.get("notes");
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      problems.add(new Problem(pointer + "/notes", "expected a list of texts"));
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString note && !note.getString().isBlank()) {
        notes.add(note.getString().strip());
      } else {
        problems.add(new Problem(pointer + "/notes/" + i, "expected a text that is not empty"));
      }
    }
    return notes;
  }

  private static LocalDate date(JsonObject root, List<Problem> problems) {
    String text = optionalText(root, "applicableFrom", "/applicableFrom", problems);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new Problem("/applicableFrom", "'" + text + "' is not a date (YYYY-MM-DD)"));
      return null;
    }
  }

  private static String requiredText(
      JsonObject object, String name, String pointer, List<Problem> problems) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      problems.add(new Problem(pointer, "is required"));
      return null;
    }
    String text = optionalText(object, name, pointer, problems);
    if (text != null && text.isBlank()) {
      problems.add(new Problem(pointer, "is empty"));
    }
    return text == null ? null : text.strip();
  }

  /** The member's text, null when absent or null; a problem when it is not a string. */
  private static String optionalText(
      JsonObject object, String name, String pointer, List<Problem> problems) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    problems.add(new Problem(pointer, "expected text, found " + value.getValueType()));
    return null;
  }
}
