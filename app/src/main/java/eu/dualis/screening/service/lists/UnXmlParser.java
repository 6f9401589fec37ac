package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.RecordProblem;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST}, no namespace):
 * {@code INDIVIDUALS/INDIVIDUAL} become persons, {@code ENTITIES/ENTITY} organisations (the UN
 * lists ships as entities too, and says nothing that would tell them apart).
 *
 * <p>The reference is REFERENCE_NUMBER ("QDi.001"), else DATAID. The name is FIRST_NAME to
 * FOURTH_NAME in that order; aliases of QUALITY "Low" are weak, all others ("Good", "a.k.a.",
 * "f.k.a.") ordinary aliases; NAME_ORIGINAL_SCRIPT is the original-script name. The UN puts several
 * spellings into one ALIAS_NAME, and now and then two names into one FIRST_NAME, separated by ";":
 * each becomes a name of its own. Nationalities and address countries are country names and become
 * ISO codes where {@link Countries} knows them ("na", "former Soviet Union" do not). Dates of
 * birth: DATE as written, YEAR, FROM_YEAR..TO_YEAR as years; see {@link PartialDates} for ranges
 * and APPROXIMATELY. An optional value that cannot be read (a DATE that is no date) is left out; a
 * record without a name or a reference is reported as malformed.
 */
public final class UnXmlParser implements ListParser {

  private static final String FORMAT = "the UN Security Council consolidated list";

  @Override
  public ParsedListHeader parse(InputStream in, EntitySink sink) {
    try (SafeXml xml = SafeXml.openAtRoot(in, "CONSOLIDATED_LIST", null, FORMAT)) {
      LocalDate generated =
          PartialDates.iso(xml.attribute("dateGenerated"))
              .filter(d -> d.length() == 10)
              .map(LocalDate::parse)
              .orElse(null);
      while (xml.nextStart()) {
        String element = xml.localName();
        if ("INDIVIDUAL".equals(element) || "ENTITY".equals(element)) {
          read(xml.readNode(), sink);
        }
      }
      return new ParsedListHeader(generated, null);
    }
  }

  private static void read(XmlNode record, EntitySink sink) {
    boolean individual = "INDIVIDUAL".equals(record.name());
    String reference = record.childText("REFERENCE_NUMBER");
    if (reference.isEmpty()) {
      reference = record.childText("DATAID");
    }
    if (reference.isEmpty()) {
      sink.malformed(
          new RecordProblem(
              record.where(), record.name() + " has neither REFERENCE_NUMBER nor DATAID"));
      return;
    }
    EntityBuilder entity =
        new EntityBuilder().type(individual ? EntityType.PERSON : EntityType.ORGANISATION);
    String name =
        Text.joinParts(
            record.childText("FIRST_NAME"),
            record.childText("SECOND_NAME"),
            record.childText("THIRD_NAME"),
            record.childText("FOURTH_NAME"));
    entity.name(name, NameKind.PRIMARY);
    if (name.contains(";")) {
      Text.split(name, ";").forEach(part -> entity.name(part, NameKind.ALIAS));
    }
    if (!entity.hasName()) {
      sink.malformed(
          new RecordProblem(
              record.where(), record.name() + " " + reference + " has no FIRST_NAME"));
      return;
    }
    String aliasElement = individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
    for (XmlNode alias : record.children(aliasElement)) {
      NameKind kind =
          "low".equalsIgnoreCase(alias.childText("QUALITY")) ? NameKind.WEAK_ALIAS : NameKind.ALIAS;
      Text.split(alias.childText("ALIAS_NAME"), ";").forEach(part -> entity.name(part, kind));
    }
    for (XmlNode original : record.children("NAME_ORIGINAL_SCRIPT")) {
      entity.name(original.text(), NameKind.ORIGINAL_SCRIPT);
    }
    record.listTexts("NATIONALITY", "VALUE").forEach(entity::countryNamed);
    String addressElement = individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS";
    for (XmlNode address : record.children(addressElement)) {
      entity.countryNamed(address.childText("COUNTRY"));
    }
    for (XmlNode birth : record.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      birthDates(birth, entity);
    }
    for (XmlNode document : record.children("INDIVIDUAL_DOCUMENT")) {
      String issuer = document.childText("ISSUING_COUNTRY");
      if (issuer.isEmpty()) {
        issuer = document.childText("COUNTRY_OF_ISSUE");
      }
      entity.identifier(
          document.childText("TYPE_OF_DOCUMENT"),
          document.childText("NUMBER"),
          Countries.fromName(issuer));
    }
    entity.programme(record.childText("UN_LIST_TYPE"));
    entity.remark(record.childText("COMMENTS1"));
    sink.accept(entity.build(reference));
  }

  private static void birthDates(XmlNode birth, EntityBuilder entity) {
    String type = birth.childText("TYPE_OF_DATE");
    Optional<String> date = PartialDates.iso(birth.childText("DATE"));
    Optional<String> year = PartialDates.iso(birth.childText("YEAR"));
    boolean approximately = "APPROXIMATELY".equalsIgnoreCase(type);
    if (date.isPresent()) {
      entity.birthDate(approximately ? date.map(d -> d.substring(0, 4)) : date);
    }
    entity.birthDate(year);
    Optional<String> from = PartialDates.iso(birth.childText("FROM_YEAR"));
    Optional<String> to = PartialDates.iso(birth.childText("TO_YEAR"));
    if (from.isPresent() && to.isPresent()) {
      entity.birthDates(
          PartialDates.years(PartialDates.year(from.get()), PartialDates.year(to.get())));
    } else {
      entity.birthDate(from).birthDate(to);
    }
  }
}
