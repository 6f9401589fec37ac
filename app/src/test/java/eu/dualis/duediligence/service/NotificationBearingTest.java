package eu.dualis.duediligence.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.duediligence.model.NotificationArticle;
import eu.dualis.duediligence.model.NotificationDirection;
import eu.dualis.duediligence.model.NotificationStatus;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationBearingTest {

  private static final String CAMERA = "p-camera";
  private static final String SOFTWARE = "p-software";
  private static final String POLICE = "party-police";
  private static final String DISTRIBUTOR = "party-distributor";

  private static NotificationBearing naming(String product, String party, String destination) {
    return new NotificationBearing(
        "n1",
        NotificationDirection.FROM_AUTHORITY,
        NotificationArticle.ART_5_1,
        "REF-1",
        NotificationStatus.OPEN,
        product,
        party,
        destination,
        LocalDate.of(2026, 11, 1));
  }

  @Test
  void aNotificationNamingOnlyAProductConcernsEveryExportOfIt() {
    var n = naming(CAMERA, null, null);
    assertThat(n.concerns(Set.of(CAMERA, SOFTWARE), Set.of(), "AE")).isTrue();
    assertThat(n.concerns(Set.of(CAMERA), Set.of(DISTRIBUTOR), null)).isTrue();
    assertThat(n.concerns(Set.of(SOFTWARE), Set.of(POLICE), "AE")).isFalse();
  }

  @Test
  void everyConcernItNamesMustMatch() {
    var n = naming(CAMERA, POLICE, "AE");
    assertThat(n.concerns(Set.of(CAMERA), Set.of(DISTRIBUTOR, POLICE), "ae")).isTrue();
    assertThat(n.concerns(Set.of(CAMERA), Set.of(POLICE), "SA")).isFalse();
    assertThat(n.concerns(Set.of(CAMERA), Set.of(DISTRIBUTOR), "AE")).isFalse();
    assertThat(n.concerns(Set.of(SOFTWARE), Set.of(POLICE), "AE")).isFalse();
    assertThat(n.concerns(Set.of(CAMERA), Set.of(POLICE), null)).isFalse();
  }

  @Test
  void aPartyAndDestinationNotificationHoldsAnyProductToThatPartyThere() {
    var n = naming(null, POLICE, "AE");
    assertThat(n.concerns(Set.of(SOFTWARE), Set.of(POLICE), "AE")).isTrue();
    assertThat(n.concerns(Set.of(), Set.of(POLICE), "AE")).isTrue();
    assertThat(n.concerns(Set.of(SOFTWARE), Set.of(POLICE), "QA")).isFalse();
  }

  @Test
  void aDestinationNotificationConcernsEveryExportThere() {
    var n = naming(null, null, "MM");
    assertThat(n.concerns(Set.of(), Set.of(), "MM")).isTrue();
    assertThat(n.concerns(Set.of(CAMERA), Set.of(POLICE), " mm ")).isTrue();
    assertThat(n.concerns(Set.of(CAMERA), Set.of(POLICE), "TH")).isFalse();
  }

  @Test
  void oneNamingNothingConcernsNothing() {
    assertThat(naming(null, null, null).concerns(Set.of(CAMERA), Set.of(POLICE), "AE")).isFalse();
  }

  @Test
  void theArticleReadsAsUsersCiteIt() {
    assertThat(naming(CAMERA, null, null).articleLabel()).isEqualTo("Art. 5(1)");
    assertThat(NotificationArticle.ART_5_2.label()).isEqualTo("Art. 5(2)");
    assertThat(NotificationArticle.ART_4_2.direction())
        .isEqualTo(NotificationDirection.TO_AUTHORITY);
  }
}
