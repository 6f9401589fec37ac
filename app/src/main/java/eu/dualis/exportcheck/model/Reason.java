package eu.dualis.exportcheck.model;

import java.util.List;

/**
 * One reason in a determination: the rule, what it leads to here, the article it rests on and the
 * details the message names (an entry code, a party's name, a regime). Messages are rendered from
 * the rule and the details in the reader's language.
 */
public record Reason(Rule rule, Determination effect, String article, List<String> details) {

  public Reason {
    details = List.copyOf(details);
  }

  public static Reason of(Rule rule, String... details) {
    return new Reason(rule, rule.effect(), rule.article(), List.of(details));
  }

  public static Reason withArticle(Rule rule, String article, String... details) {
    return new Reason(rule, rule.effect(), article, List.of(details));
  }

  /** The same reason, satisfied: it no longer stops the export (kept so the user sees why). */
  public Reason satisfied() {
    return new Reason(rule, Determination.RELEASE, article, details);
  }
}
