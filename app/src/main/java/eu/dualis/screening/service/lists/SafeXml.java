package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ListFormatException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming pass over an XML list file that reads no DTD, expands no entity and fetches nothing.
 *
 * <p>A DOCTYPE is refused outright, whatever it declares: no list publisher sends one, and one is
 * how external entities and entity expansion ("billion laughs") get in. Entity references other
 * than the five of XML and character references are refused too. Every error says where it is:
 * "line 42, column 7".
 */
final class SafeXml implements AutoCloseable {

  /**
   * A record larger than this is no honest list entry; reading on would only exhaust the heap. (A
   * single text node is held whole by the JDK's parser before it is handed over; this limit is on
   * what a record gathers from many.)
   */
  static final int MAX_RECORD_CHARS = 8_000_000;

  private static final int ELEMENT_COST = 64;

  private final XMLStreamReader reader;

  private SafeXml(XMLStreamReader reader) {
    this.reader = reader;
  }

  /** Opens the file and moves to its root element, refusing a root other than the expected one. */
  static SafeXml openAtRoot(InputStream in, String rootName, String namespace, String format) {
    SafeXml xml;
    try {
      xml = new SafeXml(factory().createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
    if (!xml.nextStart()) {
      throw ListFormatException.at(xml.where(), "no root element: the file is empty");
    }
    String actual = xml.reader.getLocalName();
    String actualNamespace = xml.reader.getNamespaceURI();
    boolean namespaceOk = namespace == null || namespace.equals(actualNamespace);
    if (!rootName.equals(actual) || !namespaceOk) {
      throw ListFormatException.at(
          xml.where(),
          "root element is "
              + qualified(actualNamespace, actual)
              + ", expected "
              + qualified(namespace, rootName)
              + ": this is not "
              + format);
    }
    return xml;
  }

  /** A StAX factory of the JDK with DTDs, external entities and entity replacement off. */
  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLReporter(
        (message, errorType, relatedInformation, location) -> {
          // errors reach the caller as exceptions with their position; nothing goes to stderr
        });
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("refused to resolve " + systemId);
        });
    return factory;
  }

  /** The root's (or current start element's) attribute, "" when absent. */
  String attribute(String name) {
    return Text.clean(reader.getAttributeValue(null, name));
  }

  String localName() {
    return reader.getLocalName();
  }

  /** Moves to the next start element; false at the end of the document. */
  boolean nextStart() {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
    }
  }

  /** Reads the current element and everything in it, leaving the reader after its end tag. */
  XmlNode readNode() {
    Deque<Building> open = new ArrayDeque<>();
    open.push(start());
    long size = open.peek().size();
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          open.push(start());
          size = checked(size + open.peek().size(), open.getLast());
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          size = checked(size + reader.getTextLength(), open.getLast());
          open.peek().text.append(reader.getText());
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlNode done = open.pop().build();
          if (open.isEmpty()) {
            return done;
          }
          open.peek().children.add(done);
        }
        default -> {
          // comments and processing instructions carry no list data
        }
      }
    }
  }

  /**
   * Counts a record's text, attributes and elements (each as {@value #ELEMENT_COST} chars, so that
   * a flood of empty elements counts too) against {@link #MAX_RECORD_CHARS}.
   */
  private static long checked(long size, Building record) {
    if (size > MAX_RECORD_CHARS) {
      throw ListFormatException.at(
          record.where(),
          "record " + record.name + " is larger than " + MAX_RECORD_CHARS + " characters");
    }
    return size;
  }

  String where() {
    Location at = reader.getLocation();
    return where(at.getLineNumber(), at.getColumnNumber());
  }

  static String where(int line, int column) {
    return "line " + line + ", column " + column;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // the reader only held the caller's stream, which the caller closes
    }
  }

  private int next() {
    int event;
    try {
      event = reader.next();
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
    if (event == XMLStreamConstants.DTD) {
      throw ListFormatException.at(
          where(),
          "DOCTYPE refused: list files carry none, and DTDs and entity declarations are never"
              + " processed");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw ListFormatException.at(
          where(),
          "entity reference &"
              + reader.getLocalName()
              + "; refused: only the five XML entities and character references are accepted");
    }
    return event;
  }

  private Building start() {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    Location at = reader.getLocation();
    return new Building(
        reader.getLocalName(), attributes, at.getLineNumber(), at.getColumnNumber());
  }

  private static String qualified(String namespace, String name) {
    return namespace == null || namespace.isEmpty() ? name : "{" + namespace + "}" + name;
  }

  private static ListFormatException notWellFormed(XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "" : e.getMessage();
    int start = message.indexOf("Message: ");
    String reason = start >= 0 ? message.substring(start + "Message: ".length()) : message;
    String what = "not well-formed XML (truncated, damaged or not XML?): " + reason.strip();
    return ListFormatException.at(
        at == null ? "document" : where(at.getLineNumber(), at.getColumnNumber()), what);
  }

  /** An element whose end tag is still to come. */
  private static final class Building {
    private final String name;
    private final Map<String, String> attributes;
    private final int line;
    private final int column;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlNode> children = new ArrayList<>();

    Building(String name, Map<String, String> attributes, int line, int column) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.column = column;
    }

    String where() {
      return SafeXml.where(line, column);
    }

    long size() {
      long size = ELEMENT_COST;
      for (String value : attributes.values()) {
        size += value.length();
      }
      return size;
    }

    XmlNode build() {
      return new XmlNode(
          name, Map.copyOf(attributes), text.toString(), List.copyOf(children), line, column);
    }
  }
}
