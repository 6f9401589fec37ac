package eu.dualis.screening.service.lists;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The identifier types OFAC writes, in sdn.csv remarks and in SDN.XML {@code idList}, and the
 * entries of an {@code idList} that are no identifier at all.
 *
 * <p>OFAC's idList also carries facts about a party that have an "id type": gender, web site,
 * e-mail, directive determinations, "Secondary sanctions risk". None of them identifies the party
 * on a document, so they are not identifiers.
 */
final class OfacIdTypes {

  /** An identifier type and number as read. */
  record Identifier(String type, String number) {}

  /** Longest first, so that "Passport" does not cut "Passport No." short. */
  private static final List<String> TYPES =
      List.of(
              "Passport",
              "Diplomatic Passport",
              "National ID No.",
              "Cedula No.",
              "C.U.R.P.",
              "R.F.C.",
              "D.N.I.",
              "NIT #",
              "SSN",
              "Identification Number",
              "Personal ID",
              "Tax ID No.",
              "Registration ID",
              "Registration Number",
              "Company Number",
              "UK Company Number",
              "Business Registration Number",
              "Public Registration Number",
              "Commercial Registry Number",
              "Business Number",
              "Residency Number",
              "Turkish Identification Number",
              "Travel Document Number",
              "Birth Certificate Number",
              "Electoral Registry No.",
              "Kenyan ID No.",
              "National Foreign ID Number",
              "V.A.T. Number",
              "Folio Mercantil No.",
              "Matricula Mercantil No",
              "Trade License No.",
              "Legal Entity Number",
              "Vessel Registration Identification",
              "MMSI",
              "SWIFT/BIC",
              "Aircraft Manufacturer's Serial Number (MSN)",
              "Aircraft Tail Number")
          .stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  private static final Set<String> NOT_IDENTIFIERS =
      Set.of(
          "gender",
          "website",
          "email address",
          "phone number",
          "secondary sanctions risk:",
          "organization established date",
          "organization type:",
          "target type",
          "vessel year of build",
          "aircraft manufacture date",
          "aircraft model",
          "aircraft operator",
          "aircraft construction number (also called l/n or s/n or f/n)",
          "previous aircraft tail number",
          "former vessel flag",
          "other vessel flag",
          "other vessel call sign",
          "other vessel type",
          "vessel type",
          "nationality of registration",
          "listing date (eo 14024 directive 2):",
          "effective date (eo 14024 directive 2):",
          "ifca determination -");

  private OfacIdTypes() {}

  /** The known identifier type {@code text} starts with, followed by a space. */
  static Optional<String> typeAtStart(String text) {
    return TYPES.stream().filter(t -> text.startsWith(t + " ")).findFirst();
  }

  /** False for the idList facts that identify no one: gender, web site, directives... */
  static boolean isIdentifier(String idType) {
    String type = Text.clean(idType).toLowerCase(Locale.ROOT);
    return !type.isEmpty()
        && !NOT_IDENTIFIERS.contains(type)
        && !type.startsWith("executive order")
        && !type.startsWith("transactions prohibited")
        && !type.startsWith("additional sanctions information")
        && !type.startsWith("ifca determination")
        && !type.startsWith("listing date")
        && !type.startsWith("effective date")
        && !type.startsWith("purchase/sale of")
        && !type.startsWith("cmic");
  }

  /**
   * OFAC writes an IMO number as a "Vessel Registration Identification" of "IMO 9187655": that is
   * the IMO number 9187655, which is how a screened vessel gives it.
   */
  static Identifier normalise(String type, String number) {
    String cleaned = Text.clean(number);
    if ("Vessel Registration Identification".equals(type)
        && cleaned.regionMatches(true, 0, "IMO ", 0, 4)) {
      return new Identifier("IMO", cleaned.substring(4).strip());
    }
    return new Identifier(type, cleaned);
  }
}
