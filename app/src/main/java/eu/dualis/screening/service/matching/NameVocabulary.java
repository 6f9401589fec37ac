package eu.dualis.screening.service.matching;

import java.util.Map;
import java.util.Set;

/**
 * The words of names that are not names: titles, vessel prefixes, name particles, joining words and
 * abbreviations (legal forms are {@link LegalForms}, numbers {@link NumberWords}). General
 * knowledge of how names are written in many languages; every word is in normalised form
 * (lower-case ASCII, as after transliteration).
 */
final class NameVocabulary {

  private NameVocabulary() {}

  /** Titles and honorifics: they say how someone is addressed, not who they are. */
  static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "lady",
          "rev",
          "reverend",
          "hon",
          "honorable",
          "honourable",
          "excellency",
          "he",
          "sheikh",
          "shaikh",
          "shaykh",
          "sheik",
          "shaik",
          "cheikh",
          "haji",
          "hajji",
          "hadji",
          "hajj",
          "alhaji",
          "alhaj",
          "mullah",
          "mulla",
          "mollah",
          "mawlawi",
          "maulavi",
          "maulvi",
          "mawlavi",
          "moulvi",
          "maulana",
          "mawlana",
          "qari",
          "imam",
          "ayatollah",
          "hojatoleslam",
          "hujjat",
          "mufti",
          "general",
          "gen",
          "colonel",
          "col",
          "major",
          "maj",
          "captain",
          "capt",
          "lieutenant",
          "lt",
          "admiral",
          "adm",
          "brigadier",
          "commander",
          "cmdr",
          "sergeant",
          "sgt",
          "marshal",
          "president",
          "prasident",
          "presidente",
          "minister",
          "senator",
          "judge",
          "prince",
          "princess",
          "monsieur",
          "madame",
          "mme",
          "mlle",
          "mademoiselle",
          "herr",
          "frau",
          "senor",
          "senora",
          "sr",
          "sra",
          "gospodin",
          "eng",
          "engineer");

  /** Vessel prefixes: MV Hellenic Spirit is Hellenic Spirit. */
  static final Set<String> VESSEL_PREFIXES = Set.of("mv", "mt", "ms", "ss", "mts", "fv", "rv");

  /**
   * Name-part particles and their canonical form: transliterations of one Arabic article or "son
   * of" differ (al/el/ul, bin/ibn/ben) and should still pair.
   */
  static final Map<String, String> PARTICLES =
      Map.ofEntries(
          Map.entry("al", "al"),
          Map.entry("el", "al"),
          Map.entry("ul", "al"),
          Map.entry("bin", "bin"),
          Map.entry("ibn", "bin"),
          Map.entry("ben", "bin"),
          Map.entry("bn", "bin"),
          Map.entry("bint", "bint"),
          Map.entry("binti", "bint"),
          Map.entry("abu", "abu"),
          Map.entry("abou", "abu"),
          Map.entry("abo", "abu"),
          Map.entry("ould", "ould"),
          Map.entry("van", "van"),
          Map.entry("von", "von"),
          Map.entry("der", "der"),
          Map.entry("den", "den"),
          Map.entry("ter", "ter"),
          Map.entry("de", "de"),
          Map.entry("del", "del"),
          Map.entry("della", "della"),
          Map.entry("di", "di"),
          Map.entry("da", "da"),
          Map.entry("das", "das"),
          Map.entry("dos", "dos"),
          Map.entry("do", "do"),
          Map.entry("du", "du"),
          Map.entry("des", "des"),
          Map.entry("la", "la"),
          Map.entry("le", "le"),
          Map.entry("zu", "zu"),
          Map.entry("y", "y"),
          Map.entry("na", "na"));

  /** "Abd al" written as one word before the name it governs: Abdul Aziz, Abdel Fattah. */
  static final Set<String> ABD_AL = Set.of("abdul", "abdel", "abdal", "abdoul", "abdol", "abdil");

  /** "ben" is a given name (Ben Netanyahu) when it opens a name; a particle only inside one. */
  static final Set<String> PARTICLES_NOT_FIRST = Set.of("ben", "bin", "da", "na", "y", "do");

  /** Words that only join an organisation's name. */
  static final Set<String> STOPWORDS =
      Set.of(
          "the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "und", "et", "y", "e", "de",
          "des", "du", "la", "le", "les", "el", "al", "der", "die", "das", "van", "von", "di", "da",
          "del", "dei", "do", "dos", "i");

  /** Short forms written in organisation names for longer words. */
  static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("intl", "international"),
          Map.entry("int", "international"),
          Map.entry("natl", "national"),
          Map.entry("dept", "department"),
          Map.entry("mfg", "manufacturing"),
          Map.entry("bros", "brothers"),
          Map.entry("assn", "association"),
          Map.entry("grp", "group"),
          Map.entry("hldgs", "holdings"),
          Map.entry("ind", "industries"),
          Map.entry("univ", "university"),
          Map.entry("mgmt", "management"),
          Map.entry("svcs", "services"),
          Map.entry("tech", "technology"));
}
