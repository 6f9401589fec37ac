package eu.dualis.evidence.service;

import java.util.List;
import java.util.Locale;

/**
 * The headings under which the authorities name the seven core elements of Recommendation (EU)
 * 2019/1318 in their own ICP guidance: CDIU (the Netherlands) in Dutch, BAFA (Germany) in German.
 * Another authority gets the Recommendation's headings only.
 */
final class AuthorityHeadings {

  private static final List<String> CDIU =
      List.of(
          "Betrokkenheid van het topmanagement bij naleving",
          "Organisatiestructuur, verantwoordelijkheden en middelen",
          "Opleiding en bewustmaking",
          "Screeningproces en procedures voor transacties",
          "Prestatiebeoordeling, audits, rapportage en corrigerende maatregelen",
          "Registratie en documentatie",
          "Fysieke beveiliging en informatiebeveiliging");

  private static final List<String> BAFA =
      List.of(
          "Verpflichtung der Unternehmensleitung zur Einhaltung der Vorschriften",
          "Aufbauorganisation, Zuständigkeiten und Ressourcen",
          "Schulung und Sensibilisierung",
          "Verfahren und Prozesse zur Transaktionsprüfung",
          "Leistungsüberprüfung, Audits, Meldeverfahren und Korrekturmaßnahmen",
          "Aufzeichnungen und Dokumentation",
          "Physische Sicherheit und Informationssicherheit");

  private AuthorityHeadings() {}

  /** The authority's heading of element {@code number} (1-7), or null for another authority. */
  static String heading(String authority, int number) {
    List<String> headings = headings(authority);
    return headings == null ? null : headings.get(number - 1);
  }

  static String name(String authority) {
    return authority.strip().toUpperCase(Locale.ROOT);
  }

  private static List<String> headings(String authority) {
    return switch (name(authority)) {
      case "CDIU" -> CDIU;
      case "BAFA" -> BAFA;
      default -> null;
    };
  }
}
