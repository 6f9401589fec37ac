package eu.dualis.duediligence.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a catch-all notification says, as entered: who informed whom under which paragraph, and what
 * it concerns (a product, a party, a destination, or several of them).
 *
 * @param date the day it was received (from the authority) or sent (to it)
 */
public record CatchAllNotificationDetails(
    NotificationDirection direction,
    NotificationArticle article,
    String authority,
    String reference,
    LocalDate date,
    String productId,
    String partyId,
    String destination,
    String dueDiligenceFileId,
    String notes) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Trimmed and upper-cased where that is the form; every problem reported at once. */
  public CatchAllNotificationDetails validated(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (direction == null) {
      problems.add(new FieldProblem("direction", "is required: FROM_AUTHORITY or TO_AUTHORITY"));
    }
    if (article == null) {
      problems.add(new FieldProblem("article", "is required"));
    } else if (direction != null && article.direction() != direction) {
      problems.add(
          new FieldProblem(
              "article",
              article.label()
                  + " is a notification "
                  + (article.direction() == NotificationDirection.FROM_AUTHORITY
                      ? "from the authority"
                      : "to the authority")
                  + ", not "
                  + direction));
    }
    String auth = text(authority, "authority", 200, true, problems);
    String ref = text(reference, "reference", 100, true, problems);
    if (date == null) {
      problems.add(new FieldProblem("date", "is required (yyyy-MM-dd)"));
    } else if (date.isAfter(today)) {
      problems.add(new FieldProblem("date", "cannot be in the future"));
    }
    String product = id(productId, "productId", problems);
    String party = id(partyId, "partyId", problems);
    String dd = id(dueDiligenceFileId, "dueDiligenceFileId", problems);
    String dest = blank(destination) ? null : destination.strip().toUpperCase(Locale.ROOT);
    if (dest != null && !COUNTRIES.contains(dest)) {
      problems.add(new FieldProblem("destination", "must be an ISO 3166-1 alpha-2 country code"));
    }
    if (product == null
        && party == null
        && dest == null
        && !problems.stream()
            .anyMatch(p -> p.field().equals("productId") || p.field().equals("partyId"))) {
      problems.add(
          new FieldProblem(
              "productId", "name at least what it concerns: a product, a party or a destination"));
    }
    String note = text(notes, "notes", 4000, false, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CatchAllNotificationDetails(
        direction, article, auth, ref, date, product, party, dest, dd, note);
  }

  private static String text(
      String value, String field, int max, boolean required, List<FieldProblem> problems) {
    if (blank(value)) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      problems.add(new FieldProblem(field, "may have at most " + max + " characters"));
    }
    return v;
  }

  private static String id(String value, String field, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return UUID.fromString(value.strip()).toString();
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "is not an id"));
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
