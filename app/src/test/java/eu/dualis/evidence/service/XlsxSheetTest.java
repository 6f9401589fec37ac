package eu.dualis.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxSheetTest {

  private static final List<String> PARTS =
      List.of(
          "[Content_Types].xml",
          "_rels/.rels",
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
          "xl/worksheets/sheet1.xml");

  @Test
  void writesTheFivePartsWithNeutralisedEscapedAndCleanedCells() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XlsxSheet sheet = new XlsxSheet(bytes, "screenings")) {
      sheet.row(List.of("id", "name", "note"));
      sheet.row(List.of("1", "=1+1", "Smith & Sons <Ltd>"));
      sheet.row(Arrays.asList("2", null, "bell\u0007here\u0000"));
    }

    Map<String, byte[]> parts = unzip(bytes.toByteArray());
    assertThat(parts).containsOnlyKeys(PARTS);
    for (String part : PARTS) {
      parse(parts.get(part)); // each part is well-formed XML
    }
    assertThat(new String(parts.get("xl/workbook.xml"), "UTF-8")).contains("name=\"screenings\"");

    Document doc = parse(parts.get("xl/worksheets/sheet1.xml"));
    Map<String, String> cells = new HashMap<>();
    NodeList cs = doc.getElementsByTagName("c");
    for (int i = 0; i < cs.getLength(); i++) {
      Element c = (Element) cs.item(i);
      assertThat(c.getAttribute("t")).isEqualTo("inlineStr");
      cells.put(c.getAttribute("r"), c.getTextContent());
    }
    assertThat(cells)
        .containsEntry("A1", "id")
        .containsEntry("B1", "name")
        .containsEntry("C1", "note")
        .containsEntry("B2", "'=1+1")
        .containsEntry("C2", "Smith & Sons <Ltd>")
        .containsEntry("A3", "2")
        .containsEntry("C3", "bellhere")
        .doesNotContainKey("B3");
    assertThat(doc.getElementsByTagName("row").getLength()).isEqualTo(3);
  }

  @Test
  void theCallersStreamStaysOpenAndAnEmptySheetIsValid() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new XlsxSheet(bytes, "empty").close();
    bytes.write('x'); // still open
    byte[] zip = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 1);
    Document doc = parse(unzip(zip).get("xl/worksheets/sheet1.xml"));
    assertThat(doc.getElementsByTagName("sheetData").getLength()).isEqualTo(1);
  }

  @Test
  void aRowAfterCloseIsRefused() throws IOException {
    XlsxSheet sheet = new XlsxSheet(new ByteArrayOutputStream(), "s");
    sheet.close();
    assertThatThrownBy(() -> sheet.row(List.of("a"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void columnsGoPastZ() {
    assertThat(XlsxSheet.column(0)).isEqualTo("A");
    assertThat(XlsxSheet.column(25)).isEqualTo("Z");
    assertThat(XlsxSheet.column(26)).isEqualTo("AA");
    assertThat(XlsxSheet.column(701)).isEqualTo("ZZ");
    assertThat(XlsxSheet.column(702)).isEqualTo("AAA");
  }

  @Test
  void textKeepsPairsAndLineBreaksAndDropsWhatXmlForbids() {
    assertThat(XlsxSheet.text("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
    assertThat(XlsxSheet.text("x\uD83D\uDE00y")).isEqualTo("x\uD83D\uDE00y");
    assertThat(XlsxSheet.text("x\uD83Dy\uFFFE\uFFFF\u001F")).isEqualTo("xy");
    assertThat(XlsxSheet.escape("a\rb")).isEqualTo("a&#13;b");
    assertThat(XlsxSheet.text("a".repeat(XlsxSheet.MAX_CELL + 5))).hasSize(XlsxSheet.MAX_CELL);
    String pairAtTheEnd = "a".repeat(XlsxSheet.MAX_CELL - 1) + "\uD83D\uDE00";
    assertThat(XlsxSheet.text(pairAtTheEnd)).hasSize(XlsxSheet.MAX_CELL - 1);
  }

  @Test
  void sheetNamesAreOnesExcelAccepts() {
    assertThat(XlsxSheet.sheetName("a/b:c")).isEqualTo("a_b_c");
    assertThat(XlsxSheet.sheetName("x".repeat(40))).hasSize(31);
    assertThat(XlsxSheet.sheetName("")).isEqualTo("Sheet1");
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    List<String> order = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        order.add(e.getName());
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(order).first().isEqualTo("[Content_Types].xml");
    return parts;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
