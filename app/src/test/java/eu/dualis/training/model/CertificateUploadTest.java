package eu.dualis.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dualis.platform.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CertificateUploadTest {

  private static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aPdfIsKeptWithItsHashAndASafeName() {
    CertificateUpload u =
        CertificateUpload.of("..\\c:/tmp/cert\".pdf", "application/pdf; x=y", PDF);
    assertThat(u.name()).isEqualTo("cert_.pdf");
    assertThat(u.contentType()).isEqualTo("application/pdf");
    assertThat(u.sha256()).hasSize(64).isEqualTo(CertificateUpload.sha256(PDF));
  }

  @Test
  void bytesThatAreNotTheDeclaredTypeAreRefused() {
    var e =
        catchThrowableOfType(
            () -> CertificateUpload.of("c.png", "image/png", PDF), InvalidInputException.class);
    assertThat(e.problems()).extracting(p -> p.field()).containsExactly("content");
  }

  @Test
  void otherTypesEmptyAndTooLargeAreRefused() {
    assertThat(
            catchThrowableOfType(
                    () -> CertificateUpload.of("", "text/plain", new byte[0]),
                    InvalidInputException.class)
                .problems())
        .extracting(p -> p.field())
        .containsExactly("filename", "contentType", "content");
    byte[] big = new byte[CertificateUpload.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(
            catchThrowableOfType(
                    () -> CertificateUpload.of("c.pdf", "application/pdf", big),
                    InvalidInputException.class)
                .getMessage())
        .contains("at most 10 MB");
  }
}
