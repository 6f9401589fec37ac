package eu.dualis.duediligence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatchAllNotificationDocumentsTest {

  @Test
  void onlyPdfPngAndJpegAreAccepted() {
    assertThat(CatchAllNotificationDocuments.acceptedType("application/pdf; charset=x"))
        .contains("application/pdf");
    assertThat(CatchAllNotificationDocuments.acceptedType("IMAGE/JPG")).contains("image/jpeg");
    assertThat(CatchAllNotificationDocuments.acceptedType("text/plain")).isEmpty();
    assertThat(CatchAllNotificationDocuments.acceptedType(null)).isEmpty();
  }

  @Test
  void theContentMustBeWhatItsTypeSays() {
    byte[] pdf = "%PDF-1.7 letter".getBytes(StandardCharsets.US_ASCII);
    CatchAllNotificationDocuments.requireContentOfType("application/pdf", pdf);
    assertThatThrownBy(() -> CatchAllNotificationDocuments.requireContentOfType("image/png", pdf))
        .hasMessageContaining("body");
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00};
    CatchAllNotificationDocuments.requireContentOfType("image/jpeg", jpeg);
    assertThatThrownBy(
            () ->
                CatchAllNotificationDocuments.requireContentOfType("application/pdf", new byte[0]))
        .hasMessageContaining("empty");
  }

  @Test
  void theFingerprintIsSha256AndNamesAreMadeSafe() {
    assertThat(CatchAllNotificationDocuments.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(CatchAllNotificationDocuments.safeName("../a\"b.pdf", "application/pdf"))
        .isEqualTo(".._a_b.pdf");
    assertThat(CatchAllNotificationDocuments.safeName(" ", "image/png")).isEqualTo("document.png");
  }
}
