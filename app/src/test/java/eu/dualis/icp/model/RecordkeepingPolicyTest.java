package eu.dualis.icp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordkeepingPolicyTest {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  @Test
  void lessThanFiveYearsIsRefusedNamingTheFieldAndArticle27() {
    assertThatThrownBy(
            () ->
                RecordkeepingPolicy.adopt(
                    1,
                    "Keep",
                    Map.of(RecordKind.SCREENINGS, 4, RecordKind.LICENCES, 10),
                    DAY,
                    "o",
                    Instant.now()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("retention.SCREENINGS");
                          assertThat(p.message()).contains("Art. 27");
                        }));
  }

  @Test
  void retentionIsKeptPerKind() {
    var p =
        RecordkeepingPolicy.adopt(
            2,
            "Keep",
            Map.of(RecordKind.SCREENINGS, 7, RecordKind.LICENCES, 10),
            DAY,
            "o",
            Instant.now());
    assertThat(p.retention()).containsEntry(RecordKind.SCREENINGS, 7).hasSize(2);
    assertThat(p.shortestRetention()).isEqualTo(7);
  }

  @Test
  void aDocumentMustBeWhatItsTypeSays() {
    var details =
        new IcpDocument.Details(IcpElement.SCREENING, "P", "1", DAY, DAY.plusYears(1), "p.pdf");
    assertThatThrownBy(
            () ->
                IcpDocument.upload(
                    details,
                    "application/pdf",
                    "PK zip".getBytes(StandardCharsets.US_ASCII),
                    null,
                    "o",
                    Instant.now()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("file"));
    var training =
        new IcpDocument.Details(IcpElement.TRAINING, "P", "1", DAY, DAY.plusYears(1), "p.pdf");
    assertThatThrownBy(
            () ->
                IcpDocument.upload(
                    training,
                    "application/pdf",
                    "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                    null,
                    "o",
                    Instant.now()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("element"));
  }
}
