package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

  private final NameNormaliser normaliser = new NameNormaliser();

  private String text(String name, EntityType type) {
    return normaliser.normalise(name, type).text();
  }

  @Test
  void caseDiacriticsAndPunctuationGo() {
    assertThat(text("Recep Tayyip Erdoğan", EntityType.PERSON)).isEqualTo("recep tayyip erdogan");
    assertThat(text("Société Générale S.A.", EntityType.ORGANISATION))
        .isEqualTo("societe generale sa");
    assertThat(text("Al-Qa'ida", EntityType.ORGANISATION)).isEqualTo("al qaida");
  }

  @Test
  void honorificsAndTitlesAreDroppedFromPersons() {
    assertThat(text("Mr. Rami Makhlouf", EntityType.PERSON)).isEqualTo("rami makhlouf");
    assertThat(text("Sheikh Haji Mullah Omar", EntityType.PERSON)).isEqualTo("omar");
    assertThat(text("General Motors Company", EntityType.ORGANISATION))
        .startsWith("general motors");
  }

  @Test
  void legalFormsAreMarkedAndWrittenOneWay() {
    NormalisedName n = normaliser.normalise("Siemens Aktiengesellschaft", EntityType.ORGANISATION);
    assertThat(n.text()).isEqualTo("siemens ag");
    assertThat(n.tokens().get(1).role()).isEqualTo(TokenRole.LEGAL_FORM);
    assertThat(text("Stripe Limited Liability Company", EntityType.ORGANISATION))
        .isEqualTo(text("Stripe L.L.C.", EntityType.ORGANISATION));
    assertThat(text("OAO Gazprom", EntityType.ORGANISATION))
        .isEqualTo(text("Open Joint Stock Company Gazprom", EntityType.ORGANISATION));
    assertThat(text("Volkswagen G.m.b.H.", EntityType.ORGANISATION)).isEqualTo("volkswagen gmbh");
  }

  @Test
  void particlesAreMarkedAndNumbersWrittenAsDigits() {
    NormalisedName n = normaliser.normalise("Usama ibn Ladin", EntityType.PERSON);
    assertThat(n.tokens().get(1).text()).isEqualTo("bin");
    assertThat(n.tokens().get(1).role()).isEqualTo(TokenRole.PARTICLE);
    assertThat(text("Brigade Forty-Four", EntityType.ORGANISATION)).isEqualTo("brigade 44");
    assertThat(text("1st International Bank", EntityType.ORGANISATION))
        .isEqualTo("1 international bank");
  }
}
