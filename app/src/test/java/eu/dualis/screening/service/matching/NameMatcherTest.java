package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import org.junit.jupiter.api.Test;

/** One kind of variation per test, each against a clear non-match. */
class NameMatcherTest {

  private static final double T = MatchThreshold.DEFAULT;
  private final NameMatcher matcher = new NameMatcher();

  private NameComparison person(String a, String b) {
    return matcher.compare(a, b, EntityType.PERSON);
  }

  private MatchKind kindOf(NameComparison c, String queryToken) {
    return c.tokens().stream()
        .filter(t -> t.queryToken().equals(queryToken))
        .findFirst()
        .orElseThrow()
        .how();
  }

  @Test
  void tokensPairInAnyOrder() {
    assertThat(person("Putin, Vladimir", "Vladimir Putin").score()).isEqualTo(1.0);
    assertThat(person("bin Salman Mohammed", "Mohammed bin Salman").score()).isGreaterThan(T);
  }

  @Test
  void initialsPairWithTheNamesTheyStartButNotWithOthers() {
    NameComparison c = person("J. Smith", "John Smith");
    assertThat(c.score()).isGreaterThan(T);
    assertThat(kindOf(c, "j")).isEqualTo(MatchKind.INITIAL);
    assertThat(person("A. Smith", "John Smith").score()).isLessThan(T);
    assertThat(person("N. N.", "Nursultan Nazarbayev").score()).isLessThan(T);
  }

  @Test
  void aMissingMiddleNameCostsLittleAnExtraTokenMoreAContradictionMost() {
    double missing = person("Sergey Lavrov", "Sergey Viktorovich Lavrov").score();
    double extra = person("Sergey Viktorovich Lavrov", "Sergey Lavrov").score();
    double conflict = person("Sergey Ivanovich Lavrov", "Sergey Viktorovich Lavrov").score();
    assertThat(missing).isGreaterThan(T).isGreaterThan(extra);
    assertThat(extra).isGreaterThan(conflict);
    assertThat(conflict).isLessThan(T);
  }

  @Test
  void spellingVariantsAndTyposMatchDifferentNamesDoNot() {
    NameComparison typo = person("Olaf Schloz", "Olaf Scholz");
    assertThat(typo.score()).isGreaterThan(T);
    assertThat(kindOf(typo, "schloz")).isEqualTo(MatchKind.SPELLING);
    assertThat(person("Daniel Tusk", "Donald Tusk").score()).isLessThan(T);
    assertThat(person("Hamidullah Hanafi", "Waliullah Hanafi").score()).isLessThan(T);
  }

  @Test
  void transliterationVariantsMatchByPhoneticKey() {
    NameComparison c = person("Muhammad Gaddafi", "Mohammed Qaddafi");
    assertThat(c.score()).isGreaterThan(T);
    assertThat(kindOf(c, "muhammad")).isEqualTo(MatchKind.PHONETIC);
    assertThat(person("Saddam Husayn", "Saddam Hussein").score()).isGreaterThan(T);
  }

  @Test
  void joinedAndSplitTokensMatch() {
    NameComparison c = person("Abdulrahman Saleh", "Abdul Rahman Saleh");
    assertThat(c.score()).isGreaterThan(T);
    assertThat(c.tokens()).anyMatch(t -> t.how() == MatchKind.JOINED);
    assertThat(person("VladimirPutin", "Vladimir Putin").score()).isGreaterThan(T);
  }

  @Test
  void acrossScriptsNamesMatchTheirLatinSpelling() {
    NameComparison c = person("Владимир Путин", "Vladimir Putin");
    assertThat(c.score()).isGreaterThan(0.95);
    assertThat(kindOf(c, "putin")).isEqualTo(MatchKind.TRANSLITERATED);
    assertThat(person("محمد علي", "Mohamed Ali").score()).isGreaterThan(0.9);
    assertThat(person("משה", "Moshe").score()).isGreaterThan(0.9);
  }

  @Test
  void legalFormsAndParticlesWeighLittle() {
    assertThat(
            matcher
                .compare("Crystalord Limited", "CRYSTALORD LTD", EntityType.ORGANISATION)
                .score())
        .isEqualTo(1.0);
    assertThat(matcher.compare("Volkswagen AG", "Siemens AG", EntityType.ORGANISATION).score())
        .isLessThan(0.3);
    assertThat(person("Bashar al-Assad", "Hafez al-Assad").score()).isLessThan(T);
  }

  @Test
  void fatherAndSonAcrossBinAreTwoPeople() {
    assertThat(person("Salman bin Muhammad al-Rawi", "Muhammad bin Salman al-Rawi").score())
        .isLessThan(T);
  }
}
