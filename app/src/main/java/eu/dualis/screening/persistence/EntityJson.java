package eu.dualis.screening.persistence;

import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.ParsedName;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The JSON and separated-text columns of {@code listed_entity}. */
final class EntityJson {

  /** Country codes, dates and programmes never contain it. */
  static final String SEPARATOR = "|";

  private EntityJson() {}

  static String names(List<ParsedName> names) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    names.forEach(
        n -> a.add(Json.createObjectBuilder().add("n", n.fullName()).add("k", n.kind().name())));
    return a.build().toString();
  }

  static List<ParsedName> names(String json) {
    List<ParsedName> names = new ArrayList<>();
    for (JsonValue v : array(json)) {
      JsonObject o = v.asJsonObject();
      names.add(new ParsedName(o.getString("n"), NameKind.valueOf(o.getString("k"))));
    }
    return names;
  }

  static String identifiers(List<ParsedIdentifier> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (ParsedIdentifier i : ids) {
      var o = Json.createObjectBuilder().add("t", i.type()).add("n", i.number());
      if (i.country() != null) {
        o.add("c", i.country());
      }
      a.add(o);
    }
    return a.build().toString();
  }

  static List<ParsedIdentifier> identifiers(String json) {
    if (json == null) {
      return List.of();
    }
    List<ParsedIdentifier> ids = new ArrayList<>();
    for (JsonValue v : array(json)) {
      JsonObject o = v.asJsonObject();
      JsonValue c = o.get("c");
      ids.add(
          new ParsedIdentifier(
              o.getString("t"),
              o.getString("n"),
              c instanceof JsonString s ? s.getString() : null));
    }
    return ids;
  }

  static String joined(Collection<String> values, int maxLength) {
    if (values.isEmpty()) {
      return null;
    }
    String joined = String.join(SEPARATOR, values);
    return joined.length() > maxLength ? joined.substring(0, maxLength) : joined;
  }

  static List<String> split(String joined) {
    return joined == null || joined.isEmpty()
        ? List.of()
        : Arrays.asList(joined.split("\\" + SEPARATOR));
  }

  private static JsonArray array(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readArray();
    }
  }
}
