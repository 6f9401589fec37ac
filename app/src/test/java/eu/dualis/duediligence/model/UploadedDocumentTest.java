package eu.dualis.duediligence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UploadedDocumentTest {

  private static final UploadedDocument.Wording WORDS =
      new UploadedDocument.Wording("file", "empty", "too large", "not %s");
  private static final byte[] PDF = "%PDF-1.7 statement".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0};

  private static List<FieldProblem> problems(ThrowingCallable upload) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, upload);
    assertThat(refused).as("refused").isNotNull();
    return refused.problems();
  }

  @Test
  void pdfPngAndJpegAreAcceptedWithTheirFingerprint() {
    var pdf = UploadedDocument.of("eus.pdf", "Application/PDF; charset=x", PDF, WORDS);
    assertThat(pdf.name()).isEqualTo("eus.pdf");
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.size()).isEqualTo(PDF.length);
    assertThat(pdf.sha256())
        .isEqualTo("929cfd1b545bd602dcc919b1ce99c002c990c54dfb947ec11c6ca206295fd23b");
    assertThat(pdf.content()).isEqualTo(PDF);
    assertThat(UploadedDocument.of("scan.png", "image/png", PNG, WORDS).contentType())
        .isEqualTo("image/png");
    assertThat(UploadedDocument.of("scan.jpg", "image/jpeg", JPEG, WORDS).contentType())
        .isEqualTo("image/jpeg");
  }

  @Test
  void theDeclaredTypeMustBeAcceptedAndMatchTheFirstBytes() {
    assertThat(problems(() -> UploadedDocument.of("a.exe", "application/x-msdownload", PDF, WORDS)))
        .containsExactly(
            new FieldProblem(
                "contentType",
                "must be application/pdf, image/png or image/jpeg"
                    + " (got application/x-msdownload)"));
    // image/jpg is the notification API's own leniency, not a type every API takes.
    assertThat(problems(() -> UploadedDocument.of("a.jpg", "image/jpg", JPEG, WORDS)))
        .extracting(FieldProblem::field)
        .containsExactly("contentType");
    assertThat(problems(() -> UploadedDocument.of("a.png", "image/png", PDF, WORDS)))
        .containsExactly(new FieldProblem("file", "not image/png"));
    assertThat(
            problems(
                () -> UploadedDocument.of("a.pdf", "application/pdf", new byte[] {'%'}, WORDS)))
        .containsExactly(new FieldProblem("file", "not application/pdf"));
  }

  @Test
  void theContentIsNeitherEmptyNorOverTenMegabytes() {
    assertThat(problems(() -> UploadedDocument.of("a.pdf", "application/pdf", new byte[0], WORDS)))
        .containsExactly(new FieldProblem("file", "empty"));
    assertThat(problems(() -> UploadedDocument.of("a.pdf", "application/pdf", null, WORDS)))
        .containsExactly(new FieldProblem("file", "empty"));
    byte[] limit = new byte[UploadedDocument.MAX_BYTES];
    System.arraycopy(JPEG, 0, limit, 0, JPEG.length);
    assertThat(UploadedDocument.of("big.jpg", "image/jpeg", limit, WORDS).size())
        .isEqualTo(UploadedDocument.MAX_BYTES);
    byte[] over = new byte[UploadedDocument.MAX_BYTES + 1];
    System.arraycopy(JPEG, 0, over, 0, JPEG.length);
    assertThat(UploadedDocument.tooLarge(limit)).isFalse();
    assertThat(UploadedDocument.tooLarge(over)).isTrue();
    assertThat(problems(() -> UploadedDocument.of("big.jpg", "image/jpeg", over, WORDS)))
        .containsExactly(new FieldProblem("file", "too large"));
  }

  @Test
  void aBodyIsReadOnlyOneBytePastTheLimit() throws Exception {
    byte[] body = new byte[UploadedDocument.MAX_BYTES + 100];
    byte[] read = UploadedDocument.readCapped(new ByteArrayInputStream(body));
    assertThat(read).hasSize(UploadedDocument.MAX_BYTES + 1);
    assertThat(UploadedDocument.tooLarge(read)).isTrue();
    assertThat(UploadedDocument.readCapped(new ByteArrayInputStream(PDF))).isEqualTo(PDF);
  }

  @Test
  void theNameIsRequiredAndAtMost255CharactersAndEveryProblemIsListedAtOnce() {
    assertThat(UploadedDocument.of("x".repeat(255), "image/png", PNG, WORDS).name()).hasSize(255);
    assertThat(problems(() -> UploadedDocument.of("x".repeat(256), "image/png", PNG, WORDS)))
        .containsExactly(new FieldProblem("name", "is required, at most 255 characters"));
    assertThat(problems(() -> UploadedDocument.of(null, null, new byte[0], WORDS)))
        .extracting(FieldProblem::field)
        .containsExactly("name", "contentType", "file");
  }

  @Test
  void theFingerprintedBytesCannotBeChangedAfterwards() {
    byte[] sent = PDF.clone();
    var document = UploadedDocument.of("eus.pdf", "application/pdf", sent, WORDS);
    String sha256 = document.sha256();
    sent[6] = 'X';
    document.content()[6] = 'X';
    assertThat(document.content()).isEqualTo(PDF);
    assertThat(document.sha256()).isEqualTo(sha256);
  }

  @Test
  void parametersAndCaseOfTheDeclaredTypeDoNotMatter() {
    assertThat(UploadedDocument.mediaType(" IMAGE/PNG ; name=x")).isEqualTo("image/png");
    assertThat(UploadedDocument.mediaType(null)).isEmpty();
    assertThat(UploadedDocument.mediaType(";")).isEmpty();
  }
}
