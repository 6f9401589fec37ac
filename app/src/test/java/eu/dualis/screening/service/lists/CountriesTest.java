package eu.dualis.screening.service.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Country names as the lists print them. */
class CountriesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Iran (Islamic Republic of)|IR",
        "Iran|IR",
        "Iranian|IR",
        "Russian Federation|RU",
        "Russia|RU",
        "Syrian Arab Republic|SY",
        "Democratic People's Republic of Korea|KP",
        "Korea, North|KP",
        "Korea, South|KR",
        "Burma|MM",
        "Congo, Democratic Republic of the|CD",
        "Democratic Republic of the Congo|CD",
        "Congo|CG",
        "Viet Nam|VN",
        "Vietnam|VN",
        "United Kingdom of Great Britain and Northern Ireland|GB",
        "United Kingdom|GB",
        "Türkiye|TR",
        "Turkey|TR",
        "Palestinian|PS",
        "State of Palestine|PS",
        "Afghan|AF",
        "Afghanistan|AF",
        "  afghanistan |AF",
        "Bosnia and Herzegovina|BA",
        "Saint Kitts and Nevis|KN",
        "Bahamas, The|BS",
        "The Gambia|GM",
        "Cote d'Ivoire|CI",
        "Côte d’Ivoire|CI",
        "China, Hong Kong Special Administrative Region|HK",
        "Macedonia, The Former Yugoslav Republic of|MK",
        "Bolivia (Plurinational State of)|BO",
        "Venezuela (Bolivarian Republic of)|VE",
        "United Republic of Tanzania|TZ",
        "United States of America|US",
        "Kosovo|XK",
        "Guinea-Bissau|GW",
        "Trinidad and Tobago|TT",
      })
  void mapsTheNamesListsPrint(String name, String code) {
    assertThat(Countries.fromName(name)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "na",
        "former Soviet Union",
        "Soviet Union",
        "Yugoslavia",
        "possibly Palestinian",
        "Congolese",
        "Atlantis",
        "IR"
      })
  void guessesNothing(String name) {
    assertThat(Countries.fromName(name)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"ir,IR", "IR,IR", " gb ,GB", "xk,XK"})
  void readsCodes(String code, String expected) {
    assertThat(Countries.fromCode(code)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "zz", "suhh", "EU", "Iran", ""})
  void refusesWhatIsNoAssignedCode(String code) {
    assertThat(Countries.fromCode(code)).isEqualTo(Optional.empty());
  }
}
