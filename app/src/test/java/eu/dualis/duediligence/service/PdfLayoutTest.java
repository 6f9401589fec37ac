package eu.dualis.duediligence.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

  @Test
  void namesInAnyScriptAreWrittenLongTextWrapsOverPagesAndPagesAreNumbered() throws Exception {
    byte[] bytes;
    try (PdfLayout pdf = new PdfLayout()) {
      pdf.title("Due-diligence file");
      pdf.field("End user", "Общество «Сокол» — Ελληνική Εταιρεία");
      pdf.field("Unknown script", "漢字\u0007 ok");
      pdf.paragraph(
          "word ".repeat(3000)
              + "Averyveryveryveryveryveryveryveryveryveryveryveryvery"
              + "veryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword end");
      bytes = pdf.finish("footer");
    }
    try (var doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(text).contains("Общество «Сокол» — Ελληνική Εταιρεία");
      assertThat(text).contains("?? ok");
      assertThat(text).contains("page 1 of " + doc.getNumberOfPages());
      assertThat(text).contains(" end");
    }
  }
}
