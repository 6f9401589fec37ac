package eu.dualis.exportcheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.model.Reason;
import eu.dualis.exportcheck.model.Rule;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonTextsTest {

  @Test
  void everyRuleAndDeterminationReadsInEnglishAndDutch() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
      for (Rule rule : Rule.values()) {
        String text = ReasonTexts.message(Reason.of(rule, "A", "B"), locale);
        assertThat(text).as(rule + " in " + locale).isNotBlank().doesNotContain("{0}");
      }
      for (Determination d : Determination.values()) {
        assertThat(ReasonTexts.label(d, locale)).isNotBlank();
      }
    }
  }

  @Test
  void rolesAndConcernsAmongTheDetailsReadAsWords() {
    String en =
        ReasonTexts.message(
            Reason.of(Rule.PARTY_POTENTIAL_MATCH, "Ivan Petrov", "CONSIGNEE"), Locale.ENGLISH);
    String nl =
        ReasonTexts.message(
            Reason.of(Rule.END_USE_WORDING, "police", "INTERNAL_REPRESSION"),
            Locale.forLanguageTag("nl"));

    assertThat(en).startsWith("The consignee Ivan Petrov has an open potential sanctions match");
    assertThat(nl)
        .contains("\u201epolice\u201d")
        .contains("binnenlandse repressie")
        .contains("art. 5, lid 1");
  }
}
