package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.RecordProblem;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the EU Financial Sanctions Files XML: root {@code export} in the namespace {@value
 * #NAMESPACE}, one {@code sanctionEntity} per listed person or enterprise.
 *
 * <p>The reference is the entity's logicalId (else its euReferenceNumber). subjectType code
 * "person" (classification P) is a person, "enterprise" (E) an organisation; the EU lists no
 * vessels in these files. Each nameAlias is a name: its wholeName, else its first, middle and last
 * name; the first strong one is primary, those with strong="false" weak. The EU's translations into
 * other scripts are ordinary aliases, because they are translations, not the original. Countries
 * are the ISO codes of citizenships and addresses ("00" is the EU's "unknown"); a birthdate's
 * country is the place of birth and is not taken. Dates of birth: the birthdate attribute, else
 * year, monthOfYear and dayOfMonth as far as given; circa="true" gives the year alone, a
 * yearRangeFrom..yearRangeTo its years ({@link PartialDates}). The header date is the
 * generationDate as written (its local date), the label the globalFileId.
 */
public final class EuFsfXmlParser implements ListParser {

  static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

  private static final String FORMAT = "an EU Financial Sanctions Files export";

  @Override
  public ParsedListHeader parse(InputStream in, EntitySink sink) {
    try (SafeXml xml = SafeXml.openAtRoot(in, "export", NAMESPACE, FORMAT)) {
      LocalDate generated =
          PartialDates.iso(xml.attribute("generationDate"))
              .filter(d -> d.length() == 10)
              .map(LocalDate::parse)
              .orElse(null);
      String fileId = xml.attribute("globalFileId");
      while (xml.nextStart()) {
        if ("sanctionEntity".equals(xml.localName())) {
          read(xml.readNode(), sink);
        }
      }
      return new ParsedListHeader(generated, fileId.isEmpty() ? null : fileId);
    }
  }

  private static void read(XmlNode record, EntitySink sink) {
    String reference = record.attribute("logicalId");
    if (reference.isEmpty()) {
      reference = record.attribute("euReferenceNumber");
    }
    if (reference.isEmpty()) {
      sink.malformed(
          new RecordProblem(
              record.where(), "sanctionEntity has neither logicalId nor euReferenceNumber"));
      return;
    }
    Optional<EntityType> type = record.child("subjectType").flatMap(EuFsfXmlParser::type);
    if (type.isEmpty()) {
      String given =
          record.child("subjectType").map(s -> "\"" + s.attribute("code") + "\"").orElse("none");
      sink.malformed(
          new RecordProblem(
              record.where(),
              "sanctionEntity "
                  + reference
                  + ": subjectType code "
                  + given
                  + " is neither person nor enterprise"));
      return;
    }
    EntityBuilder entity = new EntityBuilder().type(type.get());
    for (XmlNode alias : record.children("nameAlias")) {
      String name = alias.attribute("wholeName");
      if (name.isEmpty()) {
        name =
            Text.joinParts(
                alias.attribute("firstName"),
                alias.attribute("middleName"),
                alias.attribute("lastName"));
      }
      boolean weak = "false".equalsIgnoreCase(alias.attribute("strong"));
      NameKind kind =
          weak ? NameKind.WEAK_ALIAS : entity.hasPrimaryName() ? NameKind.ALIAS : NameKind.PRIMARY;
      entity.name(name, kind);
    }
    if (!entity.hasName()) {
      sink.malformed(
          new RecordProblem(
              record.where(), "sanctionEntity " + reference + " has no nameAlias with a name"));
      return;
    }
    record
        .children("citizenship")
        .forEach(c -> entity.countryCoded(c.attribute("countryIso2Code")));
    record.children("address").forEach(a -> entity.countryCoded(a.attribute("countryIso2Code")));
    record.children("birthdate").forEach(b -> birthDates(b, entity));
    for (XmlNode id : record.children("identification")) {
      String idType = id.attribute("identificationTypeDescription");
      entity.identifier(
          idType.isEmpty() ? id.attribute("identificationTypeCode") : idType,
          id.attribute("number"),
          Countries.fromCode(id.attribute("countryIso2Code")));
    }
    record.children("regulation").forEach(r -> entity.programme(r.attribute("programme")));
    record.children("remark").forEach(r -> entity.remark(r.text()));
    sink.accept(entity.build(reference));
  }

  private static Optional<EntityType> type(XmlNode subjectType) {
    String code = subjectType.attribute("code").toLowerCase(Locale.ROOT);
    String classification = subjectType.attribute("classificationCode").toUpperCase(Locale.ROOT);
    if ("person".equals(code) || (code.isEmpty() && "P".equals(classification))) {
      return Optional.of(EntityType.PERSON);
    }
    if ("enterprise".equals(code) || (code.isEmpty() && "E".equals(classification))) {
      return Optional.of(EntityType.ORGANISATION);
    }
    return Optional.empty();
  }

  private static void birthDates(XmlNode birth, EntityBuilder entity) {
    boolean circa = "true".equalsIgnoreCase(birth.attribute("circa"));
    Optional<String> date = PartialDates.iso(birth.attribute("birthdate"));
    if (date.isEmpty()) {
      date =
          PartialDates.of(
              number(birth.attribute("year")),
              number(birth.attribute("monthOfYear")),
              number(birth.attribute("dayOfMonth")));
    }
    entity.birthDate(circa ? date.map(d -> d.substring(0, 4)) : date);
    int from = number(birth.attribute("yearRangeFrom"));
    int to = number(birth.attribute("yearRangeTo"));
    if (from > 0 && to > 0) {
      entity.birthDates(PartialDates.years(from, to));
    }
  }

  private static int number(String digits) {
    return digits.matches("\\d{1,4}") ? Integer.parseInt(digits) : 0;
  }
}
