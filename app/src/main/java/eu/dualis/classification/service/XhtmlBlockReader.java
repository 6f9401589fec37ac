package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListFormatException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XHTML document as its text blocks, in document order, without building a tree: the
 * consolidated Annex I runs to thousands of table cells.
 *
 * <p>Every element that is not inline markup ({@code span}, {@code a}, {@code sup} ...) is a block:
 * text inside it is one block, cut where a nested block starts or ends. Superscripts are written
 * with a caret ({@code 10^9}), because a flattened "109" would change a threshold. Script and style
 * contents are skipped. The document is read to its end even when the caller needs only a part, so
 * that a truncated file is always noticed.
 *
 * <p>Security: see {@link XhtmlDoctype}; the factory below reads no DTD and resolves nothing.
 */
final class XhtmlBlockReader {

  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em",
          "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
          "strong", "sub", "sup", "time", "tt", "u", "var");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");

  private record Open(
      String element, String cssClass, boolean block, int depth, int line, int column) {}

  private final Consumer<XhtmlBlock> sink;
  private final Deque<Open> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private Open owner;
  private int skipped;
  private boolean standardDoctype;

  private XhtmlBlockReader(Consumer<XhtmlBlock> sink) {
    this.sink = sink;
  }

  /** Reads the whole document, passing each block to {@code sink} as soon as it is complete. */
  static void read(InputStream in, Consumer<XhtmlBlock> sink) {
    new XhtmlBlockReader(sink).readAll(in);
  }

  /** A StAX factory that processes no DTD, expands no entity and fetches nothing. */
  static XMLInputFactory secureFactory() {
    // The JDK's own implementation, whatever else the class path offers: its behaviour with these
    // settings is the one the tests pin down.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("refused to resolve " + systemId);
        });
    return factory;
  }

  private void readAll(InputStream in) {
    XMLStreamReader reader = null;
    try {
      reader = secureFactory().createXMLStreamReader(in);
      while (reader.hasNext()) {
        handle(reader, reader.next());
      }
      flush();
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    } finally {
      close(reader);
    }
  }

  private void handle(XMLStreamReader r, int event) {
    switch (event) {
      case XMLStreamConstants.DTD -> doctype(r);
      case XMLStreamConstants.START_ELEMENT -> start(r);
      case XMLStreamConstants.END_ELEMENT -> end();
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
          characters(r.getText());
      case XMLStreamConstants.ENTITY_REFERENCE -> entity(r);
      default -> {
        // comments, processing instructions, the document's start and end: no text of the act
      }
    }
  }

  private void doctype(XMLStreamReader r) {
    if (!XhtmlDoctype.isStandard(r.getText())) {
      throw refused(
          r.getLocation(),
          "DOCTYPE refused: only the standard XHTML DOCTYPE is accepted, without internal subset;"
              + " DTDs and entity declarations are never processed");
    }
    standardDoctype = true;
  }

  private void entity(XMLStreamReader r) {
    String name = r.getLocalName();
    String replacement = standardDoctype ? XhtmlDoctype.xhtmlEntity(name).orElse(null) : null;
    if (replacement == null) {
      throw refused(
          r.getLocation(),
          "entity reference &"
              + name
              + "; refused: only character references and, behind the"
              + " standard XHTML DOCTYPE, the common XHTML entities are accepted");
    }
    characters(replacement);
  }

  private void start(XMLStreamReader r) {
    String element = r.getLocalName();
    if (skipped > 0 || SKIPPED.contains(element)) {
      skipped++;
      return;
    }
    String cssClass = r.getAttributeValue(null, "class");
    Location at = r.getLocation();
    boolean block = !INLINE.contains(element) && !"br".equals(element);
    if (block) {
      flush();
    }
    String classes = cssClass == null ? "" : cssClass;
    boolean list =
        "table".equals(element) || Arrays.asList(classes.split("\\s+")).contains("grid-list");
    int depth = (open.isEmpty() ? 0 : open.peek().depth()) + (list ? 1 : 0);
    open.push(new Open(element, classes, block, depth, at.getLineNumber(), at.getColumnNumber()));
    if ("br".equals(element)) {
      characters(" ");
    } else if ("sup".equals(element) || (cssClass != null && cssClass.contains("superscript"))) {
      characters("^");
    }
  }

  private void end() {
    if (skipped > 0) {
      skipped--;
      return;
    }
    Open closed = open.pop();
    if (closed.block()) {
      flush();
    }
  }

  private void characters(String chars) {
    if (skipped > 0 || chars == null || (text.length() == 0 && chars.isBlank())) {
      return;
    }
    if (owner == null) {
      owner = open.stream().filter(Open::block).findFirst().orElse(null);
    }
    text.append(chars);
  }

  private void flush() {
    if (owner != null && !text.toString().isBlank()) {
      sink.accept(
          new XhtmlBlock(
              owner.element(),
              owner.cssClass(),
              text.toString(),
              owner.depth(),
              owner.line(),
              owner.column()));
    }
    text.setLength(0);
    owner = null;
  }

  private static ControlListFormatException refused(Location at, String what) {
    return ControlListFormatException.atLineColumn(at.getLineNumber(), at.getColumnNumber(), what);
  }

  private static ControlListFormatException notWellFormed(XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "" : e.getMessage();
    int start = message.indexOf("Message: ");
    String reason = start >= 0 ? message.substring(start + "Message: ".length()) : message;
    String what = "not well-formed XHTML (truncated or damaged file?): " + reason.strip();
    return at == null ? ControlListFormatException.at("document", what) : refused(at, what);
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing was written; the reader only held the caller's stream, which the caller closes
      }
    }
  }
}
