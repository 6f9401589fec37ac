package eu.dualis.classification.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.classification.model.ControlListFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The fixtures of src/test/resources/controllist and small documents written in the tests. */
final class ControlListFixtures {

  private ControlListFixtures() {}

  static InputStream fixture(String name) {
    InputStream in = ControlListFixtures.class.getResourceAsStream("/controllist/" + name);
    assertThat(in).as("fixture " + name).isNotNull();
    return in;
  }

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The exception a parse raises; fails when it raises another or accepts the file. */
  static ControlListFormatException refusal(ThrowingCallable parse) {
    try {
      parse.call();
    } catch (ControlListFormatException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected a ControlListFormatException", t);
    }
    throw new AssertionError("expected a ControlListFormatException, the file was accepted");
  }

  /**
   * A consolidated-text page: XML declaration (line 1), {@code doctype} (if not empty, ending in a
   * line break), the head and reference line, "ANNEX I" on the next line, then {@code annex}.
   */
  static String page(String doctype, String annex) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + doctype
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Consolidated TEXT: 32021R0821"
        + " — EN — 15.11.2025</title></head><body>\n"
        + "<p class=\"reference\">02021R0821 — EN — 15.11.2025 — 006.001</p>\n"
        + "<p class=\"title-annex-1\">ANNEX I</p>\n"
        + annex
        + "\n</body></html>\n";
  }

  /** A table row of a marker (or code) cell and a text cell, on a line of its own. */
  static String row(String marker, String text) {
    return "<tr><td><p class=\"tbl-norm\">"
        + marker
        + "</p></td><td><p class=\"tbl-norm\">"
        + text
        + "</p></td></tr>\n";
  }
}
