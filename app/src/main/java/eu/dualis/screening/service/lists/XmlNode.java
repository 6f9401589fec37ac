package eu.dualis.screening.service.lists;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of an XML list, read whole: a sanction entity, an individual, an SDN entry. Only ever
 * one record is held, never the file.
 *
 * @param text the element's own text, as written (children's text is theirs)
 * @param line where the element starts, as the parser counts (from 1)
 */
record XmlNode(
    String name,
    Map<String, String> attributes,
    String text,
    List<XmlNode> children,
    int line,
    int column) {

  /** The attribute without surrounding whitespace, "" when absent. */
  String attribute(String attribute) {
    return Text.clean(attributes.get(attribute));
  }

  Optional<XmlNode> child(String child) {
    return children.stream().filter(c -> c.name().equals(child)).findFirst();
  }

  List<XmlNode> children(String child) {
    return children.stream().filter(c -> c.name().equals(child)).toList();
  }

  /** The cleaned text of the first such child, "" when there is none. */
  String childText(String child) {
    return child(child).map(c -> Text.clean(c.text())).orElse("");
  }

  /** The children named {@code item} of the first {@code list} child, as in a VALUE list. */
  List<XmlNode> listItems(String list, String item) {
    return child(list).map(l -> l.children(item)).orElse(List.of());
  }

  /** The cleaned, non-empty texts of {@link #listItems}. */
  List<String> listTexts(String list, String item) {
    return listItems(list, item).stream()
        .map(c -> Text.clean(c.text()))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  String where() {
    return SafeXml.where(line, column);
  }
}
