package eu.dualis.exportcheck.service;

import eu.dualis.exportcheck.model.EndUseConcern;
import eu.dualis.exportcheck.model.ExportFacts.ConcernFact;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words in a stated end use that raise a red flag under the catch-alls: Art. 4(1) (weapons of mass
 * destruction, military end use) and Art. 5(1) (internal repression, serious human-rights
 * violations; Recommendation (EU) 2024/2659 names police, security and intelligence end users and
 * covert or biometric surveillance). A red flag does not decide anything by itself: it asks for due
 * diligence, where an officer weighs it. English, Dutch and German wording.
 */
public final class EndUseRedFlags {

  private static final Map<String, EndUseConcern> WORDS = new LinkedHashMap<>();

  static {
    for (String w :
        List.of(
            "nuclear",
            "nucleair",
            "nuklear",
            "uranium",
            "enrichment",
            "verrijking",
            "centrifuge",
            "missile",
            "raket",
            "rakete",
            "chemical weapon",
            "chemisch wapen",
            "biological weapon",
            "biologisch wapen",
            "nerve agent",
            "warhead")) {
      WORDS.put(w, EndUseConcern.WMD);
    }
    for (String w :
        List.of(
            "military",
            "militair",
            "militär",
            "army",
            "leger",
            "armee",
            "defence",
            "defense",
            "defensie",
            "verteidigung",
            "armed forces",
            "krijgsmacht",
            "weapon",
            "wapen",
            "waffe",
            "munition",
            "ammunition")) {
      WORDS.put(w, EndUseConcern.MILITARY_END_USE);
    }
    for (String w :
        List.of(
            "police",
            "politie",
            "polizei",
            "intelligence",
            "inlichtingendienst",
            "geheimdienst",
            "state security",
            "staatsveiligheid",
            "surveillance",
            "toezicht op burgers",
            "überwachung",
            "interception",
            "intercept",
            "aftappen",
            "lawful interception",
            "facial recognition",
            "gezichtsherkenning",
            "gesichtserkennung",
            "emotion recognition",
            "emotieherkenning",
            "monitoring of citizens",
            "protesters",
            "demonstranten",
            "dissidents",
            "dissidenten",
            "covert",
            "heimelijk")) {
      WORDS.put(w, EndUseConcern.INTERNAL_REPRESSION);
    }
  }

  private EndUseRedFlags() {}

  private record Flag(String word, Pattern pattern, EndUseConcern concern) {}

  // Whole words only (a plural "s" allowed): "armyworm" or "policy" must not raise a flag.
  private static final List<Flag> FLAGS =
      WORDS.entrySet().stream()
          .map(
              e ->
                  new Flag(
                      e.getKey(),
                      Pattern.compile(
                          "(?<![\\p{L}\\p{N}])"
                              + Pattern.quote(fold(e.getKey()))
                              + "s?(?![\\p{L}\\p{N}])"),
                      e.getValue()))
          .toList();

  /** The red flags the text raises, one per word found, in the order of the vocabulary. */
  public static List<ConcernFact> in(String endUse) {
    if (endUse == null || endUse.isBlank()) {
      return List.of();
    }
    String text = fold(endUse);
    List<ConcernFact> found = new ArrayList<>();
    for (Flag f : FLAGS) {
      if (f.pattern().matcher(text).find()) {
        found.add(new ConcernFact(f.concern(), f.word()));
      }
    }
    return found;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
