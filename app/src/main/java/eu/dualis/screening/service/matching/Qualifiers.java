package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ParsedIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What besides the name moves a hit's score, each effect with its reason. A name says who someone
 * may be; a date of birth, a nationality or a passport number confirms it or tells two namesakes
 * apart. Only what both sides state has an effect.
 */
final class Qualifiers {

  static final double SAME_DATE = 0.05;
  static final double SAME_YEAR = 0.03;
  static final double YEAR_APART = -0.05;
  static final double OTHER_YEAR = -0.12;
  static final double SAME_COUNTRY = 0.02;
  static final double OTHER_COUNTRY = -0.03;

  /** A shared passport or registration number identifies even where the name is spelled apart. */
  static final double SAME_IDENTIFIER = 0.35;

  static final double PERSON_NOT_PERSON = -0.15;
  static final double OTHER_TYPE = -0.08;

  private Qualifiers() {}

  static List<QualifierEffect> effects(ScreeningQuery query, IndexedEntity entity) {
    List<QualifierEffect> out = new ArrayList<>(4);
    QualifierEffect dob = dateOfBirth(query.dateOfBirth(), entity.birthDates());
    if (dob != null) {
      out.add(dob);
    }
    QualifierEffect country = country(query.country(), entity);
    if (country != null) {
      out.add(country);
    }
    QualifierEffect id = identifier(query.identifiers(), entity.identifiers());
    if (id != null) {
      out.add(id);
    }
    QualifierEffect type = type(query.type(), entity.type());
    if (type != null) {
      out.add(type);
    }
    return out;
  }

  /** The best the list's dates say: one matching date is enough, as lists give several. */
  static QualifierEffect dateOfBirth(String queried, List<String> listed) {
    if (queried == null || queried.isBlank() || listed.isEmpty()) {
      return null;
    }
    String q = queried.strip();
    if (q.length() < 4 || !isYear(q.substring(0, 4))) {
      return null;
    }
    QualifierEffect best = null;
    for (String l : listed) {
      if (l == null || l.length() < 4 || !isYear(l.substring(0, 4))) {
        continue;
      }
      QualifierEffect e = compareDates(q, l);
      if (best == null || e.delta() > best.delta()) {
        best = e;
      }
    }
    return best;
  }

  private static QualifierEffect compareDates(String q, String l) {
    int qy = Integer.parseInt(q.substring(0, 4));
    int ly = Integer.parseInt(l.substring(0, 4));
    if (qy != ly) {
      double d = Math.abs(qy - ly) == 1 ? YEAR_APART : OTHER_YEAR;
      return effect(Qualifier.DATE_OF_BIRTH, d, "date of birth " + q + " differs from " + l);
    }
    int common = Math.min(q.length(), l.length());
    if (!q.substring(0, common).equals(l.substring(0, common))) {
      return effect(
          Qualifier.DATE_OF_BIRTH, 0, "date of birth " + q + " is in the year of " + l + " only");
    }
    boolean full = q.length() >= 10 && l.length() >= 10;
    return effect(
        Qualifier.DATE_OF_BIRTH,
        full ? SAME_DATE : SAME_YEAR,
        "date of birth " + q + " matches " + l);
  }

  static QualifierEffect country(String queried, IndexedEntity entity) {
    if (queried == null || queried.isBlank() || entity.countries().isEmpty()) {
      return null;
    }
    String q = queried.strip().toUpperCase(Locale.ROOT);
    if (entity.countries().contains(q)) {
      return effect(Qualifier.COUNTRY, SAME_COUNTRY, "country " + q + " is on the list entry");
    }
    return effect(
        Qualifier.COUNTRY,
        OTHER_COUNTRY,
        "country "
            + q
            + " is not among "
            + String.join(", ", entity.countries().stream().sorted().toList()));
  }

  static QualifierEffect identifier(List<String> queried, List<ParsedIdentifier> listed) {
    for (String q : queried) {
      String nq = normaliseId(q);
      if (nq.length() < 4) {
        continue;
      }
      for (ParsedIdentifier id : listed) {
        if (nq.equals(normaliseId(id.number()))) {
          return effect(
              Qualifier.IDENTIFIER,
              SAME_IDENTIFIER,
              "identifier " + q + " matches " + id.type() + " " + id.number());
        }
      }
    }
    return null;
  }

  static QualifierEffect type(EntityType queried, EntityType listed) {
    if (queried == EntityType.UNKNOWN || listed == EntityType.UNKNOWN || queried == listed) {
      return null;
    }
    boolean person = queried == EntityType.PERSON || listed == EntityType.PERSON;
    String name = queried.name().toLowerCase(Locale.ROOT);
    String other = listed.name().toLowerCase(Locale.ROOT);
    return effect(
        Qualifier.ENTITY_TYPE,
        person ? PERSON_NOT_PERSON : OTHER_TYPE,
        "a " + name + " screened against a listed " + other);
  }

  /** Passport numbers are printed with and without spaces, dashes and dots. */
  static String normaliseId(String id) {
    StringBuilder b = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  private static boolean isYear(String s) {
    return s.chars().allMatch(Character::isDigit);
  }

  private static QualifierEffect effect(Qualifier q, double delta, String reason) {
    String sign = delta > 0 ? "+" : delta < 0 ? "-" : "±";
    return new QualifierEffect(
        q, delta, reason + String.format(Locale.ROOT, " (%s%.2f)", sign, Math.abs(delta)));
  }
}
