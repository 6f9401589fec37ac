package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a name as written into the tokens the matcher compares: any script to Latin ASCII, lower
 * case, no diacritics or punctuation, titles and vessel prefixes dropped, legal forms and particles
 * marked and written one way, number words as digits.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameNormaliser {

  /**
   * The name's tokens; a name in Han characters also gets its Korean and Japanese readings where
   * all its characters have one (see {@link HanReading}).
   */
  public NormalisedName normalise(String name, EntityType type) {
    NormalisedName main = normalise(name, type, HanReading.MANDARIN);
    List<HanReading> others = HanReading.alternatives(name);
    if (others.isEmpty()) {
      return main;
    }
    List<NormalisedName> alternatives = new ArrayList<>(others.size());
    for (HanReading reading : others) {
      NormalisedName n = normalise(name, type, reading);
      if (!n.isEmpty()
          && !n.text().equals(main.text())
          && alternatives.stream().noneMatch(a -> a.text().equals(n.text()))) {
        alternatives.add(n);
      }
    }
    return new NormalisedName(name, main.tokens(), alternatives);
  }

  private NormalisedName normalise(String name, EntityType type, HanReading reading) {
    List<NameTokeniser.Raw> raw = NameTokeniser.tokenise(name, reading);
    boolean person = type == EntityType.PERSON || type == EntityType.UNKNOWN;
    if (!person) {
      raw = joinLetters(raw);
    }
    List<NameToken> tokens = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      NameTokeniser.Raw r = raw.get(i);
      Map.Entry<List<String>, String> phrase = legalPhraseAt(raw, i);
      if (phrase != null) {
        String original = r.original();
        tokens.add(token(phrase.getValue(), original, TokenRole.LEGAL_FORM, r));
        i += phrase.getKey().size() - 1;
        continue;
      }
      String t = r.text();
      if (person && NameVocabulary.HONORIFICS.contains(t) && raw.size() > 1) {
        continue;
      }
      if (type == EntityType.VESSEL && i == 0 && NameVocabulary.VESSEL_PREFIXES.contains(t)) {
        continue;
      }
      Integer number = NumberWords.NUMBERS.get(t);
      if (number != null) {
        int value = number;
        if (number >= 20 && number % 10 == 0 && i + 1 < raw.size()) {
          Integer unit = unitAt(raw, i + 1);
          if (unit != null) {
            value += unit;
            i++;
          }
        }
        tokens.add(token(Integer.toString(value), r.original(), TokenRole.NAME, r));
        continue;
      }
      String ordinal = ordinalDigits(t);
      if (ordinal != null) {
        tokens.add(token(ordinal, r.original(), TokenRole.NAME, r));
        continue;
      }
      String legal = LegalForms.CANONICAL.get(t);
      if (legal != null
          && raw.size() > 1
          && (!person || r.writing() == Writing.LATIN && LegalForms.IN_PERSON_NAMES.contains(t))) {
        tokens.add(token(legal, r.original(), TokenRole.LEGAL_FORM, r));
        continue;
      }
      if (person && NameVocabulary.ABD_AL.contains(t) && i + 1 < raw.size()) {
        // Abdul Aziz is 'Abd al-Aziz, servant of the Mighty: the article is its own token.
        tokens.add(token("abd", r.original(), TokenRole.NAME, r));
        tokens.add(token("al", r.original(), TokenRole.PARTICLE, r));
        continue;
      }
      if (person) {
        String particle = NameVocabulary.PARTICLES.get(t);
        boolean first = tokens.isEmpty();
        if (particle != null
            && raw.size() > 1
            && !(first && NameVocabulary.PARTICLES_NOT_FIRST.contains(t))) {
          tokens.add(token(particle, r.original(), TokenRole.PARTICLE, r));
          continue;
        }
        if (type == EntityType.UNKNOWN && isJoiningWord(t) && raw.size() > 1) {
          tokens.add(token(t, r.original(), TokenRole.STOPWORD, r));
          continue;
        }
      } else {
        if (NameVocabulary.STOPWORDS.contains(t) && raw.size() > 1) {
          tokens.add(token(t, r.original(), TokenRole.STOPWORD, r));
          continue;
        }
        t = NameVocabulary.ABBREVIATIONS.getOrDefault(t, t);
        Integer roman = i > 0 ? NumberWords.ROMAN.get(t) : null;
        if (roman != null) {
          t = roman.toString();
        }
      }
      tokens.add(token(t, r.original(), TokenRole.NAME, r));
    }
    return new NormalisedName(name, tokens);
  }

  private static boolean isJoiningWord(String t) {
    return t.equals("the") || t.equals("of") || t.equals("and");
  }

  private static NameToken token(
      String text, String original, TokenRole role, NameTokeniser.Raw r) {
    if (role == TokenRole.NAME && text.equals(r.text())) {
      return NameToken.of(text, original, role, r.writing(), r.stem(), r.readings());
    }
    return NameToken.of(text, original, role, r.writing());
  }

  private static Integer unitAt(List<NameTokeniser.Raw> raw, int i) {
    String t = raw.get(i).text();
    Integer n = NumberWords.NUMBERS.get(t);
    if (n != null && n >= 1 && n <= 9) {
      return n;
    }
    if (t.length() == 1 && Character.isDigit(t.charAt(0)) && t.charAt(0) != '0') {
      return t.charAt(0) - '0';
    }
    return null;
  }

  /** 1st, 2nd, 3rd, 4th are 1, 2, 3, 4. */
  private static String ordinalDigits(String t) {
    int n = t.length();
    if (n < 3 || !Character.isDigit(t.charAt(0))) {
      return null;
    }
    String suffix = t.substring(n - 2);
    String digits = t.substring(0, n - 2);
    if ((suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
        && digits.chars().allMatch(Character::isDigit)) {
      return digits;
    }
    return null;
  }

  private static Map.Entry<List<String>, String> legalPhraseAt(List<NameTokeniser.Raw> raw, int i) {
    for (Map.Entry<List<String>, String> phrase : LegalForms.PHRASES) {
      List<String> words = phrase.getKey();
      if (i + words.size() > raw.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < words.size() && all; k++) {
        all = words.get(k).equals(raw.get(i + k).text());
      }
      if (all) {
        return phrase;
      }
    }
    return null;
  }

  /** In a company name, A.B.C. and L.L.C. are the one token ABC and LLC. */
  private static List<NameTokeniser.Raw> joinLetters(List<NameTokeniser.Raw> raw) {
    List<NameTokeniser.Raw> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      NameTokeniser.Raw r = raw.get(i);
      if (isLetter(r) && r.dotted() && i + 1 < raw.size() && isLetter(raw.get(i + 1))) {
        StringBuilder joined = new StringBuilder(r.text());
        StringBuilder original = new StringBuilder(r.original());
        while (i + 1 < raw.size() && isLetter(raw.get(i + 1)) && raw.get(i).dotted()) {
          i++;
          joined.append(raw.get(i).text());
          original.append(raw.get(i).original());
        }
        out.add(new NameTokeniser.Raw(joined.toString(), original.toString(), r.writing(), false));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean isLetter(NameTokeniser.Raw r) {
    return r.text().length() == 1 && Character.isLetter(r.text().charAt(0));
  }
}
