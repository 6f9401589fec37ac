package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.RecordProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the US Consolidated Screening List CSV of trade.gov: a header line, then one record per
 * listed party of the eleven US export and sanctions lists it merges. Columns are found by their
 * names ({@code _id}, {@code source}, {@code type}, {@code programs}, {@code name}, {@code
 * addresses}, {@code alt_names}, {@code citizenships}, {@code dates_of_birth}, {@code
 * nationalities}, {@code ids}, {@code vessel_flag}, {@code call_sign}, {@code remarks}...), not
 * their places.
 *
 * <p>The reference is {@code _id}, else {@code entity_number}. Several values in one field are
 * separated by ";": alternative names, programmes, addresses, dates, countries, ids. The programmes
 * are the {@code source} list ("Entity List (EL) - Bureau of Industry and Security"), which is the
 * regime for lists without programmes, followed by the {@code programs}. Countries: the ISO codes
 * of citizenships and nationalities, the code (or name) ending each address, the vessel flag. An id
 * is "type, number[, country code]"; ids that identify no one (gender, directives) are left out as
 * in {@link OfacIdTypes}. An empty {@code type} (the BIS lists give none) is {@link
 * EntityType#UNKNOWN}; a type other than Individual, Entity, Vessel or Aircraft is reported.
 */
public final class UsCslCsvParser implements ListParser {

  private static final String FORMAT = "the Consolidated Screening List CSV";

  @Override
  public ParsedListHeader parse(InputStream in, EntitySink sink) throws IOException {
    try (CsvRows rows = new CsvRows(in, null)) {
      CsvRows.Row first = rows.next();
      if (first == null) {
        throw ListFormatException.at("line 1", "empty file: no header line");
      }
      CsvHeader header = new CsvHeader(first).require(rows, FORMAT, "_id", "name");
      for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (row.size() != header.size()) {
          sink.malformed(
              new RecordProblem(
                  rows.where(row.line()),
                  header.size() + " fields expected as in the header, found " + row.size()));
          continue;
        }
        read(header, row, rows.where(row.line()), sink);
      }
    }
    return new ParsedListHeader(null, null);
  }

  private static void read(CsvHeader header, CsvRows.Row row, String where, EntitySink sink) {
    String reference = header.get(row, "_id");
    if (reference.isEmpty()) {
      reference = header.get(row, "entity_number");
    }
    String name = header.get(row, "name");
    String typeText = header.get(row, "type");
    Optional<EntityType> type = type(typeText);
    String problem =
        reference.isEmpty()
            ? "no _id"
            : name.isEmpty()
                ? "_id " + reference + " has no name"
                : type.isEmpty()
                    ? "_id " + reference + ": unknown type \"" + typeText + "\""
                    : null;
    if (problem != null) {
      sink.malformed(new RecordProblem(where, problem));
      return;
    }
    EntityBuilder entity = new EntityBuilder().type(type.get()).name(name, NameKind.PRIMARY);
    values(header, row, "alt_names").forEach(a -> entity.name(a, NameKind.ALIAS));
    entity.programme(header.get(row, "source"));
    values(header, row, "programs").forEach(entity::programme);
    values(header, row, "citizenships").forEach(c -> country(c, entity));
    values(header, row, "nationalities").forEach(c -> country(c, entity));
    for (String address : values(header, row, "addresses")) {
      List<String> parts = Text.split(address, ",");
      country(parts.get(parts.size() - 1), entity);
    }
    country(header.get(row, "vessel_flag"), entity);
    for (String date : values(header, row, "dates_of_birth")) {
      Optional<String> iso = PartialDates.iso(date);
      entity.birthDates(iso.map(List::of).orElseGet(() -> PartialDates.ofac(date)));
    }
    values(header, row, "ids").forEach(id -> identifier(id, entity));
    entity.identifier("Call Sign", header.get(row, "call_sign"), Optional.empty());
    entity.remark(header.get(row, "remarks"));
    sink.accept(entity.build(reference));
  }

  private static List<String> values(CsvHeader header, CsvRows.Row row, String column) {
    return Text.split(header.get(row, column), ";");
  }

  private static void country(String codeOrName, EntityBuilder entity) {
    entity.country(Countries.fromCode(codeOrName).or(() -> Countries.fromName(codeOrName)));
  }

  /** "Passport, 836238033, KP" or "Registration ID, C122790". */
  private static void identifier(String id, EntityBuilder entity) {
    List<String> parts = Text.split(id, ",");
    if (parts.size() < 2 || !OfacIdTypes.isIdentifier(parts.get(0))) {
      return;
    }
    int end = parts.size();
    Optional<String> country = Optional.empty();
    if (end >= 3 && parts.get(end - 1).length() == 2) {
      country = Countries.fromCode(parts.get(end - 1));
      end--;
    }
    String number = String.join(", ", parts.subList(1, end));
    OfacIdTypes.Identifier normalised = OfacIdTypes.normalise(parts.get(0), number);
    entity.identifier(normalised.type(), normalised.number(), country);
  }

  private static Optional<EntityType> type(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "individual" -> Optional.of(EntityType.PERSON);
      case "entity" -> Optional.of(EntityType.ORGANISATION);
      case "vessel" -> Optional.of(EntityType.VESSEL);
      case "aircraft" -> Optional.of(EntityType.AIRCRAFT);
      case "" -> Optional.of(EntityType.UNKNOWN);
      default -> Optional.empty();
    };
  }
}
