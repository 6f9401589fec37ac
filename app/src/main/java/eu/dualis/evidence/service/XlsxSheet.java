package eu.dualis.evidence.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML workbook with one sheet, written row by row so a table of any length
 * never sits in the heap. Written by hand rather than with a spreadsheet library to keep the
 * application's dependencies as they are: five parts, every cell an inline string, no styles and no
 * shared-string table (which would have to be held until the end).
 *
 * <p>Cells go through {@link CsvCells#neutralised} as in the CSV annex, so both files of an annex
 * say the same and a cell copied out of the sheet into a formula bar is still text. Characters XML
 * 1.0 does not allow are dropped (a parser would reject the whole part otherwise), and a cell is
 * cut at Excel's 32,767 characters, beyond which Excel refuses the file; the CSV keeps it whole.
 *
 * <p>{@link #close()} finishes the workbook but leaves the given stream open, so the caller decides
 * where the bytes go.
 */
public final class XlsxSheet implements AutoCloseable {

  /** Excel's limits: characters in a cell, rows in a sheet, characters in a sheet name. */
  static final int MAX_CELL = 32_767;

  static final int MAX_ROWS = 1_048_576;
  private static final int MAX_NAME = 31;

  static final String SHEET = "xl/worksheets/sheet1.xml";

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String PACKAGE_RELS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final ZipOutputStream zip;
  private final Writer xml;
  private int rows;
  private boolean closed;

  /**
   * Writes the fixed parts and opens the sheet.
   *
   * @param name the sheet's tab name; characters Excel refuses in it become {@code _}
   */
  public XlsxSheet(OutputStream out, String name) throws IOException {
    this.zip =
        new ZipOutputStream(
            new OutputStream() {
              // keeps the caller's stream open when the workbook is finished
              @Override
              public void write(int b) throws IOException {
                out.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void flush() throws IOException {
                out.flush();
              }
            },
            StandardCharsets.UTF_8);
    part(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/"
            + SHEET
            + "\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>");
    part(
        "_rels/.rels",
        "<Relationships xmlns=\""
            + PACKAGE_RELS
            + "\"><Relationship Id=\"rId1\" Type=\""
            + DOC_RELS
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    part(
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + MAIN
            + "\" xmlns:r=\""
            + DOC_RELS
            + "\"><sheets><sheet name=\""
            + escape(sheetName(name))
            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    part(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\""
            + PACKAGE_RELS
            + "\"><Relationship Id=\"rId1\" Type=\""
            + DOC_RELS
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    zip.putNextEntry(new ZipEntry(SHEET));
    xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
    xml.write(HEAD);
    xml.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>\n");
  }

  /** Appends one row; a null or empty cell is left out, as Excel itself does. */
  public void row(List<String> cells) throws IOException {
    if (closed) {
      throw new IllegalStateException("The workbook is finished");
    }
    if (rows == MAX_ROWS) {
      // failing beats a file Excel will not open or one that silently lacks rows
      throw new IllegalStateException("A sheet holds at most " + MAX_ROWS + " rows");
    }
    int r = ++rows;
    xml.write("<row r=\"" + r + "\">");
    for (int i = 0; i < cells.size(); i++) {
      String text = text(CsvCells.neutralised(cells.get(i)));
      if (text.isEmpty()) {
        continue;
      }
      xml.write("<c r=\"");
      xml.write(column(i));
      xml.write(Integer.toString(r));
      xml.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
      xml.write(escape(text));
      xml.write("</t></is></c>");
    }
    xml.write("</row>\n");
  }

  /** Ends the sheet and writes the ZIP directory; the given stream stays open. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    xml.write("</sheetData></worksheet>\n");
    xml.flush();
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  private void part(String path, String body) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write((HEAD + body).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** The column letters of a 0-based index: A … Z, AA, AB, … */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * The cell without the characters XML 1.0 forbids (controls other than tab, LF and CR, lone
   * surrogates, U+FFFE and U+FFFF), cut at {@link #MAX_CELL} without splitting a surrogate pair.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_CELL));
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int len = Character.charCount(cp);
      i += len;
      boolean allowed =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || cp >= 0x10000;
      if (!allowed) {
        continue;
      }
      if (out.length() + len > MAX_CELL) {
        break;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /**
   * Escapes for element text and attribute values. CR is written as a reference because a parser
   * would otherwise turn it into LF; {@code >} is escaped so {@code ]]>} never appears raw.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A tab name Excel accepts: no {@code []:*?/\}, 1 to 31 characters. */
  static String sheetName(String name) {
    String s = text(name == null ? "" : name).replaceAll("[\\[\\]:*?/\\\\]", "_");
    if (s.length() > MAX_NAME) {
      s = s.substring(0, MAX_NAME);
    }
    return s.isBlank() ? "Sheet1" : s;
  }
}
