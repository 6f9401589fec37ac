package eu.dualis.duediligence.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes text top-down on A4 pages: headings, wrapped paragraphs, new pages as needed, and "page i
 * of n" on every page at the end. One embedded Unicode font, so a name in any script it covers is
 * written; what it lacks becomes "?" instead of an exception. Public: the evidence pack writes its
 * PDF with it too.
 */
public final class PdfLayout implements AutoCloseable {

  private static final String FONT = "/eu/dualis/duediligence/fonts/DejaVuSans.ttf";
  private static final float MARGIN = 50;
  private static final float BODY = 10;
  private static final float HEADING = 13;
  private static final float TITLE = 17;
  private static final float LEADING = 1.35f;

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private final Map<Integer, Boolean> printable = new HashMap<>();
  private PDPageContentStream stream;
  private float y;

  public PdfLayout() {
    try (InputStream in = PdfLayout.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException(FONT + " is missing from the application");
      }
      font = PDType0Font.load(document, in);
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void title(String text) {
    write(text, TITLE, 0);
    space(6);
  }

  public void heading(String text) {
    space(8);
    if (y - HEADING * 3 < MARGIN) {
      newPage();
    }
    write(text, HEADING, 0);
    space(2);
  }

  public void field(String label, String value) {
    write(label + ": " + (value == null || value.isBlank() ? "—" : value), BODY, 0);
  }

  public void paragraph(String text) {
    write(text == null || text.isBlank() ? "—" : text, BODY, 0);
  }

  public void indented(String text) {
    write(text == null || text.isBlank() ? "—" : text, BODY, 14);
  }

  public void space(float points) {
    y -= points;
  }

  /** The finished document, with page numbers. */
  public byte[] finish(String footer) {
    try {
      stream.close();
      int count = document.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        PDPage page = document.getPage(i);
        try (var s =
            new PDPageContentStream(
                document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          s.beginText();
          s.setFont(font, 8);
          s.newLineAtOffset(MARGIN, MARGIN / 2);
          s.showText(printableOnly(footer + " — page " + (i + 1) + " of " + count));
          s.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String text, float size, float indent) {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
    try {
      for (String paragraph : printableOnly(text).split("\n", -1)) {
        for (String line : wrap(paragraph, size, width)) {
          if (y - size * LEADING < MARGIN) {
            newPage();
          }
          y -= size * LEADING;
          stream.beginText();
          stream.setFont(font, size);
          stream.newLineAtOffset(MARGIN + indent, y);
          stream.showText(line);
          stream.endText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Breaks at spaces; a word wider than the line is broken where it must be. */
  private List<String> wrap(String text, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(rest, size) > width) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(rest.substring(0, cut), size) > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  private float width(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Tabs as spaces, other controls dropped, characters the font lacks as "?". */
  private String printableOnly(String text) {
    StringBuilder out = new StringBuilder();
    text.replace("\r\n", "\n")
        .replace('\t', ' ')
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                out.append('\n');
              } else if (!Character.isISOControl(cp)) {
                out.append(
                    printable.computeIfAbsent(cp, this::hasGlyph) ? Character.toString(cp) : "?");
              }
            });
    return out.toString();
  }

  private boolean hasGlyph(int codePoint) {
    try {
      font.encode(Character.toString(codePoint));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private void newPage() {
    try {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
