package eu.dualis.classification.service;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an imported XHTML document may declare, and the only entities it may use.
 *
 * <p>DTDs are never read: the parser runs with DTD support and external entities off and resolves
 * nothing. A document may still carry a DOCTYPE; EUR-Lex XHTML has at most the standard one of the
 * W3C. That one is accepted and skipped unread: a DOCTYPE naming {@code html} with a W3C XHTML
 * public identifier and a {@code www.w3.org} system identifier, or with no identifier at all, and
 * without an internal subset. Any other DOCTYPE, and any internal subset (where entities would be
 * declared), is refused.
 *
 * <p>Because the DTD is not read, the named entities of XHTML ({@code &nbsp;}) are not declared.
 * Behind the standard DOCTYPE the common ones are replaced from the fixed table below; nothing the
 * document declares is ever expanded. Any other entity reference is refused.
 */
final class XhtmlDoctype {

  private static final String W3C_XHTML_DTD =
      "(?:PUBLIC\\s+([\"'])-//W3C//DTD XHTML[ +\\w.-]*//EN\\1\\s+([\"'])https?://www\\.w3\\.org/"
          + "[\\w./-]+\\.dtd\\2)";
  private static final Pattern STANDARD =
      Pattern.compile("<!DOCTYPE\\s+html(?:\\s+" + W3C_XHTML_DTD + ")?\\s*>");

  private static final Map<String, String> XHTML_ENTITIES =
      Map.ofEntries(
          Map.entry("nbsp", "\u00A0"),
          Map.entry("ensp", "\u2002"),
          Map.entry("emsp", "\u2003"),
          Map.entry("thinsp", "\u2009"),
          Map.entry("shy", "\u00AD"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("sbquo", "\u201A"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("bdquo", "\u201E"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("hellip", "\u2026"),
          Map.entry("bull", "\u2022"),
          Map.entry("middot", "\u00B7"),
          Map.entry("sect", "\u00A7"),
          Map.entry("para", "\u00B6"),
          Map.entry("deg", "\u00B0"),
          Map.entry("plusmn", "\u00B1"),
          Map.entry("times", "\u00D7"),
          Map.entry("divide", "\u00F7"),
          Map.entry("minus", "\u2212"),
          Map.entry("le", "\u2264"),
          Map.entry("ge", "\u2265"),
          Map.entry("ne", "\u2260"),
          Map.entry("asymp", "\u2248"),
          Map.entry("infin", "\u221E"),
          Map.entry("radic", "\u221A"),
          Map.entry("permil", "\u2030"),
          Map.entry("prime", "\u2032"),
          Map.entry("Prime", "\u2033"),
          Map.entry("micro", "\u00B5"),
          Map.entry("sup1", "\u00B9"),
          Map.entry("sup2", "\u00B2"),
          Map.entry("sup3", "\u00B3"),
          Map.entry("frac12", "\u00BD"),
          Map.entry("frac14", "\u00BC"),
          Map.entry("frac34", "\u00BE"),
          Map.entry("alpha", "\u03B1"),
          Map.entry("beta", "\u03B2"),
          Map.entry("gamma", "\u03B3"),
          Map.entry("delta", "\u03B4"),
          Map.entry("Delta", "\u0394"),
          Map.entry("theta", "\u03B8"),
          Map.entry("lambda", "\u03BB"),
          Map.entry("mu", "\u03BC"),
          Map.entry("pi", "\u03C0"),
          Map.entry("sigma", "\u03C3"),
          Map.entry("Omega", "\u03A9"),
          Map.entry("omega", "\u03C9"),
          Map.entry("larr", "\u2190"),
          Map.entry("rarr", "\u2192"),
          Map.entry("euro", "\u20AC"),
          Map.entry("copy", "\u00A9"),
          Map.entry("reg", "\u00AE"),
          Map.entry("trade", "\u2122"),
          Map.entry("aacute", "\u00E1"),
          Map.entry("eacute", "\u00E9"),
          Map.entry("egrave", "\u00E8"),
          Map.entry("iacute", "\u00ED"),
          Map.entry("oacute", "\u00F3"),
          Map.entry("ccedil", "\u00E7"),
          Map.entry("auml", "\u00E4"),
          Map.entry("ouml", "\u00F6"),
          Map.entry("uuml", "\u00FC"),
          Map.entry("szlig", "\u00DF"));

  private XhtmlDoctype() {}

  /** True for the standard XHTML DOCTYPE as the class comment describes it. */
  static boolean isStandard(String doctype) {
    return doctype != null && STANDARD.matcher(doctype.strip()).matches();
  }

  /** The character of a named XHTML entity, if it is one of the fixed table. */
  static Optional<String> xhtmlEntity(String name) {
    return Optional.ofNullable(XHTML_ENTITIES.get(name));
  }
}
