package eu.dualis.duediligence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatchAllNotificationDocumentsTest {

  @Test
  void onlyPdfPngAndJpegAreAcceptedImageJpgIncluded() {
    assertThat(CatchAllNotificationDocuments.acceptedType("application/pdf; charset=x"))
        .contains("application/pdf");
    assertThat(CatchAllNotificationDocuments.acceptedType("IMAGE/JPG")).contains("image/jpeg");
    assertThat(CatchAllNotificationDocuments.acceptedType("text/plain")).isEmpty();
    assertThat(CatchAllNotificationDocuments.acceptedType(null)).isEmpty();
  }

  @Test
  void aRefusedContentIsReportedOnTheBodyInThisApisWords() {
    byte[] pdf = "%PDF-1.7 letter".getBytes(StandardCharsets.US_ASCII);
    var letter = CatchAllNotificationDocuments.checked("letter.pdf", "application/pdf", pdf);
    assertThat(letter.name()).isEqualTo("letter.pdf");
    assertThat(letter.sha256()).hasSize(64);
    assertThatThrownBy(() -> CatchAllNotificationDocuments.checked("a.png", "image/png", pdf))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("body", "the file is not a image/png file")));
    assertThatThrownBy(
            () -> CatchAllNotificationDocuments.checked(null, "application/pdf", new byte[0]))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("body", "the file is empty")));
  }

  @Test
  void namesAreMadeSafeOrMadeUpNeverRefused() {
    assertThat(CatchAllNotificationDocuments.safeName("../a\"b.pdf", "application/pdf"))
        .isEqualTo(".._a_b.pdf");
    assertThat(CatchAllNotificationDocuments.safeName(" ", "image/png")).isEqualTo("document.png");
    String longName = "x".repeat(300) + ".pdf";
    assertThat(CatchAllNotificationDocuments.safeName(longName, "application/pdf"))
        .hasSize(200)
        .endsWith(".pdf");
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00};
    assertThat(CatchAllNotificationDocuments.checked(longName, "image/jpeg", jpeg).name())
        .hasSize(200);
  }
}
