package eu.dualis.classification.service;

import java.util.Arrays;

/**
 * The text of one block of an XHTML document (a paragraph, a table cell, a division), with its
 * inline markup flattened, and where the block starts.
 *
 * @param element the local name of the block element ({@code p}, {@code td}, {@code div} ...)
 * @param cssClass its {@code class} attribute, empty when it has none
 * @param text the text as written, white space not yet normalised
 * @param depth how many tables and grid lists ({@code class="grid-list"}) enclose the block: a
 *     sub-item's list is nested one deeper than the text of the item it belongs to
 * @param line line of the block's start tag, from 1
 * @param column column just after the block's start tag, from 1
 */
record XhtmlBlock(String element, String cssClass, String text, int depth, int line, int column) {

  /** True when the class attribute lists {@code name} among its classes. */
  boolean hasClass(String name) {
    return Arrays.asList(cssClass.trim().split("\\s+")).contains(name);
  }

  /** True when one of the classes starts with {@code prefix}. */
  boolean hasClassStartingWith(String prefix) {
    return Arrays.stream(cssClass.trim().split("\\s+")).anyMatch(c -> c.startsWith(prefix));
  }
}
