package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.RecordProblem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads OpenSanctions entities in the FollowTheMoney format, one JSON object per line ({@code
 * entities.ftm.json}): {@code id}, {@code schema} and {@code properties}, each property a list of
 * strings. Each line is parsed on its own with JSON-P, so a file of any size needs the heap of one
 * line; a line that is no JSON object is reported with its number and the next is read.
 *
 * <p>Person, Organization, Company, LegalEntity, PublicBody, Vessel and Airplane are listed
 * parties. The other schemata of the export (Sanction, Address, Ownership, Passport,
 * Identification, Family...) describe them and are skipped silently; {@link #read} counts them by
 * schema. Names: the first {@code name} is primary, the others and {@code alias} and {@code
 * previousName} aliases, {@code weakAlias} weak; without a {@code name}, first, middle and last
 * name make one. OpenSanctions does not say which name is in the original script, so none is marked
 * so. Countries are the lower-case codes of nationality, citizenship, country, jurisdiction and
 * flag (codes of states that no longer exist, such as "suhh", are left out). Programmes are {@code
 * programId} and {@code program}; remarks are the {@code notes}. The file has no header.
 */
public final class FtmJsonLinesParser implements ListParser {

  /** What a read found: the (empty) header and how many lines of each other schema it skipped. */
  public record Result(ParsedListHeader header, Map<String, Long> skippedSchemas) {
    public Result {
      skippedSchemas = Map.copyOf(skippedSchemas);
    }
  }

  private static final Map<String, EntityType> SUBJECTS =
      Map.of(
          "Person", EntityType.PERSON,
          "Organization", EntityType.ORGANISATION,
          "Company", EntityType.ORGANISATION,
          "LegalEntity", EntityType.ORGANISATION,
          "PublicBody", EntityType.ORGANISATION,
          "Vessel", EntityType.VESSEL,
          "Airplane", EntityType.AIRCRAFT);

  /** In this order, so that an entity's identifiers come out the same on every run. */
  private static final List<Map.Entry<String, String>> IDENTIFIERS =
      List.of(
          Map.entry("passportNumber", "Passport"),
          Map.entry("idNumber", "ID Number"),
          Map.entry("registrationNumber", "Registration Number"),
          Map.entry("taxNumber", "Tax Number"),
          Map.entry("vatCode", "VAT"),
          Map.entry("innCode", "INN"),
          Map.entry("ogrnCode", "OGRN"),
          Map.entry("leiCode", "LEI"),
          Map.entry("swiftBic", "SWIFT/BIC"),
          Map.entry("imoNumber", "IMO"),
          Map.entry("mmsi", "MMSI"),
          Map.entry("callSign", "Call Sign"),
          Map.entry("serialNumber", "Serial Number"));

  private static final List<String> COUNTRIES =
      List.of("nationality", "citizenship", "country", "jurisdiction", "flag");

  @Override
  public ParsedListHeader parse(InputStream in, EntitySink sink) throws IOException {
    return read(in, sink).header();
  }

  /** Reads the file like {@link #parse} and also says what it skipped. */
  public Result read(InputStream in, EntitySink sink) throws IOException {
    BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    // One factory per read: Json.createReader looks the JSON-P provider up on every call, which
    // costs more than parsing the line.
    JsonReaderFactory readers = Json.createReaderFactory(Map.of());
    Map<String, Long> skipped = new TreeMap<>();
    boolean anyObject = false;
    long number = 0;
    while (true) {
      String line;
      try {
        line = lines.readLine();
      } catch (CharacterCodingException e) {
        throw ListFormatException.at(
            "line " + (number + 1), "not UTF-8 text: a binary file, or saved in another encoding");
      }
      if (line == null) {
        break;
      }
      number++;
      String text = number == 1 ? line.replaceFirst("^\uFEFF", "").strip() : line.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.indexOf('\0') >= 0 || (!anyObject && !text.startsWith("{"))) {
        throw ListFormatException.at(
            "line " + number,
            "not JSON lines: each line must be one JSON object, as in OpenSanctions'"
                + " entities.ftm.json");
      }
      anyObject = true;
      readLine(readers, text, "line " + number, sink, skipped);
    }
    if (!anyObject) {
      throw ListFormatException.at("line 1", "empty file: no entity");
    }
    return new Result(new ParsedListHeader(null, null), skipped);
  }

  private static void readLine(
      JsonReaderFactory readers,
      String text,
      String where,
      EntitySink sink,
      Map<String, Long> skipped) {
    JsonObject object;
    try (JsonReader reader = readers.createReader(new StringReader(text))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      sink.malformed(new RecordProblem(where, "not a valid JSON object: " + e.getMessage()));
      return;
    }
    String id = string(object, "id");
    String schema = string(object, "schema");
    if (id.isEmpty() || schema.isEmpty()) {
      sink.malformed(new RecordProblem(where, "an entity needs an \"id\" and a \"schema\""));
      return;
    }
    EntityType type = SUBJECTS.get(schema);
    if (type == null) {
      skipped.merge(schema, 1L, Long::sum);
      return;
    }
    JsonValue value = object.get("properties");
    JsonObject properties = value instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
    EntityBuilder entity = new EntityBuilder().type(type);
    names(properties, entity);
    if (!entity.hasName()) {
      sink.malformed(new RecordProblem(where, schema + " " + id + " has no name"));
      return;
    }
    values(properties, "birthDate").forEach(d -> entity.birthDate(PartialDates.iso(d)));
    COUNTRIES.forEach(p -> values(properties, p).forEach(entity::countryCoded));
    for (Map.Entry<String, String> identifier : IDENTIFIERS) {
      String property = identifier.getKey();
      for (String number : values(properties, property)) {
        String plain = "imoNumber".equals(property) ? number.replaceFirst("^IMO\\s*", "") : number;
        entity.identifier(identifier.getValue(), plain, Optional.empty());
      }
    }
    values(properties, "programId").forEach(entity::programme);
    values(properties, "program").forEach(entity::programme);
    values(properties, "notes").forEach(entity::remark);
    sink.accept(entity.build(id));
  }

  private static void names(JsonObject properties, EntityBuilder entity) {
    values(properties, "name").forEach(n -> entity.name(n, NameKind.ALIAS));
    if (!entity.hasName()) {
      entity.name(
          Text.joinParts(
              first(properties, "firstName"),
              first(properties, "middleName"),
              first(properties, "lastName")),
          NameKind.ALIAS);
    }
    values(properties, "alias").forEach(n -> entity.name(n, NameKind.ALIAS));
    values(properties, "previousName").forEach(n -> entity.name(n, NameKind.ALIAS));
    values(properties, "weakAlias").forEach(n -> entity.name(n, NameKind.WEAK_ALIAS));
  }

  /** The strings of a property; FtM writes every property as a list. */
  private static List<String> values(JsonObject properties, String property) {
    JsonValue value = properties.get(property);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return value.asJsonArray().stream()
        .filter(JsonString.class::isInstance)
        .map(v -> Text.clean(((JsonString) v).getString()))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String first(JsonObject properties, String property) {
    List<String> values = values(properties, property);
    return values.isEmpty() ? "" : values.get(0);
  }

  private static String string(JsonObject object, String key) {
    JsonValue value = object.get(key);
    return value instanceof JsonString s ? Text.clean(s.getString()) : "";
  }
}
