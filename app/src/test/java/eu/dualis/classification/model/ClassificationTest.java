package eu.dualis.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private static ClassificationInput listed(String... codes) {
    return new ClassificationInput(
        "v1",
        ClassificationOutcome.LISTED,
        List.of(codes),
        null,
        CyberSurveillance.NO,
        "why",
        List.of("DS-1"));
  }

  @Test
  void theAuthorCannotApproveTheirOwnClassification() {
    ClassificationInput input = listed("5A002.a.1");
    Classification c =
        Classification.draft(ProductId.newId(), input, input.validatedCodes(), "anna", NOW);
    assertThatThrownBy(() -> c.approve("ANNA", NOW)).isInstanceOf(FourEyesException.class);
    assertThat(c.status()).isEqualTo(ClassificationStatus.DRAFT);
    c.approve("bram", NOW);
    assertThat(c.status()).isEqualTo(ClassificationStatus.APPROVED);
    assertThat(c.approvedBy()).isEqualTo("bram");
    assertThatThrownBy(() -> c.approve("carla", NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rulesOfAClassificationAreCheckedField() {
    ClassificationInput notListed =
        new ClassificationInput(
            "v1",
            ClassificationOutcome.NOT_LISTED,
            List.of("5A002"),
            " ",
            CyberSurveillance.LISTED,
            "",
            null);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, notListed::validatedCodes);
    assertThat(e.problems())
        .extracting(FieldProblem::field)
        .contains("entryCodes", "notListedReason", "cyberSurveillance", "rationale");

    ClassificationInput listedArt5 =
        new ClassificationInput(
            "v1",
            ClassificationOutcome.LISTED,
            List.of("5A002"),
            null,
            CyberSurveillance.ART5_RELEVANT,
            "x",
            null);
    assertThat(
            catchThrowableOfType(InvalidInputException.class, listedArt5::validatedCodes)
                .getMessage())
        .contains("Art. 5");
    assertThat(listed("5a002.A.1").validatedCodes())
        .extracting(EntryCode::value)
        .containsExactly("5A002.a.1");
  }
}
