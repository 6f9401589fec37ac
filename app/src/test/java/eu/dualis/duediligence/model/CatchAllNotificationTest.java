package eu.dualis.duediligence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatchAllNotificationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final String PRODUCT = "3f1c1e2a-7d4b-4c1a-9a55-0d1f6e2b9c10";

  private static CatchAllNotificationDetails details(
      NotificationDirection direction, NotificationArticle article, String product, String dest) {
    return new CatchAllNotificationDetails(
        direction,
        article,
        " Douane CDIU ",
        "CDIU-2026-17",
        LocalDate.of(2026, 11, 2),
        product,
        null,
        dest,
        null,
        null);
  }

  @Test
  void theArticleMustFitTheDirection() {
    var wrong =
        details(NotificationDirection.TO_AUTHORITY, NotificationArticle.ART_5_1, PRODUCT, null);
    assertThatThrownBy(() -> wrong.validated(TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("article")));
  }

  @Test
  void itMustConcernSomethingAndNameARealCountry() {
    var nothing =
        details(NotificationDirection.FROM_AUTHORITY, NotificationArticle.ART_4_1_A, null, null);
    assertThatThrownBy(() -> nothing.validated(TODAY)).hasMessageContaining("productId");
    var nowhere =
        details(NotificationDirection.FROM_AUTHORITY, NotificationArticle.ART_4_1_A, null, "XX");
    assertThatThrownBy(() -> nowhere.validated(TODAY)).hasMessageContaining("destination");
    var valid =
        details(NotificationDirection.FROM_AUTHORITY, NotificationArticle.ART_4_1_A, null, "ir")
            .validated(TODAY);
    assertThat(valid.destination()).isEqualTo("IR");
    assertThat(valid.authority()).isEqualTo("Douane CDIU");
  }

  @Test
  void theOutcomeIsRecordedOnceAndThenNothingChanges() {
    var n =
        CatchAllNotification.create(
            details(
                    NotificationDirection.FROM_AUTHORITY,
                    NotificationArticle.ART_5_1,
                    PRODUCT,
                    null)
                .validated(TODAY),
            "officer@acme.test",
            NOW);
    assertThat(n.status()).isEqualTo(NotificationStatus.OPEN);
    var answer =
        new CatchAllNotificationOutcome(
                NotificationStatus.LICENCE_REQUIRED, LocalDate.of(2026, 11, 20), "CDIU-A-9")
            .validated(n.date(), TODAY);
    n.recordOutcome(answer, "reviewer@acme.test", NOW);
    assertThat(n.status()).isEqualTo(NotificationStatus.LICENCE_REQUIRED);
    assertThat(n.outcomeRecordedBy()).isEqualTo("reviewer@acme.test");
    assertThatThrownBy(() -> n.recordOutcome(answer, "officer@acme.test", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Art. 27");
    assertThatThrownBy(() -> n.revise(n.details().validated(TODAY), NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void anAnswerCannotPrecedeTheNotificationNorBeOpen() {
    var early =
        new CatchAllNotificationOutcome(
            NotificationStatus.WITHDRAWN, LocalDate.of(2026, 11, 1), "W-1");
    assertThatThrownBy(() -> early.validated(LocalDate.of(2026, 11, 2), TODAY))
        .hasMessageContaining("answeredOn");
    var open = new CatchAllNotificationOutcome(NotificationStatus.OPEN, TODAY, "x");
    assertThatThrownBy(() -> open.validated(LocalDate.of(2026, 11, 2), TODAY))
        .hasMessageContaining("outcome");
  }
}
