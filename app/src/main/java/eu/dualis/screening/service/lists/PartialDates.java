package eu.dualis.screening.service.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as precise as a list gives them: {@code 1965}, {@code 1965-04} or {@code
 * 1965-04-29}, never padded to a day the list did not state.
 *
 * <p>A range ("1960 to 1962", UN BETWEEN, EU yearRangeFrom/To) becomes every year in it, because a
 * screened date of birth in any of those years is consistent with the listing; a range wider than
 * {@value #MAX_RANGE_YEARS} years becomes its two end years only, so that one sloppy record does
 * not make dozens of dates. An approximate date ("circa 1965", UN APPROXIMATELY, EU circa) becomes
 * its year alone: the year is what the list can stand behind, a day stated "circa" is not.
 */
final class PartialDates {

  static final int MAX_RANGE_YEARS = 10;

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern OFAC_DATE =
      Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3,9})\\.? )?(\\d{4})");
  private static final Pattern OFAC_RANGE = Pattern.compile("(.+?)\\s*(?: to |-| - )\\s*(.+)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2}|dd|DD)/(\\d{1,2}|mm|MM)/(\\d{4})");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private PartialDates() {}

  /**
   * A date as a partial ISO date; {@code month} and {@code day} 0 when unknown. Empty when the
   * values are no date (a month 13, a 30 February, a year outside 1000..2999).
   */
  static Optional<String> of(int year, int month, int day) {
    if (year < 1000 || year > 2999 || month < 0 || month > 12 || day < 0 || day > 31) {
      return Optional.empty();
    }
    if (month == 0) {
      return Optional.of(Integer.toString(year));
    }
    if (day == 0) {
      return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month));
    }
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "1965", "1965-04", "1965-04-29", or the date part of an ISO date-time. */
  static Optional<String> iso(String text) {
    String value = Text.clean(text);
    if (value.length() > 10 && value.charAt(10) == 'T') {
      value = value.substring(0, 10);
    }
    Matcher m = ISO.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    return of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
  }

  /** Every year of a range, or its two ends when it is wider than {@link #MAX_RANGE_YEARS}. */
  static List<String> years(int from, int to) {
    List<String> years = new ArrayList<>();
    if (from > to || of(from, 0, 0).isEmpty() || of(to, 0, 0).isEmpty()) {
      return years;
    }
    if (to - from > MAX_RANGE_YEARS) {
      return List.of(Integer.toString(from), Integer.toString(to));
    }
    for (int year = from; year <= to; year++) {
      years.add(Integer.toString(year));
    }
    return years;
  }

  /**
   * An OFAC date of birth: "29 Apr 1965", "Apr 1965", "1965", "circa 1965", "1960 to 1962", "01 Jan
   * 1960 to 31 Dec 1962", "circa 1979-1981". Empty when it is none of these.
   */
  static List<String> ofac(String text) {
    String value = Text.clean(text).replaceAll("\\.$", "");
    boolean circa = value.regionMatches(true, 0, "circa ", 0, 6);
    if (circa) {
      value = value.substring(6).strip();
    }
    Optional<String> single = ofacSingle(value);
    if (single.isPresent()) {
      return List.of(circa ? single.get().substring(0, 4) : single.get());
    }
    Matcher range = OFAC_RANGE.matcher(value);
    if (range.matches()) {
      Optional<String> from = ofacSingle(range.group(1));
      Optional<String> to = ofacSingle(range.group(2));
      if (from.isPresent() && to.isPresent()) {
        if (from.equals(to)) {
          return List.of(circa ? from.get().substring(0, 4) : from.get());
        }
        return years(year(from.get()), year(to.get()));
      }
    }
    return List.of();
  }

  /**
   * A UK date "29/04/1965"; a day or month written 00, dd or mm is unknown: "00/00/1965" is 1965,
   * "dd/04/1965" is 1965-04.
   */
  static Optional<String> dayMonthYear(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(Text.clean(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = number(m.group(2));
    int day = month == 0 ? 0 : number(m.group(1));
    return of(number(m.group(3)), month, day);
  }

  /** The year of a partial ISO date. */
  static int year(String partialIso) {
    return Integer.parseInt(partialIso.substring(0, 4));
  }

  private static Optional<String> ofacSingle(String text) {
    Matcher m = OFAC_DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = 0;
    if (m.group(2) != null) {
      Integer named = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
      if (named == null) {
        return Optional.empty();
      }
      month = named;
    } else if (m.group(1) != null) {
      return Optional.empty();
    }
    return of(number(m.group(3)), month, m.group(1) == null ? 0 : number(m.group(1)));
  }

  /** A number of digits, 0 for null or a placeholder such as "dd". */
  private static int number(String digits) {
    if (digits == null || !digits.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(digits);
  }
}
