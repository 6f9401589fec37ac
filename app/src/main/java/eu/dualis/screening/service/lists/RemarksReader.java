package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.NameKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the remarks of an OFAC sdn.csv record say about the party beyond its name. In the CSV,
 * unlike in the XML, the dates of birth, nationalities and documents exist only in this free text
 * ("DOB 01 Jan 1960; POB Tehran, Iran; nationality Iran; Passport X123 (Iran)"), so a reader that
 * ignored it would screen names alone.
 *
 * <p>The remarks are split at ";" and each part is read by its opening words, with "alt." (OFAC's
 * "alternatively") ignored: "DOB" gives dates ({@link PartialDates#ofac}), "nationality" and
 * "citizen" countries, and the document types of {@link OfacIdTypes} identifiers in the form "Type
 * number (Country) issued ... expires ...". The weak aliases OFAC prints only here, in single
 * quotes after "a.k.a." (or f.k.a., n.k.a.), become weak aliases. Anything else ("POB", "Linked
 * To:", "Additional Sanctions Information") is left in the remarks text.
 */
final class RemarksReader {

  private static final Pattern QUOTED_ALIAS =
      Pattern.compile("\\b[afn]\\.k\\.a\\.,? '(.+?)'(?=\\s*(?:;|\\.|,|$))");
  private static final Pattern ISSUED_OR_EXPIRES = Pattern.compile("\\s+(?:issued|expires)\\b.*");
  private static final Pattern TRAILING_COUNTRY = Pattern.compile("(.*?)\\s*\\(([^()]+)\\)$");

  private RemarksReader() {}

  static void read(String remarks, EntityBuilder entity) {
    if (Text.isBlank(remarks)) {
      return;
    }
    Matcher alias = QUOTED_ALIAS.matcher(remarks);
    while (alias.find()) {
      entity.name(alias.group(1), NameKind.WEAK_ALIAS);
    }
    for (String part : Text.split(remarks, ";")) {
      String fact = part.replaceFirst("^alt\\. ", "").replaceFirst("\\.$", "").strip();
      if (fact.startsWith("DOB ")) {
        entity.birthDates(PartialDates.ofac(fact.substring(4)));
      } else if (fact.startsWith("nationality ")) {
        entity.countryNamed(fact.substring("nationality ".length()));
      } else if (fact.startsWith("citizen ")) {
        entity.countryNamed(fact.substring("citizen ".length()));
      } else {
        OfacIdTypes.typeAtStart(fact).ifPresent(type -> identifier(type, fact, entity));
      }
    }
  }

  private static void identifier(String type, String fact, EntityBuilder entity) {
    String rest = ISSUED_OR_EXPIRES.matcher(fact.substring(type.length()).strip()).replaceFirst("");
    Optional<String> country = Optional.empty();
    Matcher trailing = TRAILING_COUNTRY.matcher(rest);
    if (trailing.matches()) {
      country = Countries.fromName(trailing.group(2));
      rest = trailing.group(1);
    }
    OfacIdTypes.Identifier id = OfacIdTypes.normalise(type, rest);
    entity.identifier(id.type(), id.number(), country);
  }
}
