package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.RecordProblem;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads OFAC's SDN.XML: root {@code sdnList}, a {@code publshInformation} (OFAC's spelling) with
 * the {@code Publish_Date} in MM/dd/yyyy, then one {@code sdnEntry} per listed party. The namespace
 * is not checked: OFAC moved it from {@code http://tempuri.org/sdnList.xsd} to {@code
 * https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML}, and the element
 * names tell the format apart well enough.
 *
 * <p>An entry's uid is its reference. Names are written as OFAC prints them in its other formats,
 * "lastName, firstName" ("MADURO MOROS, Nicolas"); the matcher handles the order. An aka of
 * category "weak" is a weak alias. sdnType Individual, Entity, Vessel and Aircraft map to the
 * entity types; another is reported. Countries come from nationalities, citizenships, addresses and
 * the vessel flag, dates of birth from {@code dateOfBirthItem} ({@link PartialDates#ofac}). The
 * {@code idList} also lists facts that identify no one (gender, web site, directives); those are
 * not identifiers ({@link OfacIdTypes}). The header label is the Publish_Date as printed.
 */
public final class OfacSdnXmlParser implements ListParser {

  private static final String FORMAT = "an OFAC SDN.XML list";
  private static final DateTimeFormatter PUBLISH_DATE =
      DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

  @Override
  public ParsedListHeader parse(InputStream in, EntitySink sink) {
    ParsedListHeader header = new ParsedListHeader(null, null);
    try (SafeXml xml = SafeXml.openAtRoot(in, "sdnList", null, FORMAT)) {
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "publshInformation" -> header = header(xml.readNode());
          case "sdnEntry" -> read(xml.readNode(), sink);
          default -> {
            // the root's other children carry nothing a screening needs
          }
        }
      }
    }
    return header;
  }

  private static ParsedListHeader header(XmlNode information) {
    String printed = information.childText("Publish_Date");
    LocalDate date;
    try {
      date = printed.isEmpty() ? null : LocalDate.parse(printed, PUBLISH_DATE);
    } catch (DateTimeParseException e) {
      date = null;
    }
    return new ParsedListHeader(date, printed.isEmpty() ? null : printed);
  }

  private static void read(XmlNode entry, EntitySink sink) {
    String reference = entry.childText("uid");
    String name = name(entry);
    Optional<EntityType> type = type(entry.childText("sdnType"));
    String problem =
        reference.isEmpty()
            ? "sdnEntry has no uid"
            : name.isEmpty()
                ? "sdnEntry " + reference + " has no lastName"
                : type.isEmpty()
                    ? "sdnEntry "
                        + reference
                        + ": unknown sdnType \""
                        + entry.childText("sdnType")
                        + "\""
                    : null;
    if (problem != null) {
      sink.malformed(new RecordProblem(entry.where(), problem));
      return;
    }
    EntityBuilder entity = new EntityBuilder().type(type.get()).name(name, NameKind.PRIMARY);
    for (XmlNode aka : entry.listItems("akaList", "aka")) {
      boolean weak = "weak".equalsIgnoreCase(aka.childText("category"));
      entity.name(name(aka), weak ? NameKind.WEAK_ALIAS : NameKind.ALIAS);
    }
    entry.listTexts("programList", "program").forEach(entity::programme);
    for (XmlNode id : entry.listItems("idList", "id")) {
      if (OfacIdTypes.isIdentifier(id.childText("idType"))) {
        OfacIdTypes.Identifier normalised =
            OfacIdTypes.normalise(id.childText("idType"), id.childText("idNumber"));
        entity.identifier(
            normalised.type(), normalised.number(), Countries.fromName(id.childText("idCountry")));
      }
    }
    countries(entry, "nationalityList", "nationality", entity);
    countries(entry, "citizenshipList", "citizenship", entity);
    countries(entry, "addressList", "address", entity);
    for (XmlNode birth : entry.listItems("dateOfBirthList", "dateOfBirthItem")) {
      entity.birthDates(PartialDates.ofac(birth.childText("dateOfBirth")));
    }
    entry
        .child("vesselInfo")
        .ifPresent(
            vessel -> {
              entity.countryNamed(vessel.childText("vesselFlag"));
              entity.identifier("Call Sign", vessel.childText("callSign"), Optional.empty());
            });
    entity.remark(entry.childText("remarks"));
    sink.accept(entity.build(reference));
  }

  private static void countries(XmlNode entry, String list, String item, EntityBuilder entity) {
    entry.listItems(list, item).forEach(c -> entity.countryNamed(c.childText("country")));
  }

  /** "lastName, firstName" as OFAC prints it, or the lastName alone. */
  private static String name(XmlNode node) {
    String last = node.childText("lastName");
    String first = node.childText("firstName");
    if (last.isEmpty()) {
      return first;
    }
    return first.isEmpty() ? last : last + ", " + first;
  }

  private static Optional<EntityType> type(String sdnType) {
    return switch (sdnType.toLowerCase(Locale.ROOT)) {
      case "individual" -> Optional.of(EntityType.PERSON);
      case "entity" -> Optional.of(EntityType.ORGANISATION);
      case "vessel" -> Optional.of(EntityType.VESSEL);
      case "aircraft" -> Optional.of(EntityType.AIRCRAFT);
      default -> Optional.empty();
    };
  }
}
