package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.RecordProblem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of one designation of the UK Sanctions List, gathered into one entity. The list repeats
 * a designation on one row per name, and again per address or date of birth, so each row adds its
 * name and whatever else it carries; the {@link EntityBuilder} drops the repeats.
 */
final class UkDesignation {

  private static final Pattern NUMBERED = Pattern.compile("\\(\\d+\\)");

  private final String uniqueId;
  private final String where;
  private final EntityBuilder entity = new EntityBuilder();
  private String typeText = "";

  UkDesignation(String uniqueId, String where) {
    this.uniqueId = uniqueId;
    this.where = where;
  }

  String uniqueId() {
    return uniqueId;
  }

  void add(CsvHeader header, CsvRows.Row row) {
    if (typeText.isEmpty()) {
      typeText = header.get(row, "Designation Type");
    }
    String name =
        Text.joinParts(
            header.get(row, "Name 1"),
            header.get(row, "Name 2"),
            header.get(row, "Name 3"),
            header.get(row, "Name 4"),
            header.get(row, "Name 5"),
            header.get(row, "Name 6"));
    entity.name(name, kind(header.get(row, "Name type"), header.get(row, "Alias strength")));
    entity.name(header.get(row, "Name non-latin script"), NameKind.ORIGINAL_SCRIPT);
    for (String date : values(header.get(row, "D.O.B"))) {
      entity.birthDate(PartialDates.dayMonthYear(date));
    }
    values(header.get(row, "Nationality(/ies)")).forEach(entity::countryNamed);
    values(header.get(row, "Address Country")).forEach(entity::countryNamed);
    entity.countryNamed(header.get(row, "Current believed flag of ship"));
    for (String number : values(header.get(row, "Passport number"))) {
      entity.identifier("Passport", number, Optional.empty());
    }
    for (String number : values(header.get(row, "National Identifier number"))) {
      entity.identifier("National Identifier", number, Optional.empty());
    }
    for (String number : values(header.get(row, "Business registration number (s)"))) {
      entity.identifier("Business Registration Number", number, Optional.empty());
    }
    String imo = header.get(row, "IMO number").replaceFirst("(?i)^IMO\\s*", "");
    entity.identifier("IMO", imo, Optional.empty());
    entity.identifier("HIN", header.get(row, "Hull identification number (HIN)"), Optional.empty());
    entity.programme(header.get(row, "Regime Name"));
    entity.remark(header.get(row, "Other Information"));
    entity.remark(header.get(row, "UK Statement of Reasons"));
  }

  /** The entity, or the problem that keeps it from being one. */
  Optional<ParsedEntity> build(EntitySink sink) {
    Optional<EntityType> type = type(typeText);
    String problem =
        !entity.hasName()
            ? "Unique ID " + uniqueId + " has no name in Name 1 to Name 6"
            : type.isEmpty()
                ? "Unique ID "
                    + uniqueId
                    + ": Designation Type \""
                    + typeText
                    + "\" is not Individual, Entity or Ship"
                : null;
    if (problem != null) {
      sink.malformed(new RecordProblem(where, problem));
      return Optional.empty();
    }
    return Optional.of(entity.type(type.get()).build(uniqueId));
  }

  /**
   * "Primary Name" (in any case) is the primary name; a blank name type, which the list prints on
   * the first row of a few designations, is too while there is none. "Primary Name Variation" and
   * "Alias" are aliases, weak when their alias strength says low quality.
   */
  private NameKind kind(String nameType, String strength) {
    String type = nameType.toLowerCase(Locale.ROOT);
    if ("primary name".equals(type) || (type.isEmpty() && !entity.hasPrimaryName())) {
      return NameKind.PRIMARY;
    }
    String quality = strength.toLowerCase(Locale.ROOT);
    return quality.contains("low") || quality.contains("weak")
        ? NameKind.WEAK_ALIAS
        : NameKind.ALIAS;
  }

  /** One cell's values: "(1) A (2) B" or "A|B" are two, anything else one. */
  static List<String> values(String cell) {
    if (NUMBERED.matcher(cell).find()) {
      return Text.split(cell, "\\(\\d+\\)");
    }
    return Text.split(cell, "\\|");
  }

  private static Optional<EntityType> type(String designationType) {
    return switch (designationType.toLowerCase(Locale.ROOT)) {
      case "individual" -> Optional.of(EntityType.PERSON);
      case "entity" -> Optional.of(EntityType.ORGANISATION);
      case "ship" -> Optional.of(EntityType.VESSEL);
      default -> Optional.empty();
    };
  }
}
