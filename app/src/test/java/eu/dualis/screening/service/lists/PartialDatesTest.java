package eu.dualis.screening.service.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of birth as precise as the list, and no more. */
class PartialDatesTest {

  @ParameterizedTest
  @CsvSource({
    "1965,1965",
    "1965-04,1965-04",
    "1965-04-29,1965-04-29",
    "2026-02-27T00:00:09.554Z,2026-02-27",
    "2018-12-21T14:39:54.511+01:00,2018-12-21"
  })
  void keepsIsoDatesAsPreciseAsGiven(String text, String expected) {
    assertThat(PartialDates.iso(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1965-13", "1965-02-30", "65", "0000", "29/04/1965", "abc"})
  void refusesWhatIsNoDate(String text) {
    assertThat(PartialDates.iso(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "29 Apr 1965|1965-04-29",
        "08 Sep 1966|1966-09-08",
        "Apr 1965|1965-04",
        "1965|1965",
        "circa 1965|1965",
        "circa 01 Jan 1962|1962",
        "1960 to 1962|1960,1961,1962",
        "01 Jan 1960 to 31 Dec 1962|1960,1961,1962",
        "01 Jan 1960 to 01 Jan 1960|1960-01-01",
        "circa 1979-1981|1979,1980,1981",
        "1940 to 1970|1940,1970",
        "23 Nov 1962.|1962-11-23",
      })
  void readsOfacDates(String text, String expected) {
    assertThat(PartialDates.ofac(text)).isEqualTo(List.of(expected.split(",")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "31 Foo 1965", "29 1965", "sometime in the 60s"})
  void readsNoOfacDateFromText(String text) {
    assertThat(PartialDates.ofac(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "29/04/1965,1965-04-29",
    "00/00/1965,1965",
    "dd/mm/1984,1984",
    "00/04/1965,1965-04",
    "dd/04/1965,1965-04"
  })
  void readsUkDatesWithTheirPlaceholders(String text, String expected) {
    assertThat(PartialDates.dayMonthYear(text)).contains(expected);
  }

  @Test
  void statesEveryYearOfANarrowRangeAndTheEndsOfAWideOne() {
    assertThat(PartialDates.years(1958, 1963)).hasSize(6);
    assertThat(PartialDates.years(1950, 1990)).containsExactly("1950", "1990");
    assertThat(PartialDates.years(1990, 1950)).isEmpty();
  }
}
