package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.ParsedControlList;
import eu.dualis.classification.model.ParsedEntry;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Annex I out of the XHTML of Regulation (EU) 2021/821 as EUR-Lex publishes it, in one
 * streaming pass.
 *
 * <p>Two markups are known (no real file of this act was at hand; see DESIGN.md): the consolidated
 * text, where Annex I starts at {@code <p class="title-annex-1">ANNEX I</p>} and its content is in
 * tables ({@code tbl-norm}) or grid lists ({@code grid-list-column-1} marker, {@code
 * grid-list-column-2} text); and the Official Journal text, where it starts at {@code <p
 * class="oj-doc-ti">ANNEX I</p>} with tables of {@code oj-tbl-txt} or {@code oj-normal} cells.
 * Annex I ends at the next annex title ("ANNEX II"): the class {@code title-annex-2} is the
 * subtitle of an annex ("LIST OF DUAL-USE ITEMS ..."), so it ends Annex I only when it reads
 * "ANNEX" and another number. The entries come from {@link AnnexOneTreeBuilder}, which does not
 * depend on the markup.
 *
 * <p>The version comes from the reference line ({@code 02021R0821 — EN — 15.11.2025 — 006.001}),
 * else from the page title ({@code Consolidated TEXT: 32021R0821 — EN — 15.11.2025}), else, for an
 * Official Journal text, from the act's number in its title (then without a date).
 */
public final class EurLexXhtmlParser {

  private static final Pattern CELEX_AND_DATE =
      Pattern.compile(
          "([03][0-9]{4}[A-Z][0-9]{4})\\s*[—–-]+\\s*[A-Z]{2}\\s*[—–-]+\\s*"
              + "([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})");
  private static final Pattern ACT_NUMBER =
      Pattern.compile("(?i)regulation\\s*\\((?:EU|EC|EEC|Euratom)\\)\\s*(?:No\\s*)?(\\d+)/(\\d+)");
  private static final Pattern ANNEX_TITLE = Pattern.compile("(?i)annex\\s+([IVXLC]+[a-z]?)\\b.*");

  private enum Phase {
    BEFORE_ANNEX_I,
    IN_ANNEX_I,
    AFTER_ANNEX_I
  }

  /** Reads one document; the parser keeps no state between calls. */
  public ParsedControlList parse(InputStream xhtml) {
    Reading reading = new Reading();
    XhtmlBlockReader.read(xhtml, reading::accept);
    return reading.result();
  }

  /** The state of one pass over a document. */
  private static final class Reading {
    private final AnnexOneTreeBuilder tree = new AnnexOneTreeBuilder();
    private final List<String> actTitle = new ArrayList<>();
    private Phase phase = Phase.BEFORE_ANNEX_I;
    private String pageTitle;
    private String reference;
    private String ojTitle;
    private XhtmlBlock annexStart;

    void accept(XhtmlBlock block) {
      String text = LegalText.clean(block.text());
      if (text.isEmpty() || phase == Phase.AFTER_ANNEX_I) {
        return;
      }
      Optional<String> annex = annexNumber(block, text);
      if (phase == Phase.BEFORE_ANNEX_I) {
        if (annex.filter("I"::equals).isPresent()) {
          phase = Phase.IN_ANNEX_I;
          annexStart = block;
        } else {
          readHeader(block, text);
        }
      } else if (annex.isPresent() && !"I".equals(annex.get())) {
        phase = Phase.AFTER_ANNEX_I;
      } else {
        tree.accept(text, isHeading(block), block.depth(), block.line(), block.column());
      }
    }

    private void readHeader(XhtmlBlock block, String text) {
      if ("title".equals(block.element()) && pageTitle == null) {
        pageTitle = text;
      } else if (block.hasClass("reference") && reference == null) {
        reference = text;
      } else if (block.hasClass("title-doc-first") || block.hasClass("title-doc-last")) {
        actTitle.add(text);
      } else if (block.hasClass("oj-doc-ti") && ojTitle == null) {
        ojTitle = text;
      }
    }

    ParsedControlList result() {
      if (annexStart == null) {
        throw ControlListFormatException.at(
            "document",
            "no Annex I found: expected a paragraph of class title-annex-1 (consolidated text) or"
                + " oj-doc-ti (Official Journal) reading \"ANNEX I\"");
      }
      List<ParsedEntry> entries = tree.finish();
      if (entries.isEmpty()) {
        throw ControlListFormatException.atLineColumn(
            annexStart.line(),
            annexStart.column(),
            "Annex I starts here, but no entry code (such as 5A002) follows it");
      }
      Optional<Matcher> version =
          firstMatch(CELEX_AND_DATE, reference).or(() -> firstMatch(CELEX_AND_DATE, pageTitle));
      String sourceId;
      LocalDate date = null;
      if (version.isPresent()) {
        Matcher m = version.get();
        date =
            LocalDate.of(
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)));
        // A dated text is a consolidated version: CELEX sector 0 and the date, 02021R0821-20251115.
        sourceId = "0" + m.group(1).substring(1) + "-" + date.toString().replace("-", "");
      } else {
        sourceId =
            firstMatch(ACT_NUMBER, ojTitle)
                .or(() -> firstMatch(ACT_NUMBER, pageTitle))
                .map(EurLexXhtmlParser::celexOfRegulation)
                .orElseThrow(
                    () ->
                        ControlListFormatException.at(
                            "document",
                            "cannot tell which act and version this is: no reference line"
                                + " (\"02021R0821 — EN — 15.11.2025 — ...\") and no act number"
                                + " in the title"));
      }
      String title =
          !actTitle.isEmpty()
              ? String.join(" ", actTitle)
              : Optional.ofNullable(ojTitle)
                  .or(() -> Optional.ofNullable(pageTitle))
                  .orElse(sourceId);
      return new ParsedControlList(sourceId, title, date, entries);
    }
  }

  /** "ANNEX II" → "II" for a block that is an annex title, else empty. */
  private static Optional<String> annexNumber(XhtmlBlock block, String text) {
    boolean annexTitle =
        block.hasClass("title-annex-1")
            || block.hasClass("title-annex-2")
            || block.hasClass("oj-doc-ti")
            || block.hasClass("doc-ti");
    Matcher m = ANNEX_TITLE.matcher(text);
    return annexTitle && m.matches() ? Optional.of(m.group(1).toUpperCase()) : Optional.empty();
  }

  /** Titles of parts, categories and groups end the entry before them. */
  private static boolean isHeading(XhtmlBlock block) {
    return block.hasClassStartingWith("title-")
        || block.hasClassStartingWith("oj-ti-")
        || block.hasClass("oj-doc-ti")
        || block.element().matches("h[1-6]");
  }

  private static Optional<Matcher> firstMatch(Pattern pattern, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /**
   * The CELEX number of a regulation from its number as written: "2021/821" (year first since 2015)
   * or "428/2009" (number first before): 32021R0821, 32009R0428.
   */
  private static String celexOfRegulation(Matcher m) {
    String first = m.group(1);
    String second = m.group(2);
    boolean yearFirst = first.length() == 4 && (first.startsWith("19") || first.startsWith("20"));
    String year = yearFirst ? first : second;
    String number = yearFirst ? second : first;
    return "3" + year + "R" + "0".repeat(Math.max(0, 4 - number.length())) + number;
  }
}
