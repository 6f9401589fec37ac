package eu.dualis.exportcheck.service;

import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.model.Reason;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a reason in the reader's language from the rule and its details. Kept apart from the
 * stored check: the check keeps rule, article and details; the wording may improve later.
 */
public final class ReasonTexts {

  private static final String BUNDLE = "eu.dualis.platform.web.messages";

  private ReasonTexts() {}

  public static String message(Reason reason, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    Object[] args = reason.details().stream().map(d -> value(bundle, d)).toArray();
    String pattern = bundle.getString("exportcheck.rule." + reason.rule().name());
    return new MessageFormat(pattern, locale).format(args);
  }

  public static String label(Determination determination, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale)
        .getString("exportcheck.determination." + determination.name());
  }

  /** Enum names among the details (a role, a concern) read as words; anything else as it is. */
  private static String value(ResourceBundle bundle, String detail) {
    try {
      return bundle.getString("exportcheck.value." + detail);
    } catch (MissingResourceException e) {
      return detail;
    }
  }
}
