package eu.dualis.duediligence.model;

import java.util.Locale;

/** One red flag of the catalogue, in English and Dutch, with the text it comes from. */
public record RedFlag(
    String code, RedFlagCategory category, String english, String dutch, String source) {

  public String text(Locale locale) {
    return locale != null && "nl".equals(locale.getLanguage()) ? dutch : english;
  }
}
