package eu.dualis.screening.service.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of names that are not names: titles, name particles, legal forms of companies, joining
 * words, number words. General knowledge of how names are written in many languages; every word is
 * in normalised form (lower-case ASCII, as after transliteration).
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

  /**
   * Legal forms, canonical form by spelling; multi-word forms are matched token by token first.
   * Some canonical forms are one kind under two names: OAO is an open joint stock company.
   */
  static final Map<String, String> LEGAL_FORMS = new HashMap<>();

  /** Multi-word legal forms, longest first, each with its canonical form. */
  static final List<Map.Entry<List<String>, String>> LEGAL_PHRASES =
      List.of(
          phrase("otkrytoye aktsionernoye obshchestvo", "ojsc"),
          phrase("zakrytoye aktsionernoye obshchestvo", "cjsc"),
          phrase("publichnoye aktsionernoye obshchestvo", "pjsc"),
          phrase("obshchestvo s ogranichennoy otvetstvennostyu", "llc"),
          phrase("gesellschaft mit beschrankter haftung", "gmbh"),
          phrase("societatea cu raspundere limitata", "srl"),
          phrase("societa a responsabilita limitata", "srl"),
          phrase("societe a responsabilite limitee", "sarl"),
          phrase("open joint stock company", "ojsc"),
          phrase("closed joint stock company", "cjsc"),
          phrase("public joint stock company", "pjsc"),
          phrase("limited liability company", "llc"),
          phrase("limited liability partnership", "llp"),
          phrase("public limited company", "plc"),
          phrase("joint stock company", "jsc"),
          phrase("aktsionernoye obshchestvo", "jsc"),
          phrase("limited partnership", "lp"),
          phrase("societe anonyme", "sa"),
          phrase("sociedad anonima", "sa"),
          phrase("sp z oo", "spzoo"),
          phrase("s de rl", "srl"),
          phrase("sa de cv", "sa"));

  /**
   * Legal forms that are read as such in a person's name too ("Nicolas Maduro LLC"); short ones
   * such as SA, AO or ZAO are also syllables of names and stay names there.
   */
  static final Set<String> PERSON_LEGAL_FORMS =
      Set.of(
          "llc",
          "ltd",
          "limited",
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "gmbh",
          "plc",
          "llp",
          "sarl",
          "srl",
          "jsc",
          "ojsc",
          "pjsc",
          "cjsc",
          "company");

  /** Roman numerals of a company series: Fund II is Fund 2. */
  static final Map<String, Integer> ROMAN =
      Map.ofEntries(
          Map.entry("ii", 2),
          Map.entry("iii", 3),
          Map.entry("iv", 4),
          Map.entry("v", 5),
          Map.entry("vi", 6),
          Map.entry("vii", 7),
          Map.entry("viii", 8),
          Map.entry("ix", 9),
          Map.entry("x", 10),
          Map.entry("xi", 11),
          Map.entry("xii", 12),
          Map.entry("xiii", 13),
          Map.entry("xiv", 14),
          Map.entry("xv", 15),
          Map.entry("xx", 20));

  /** Legal forms that are kinds of one another pair weakly: JSC and OJSC, Ltd and Limited. */
  static final Map<String, String> LEGAL_FAMILY =
      Map.ofEntries(
          Map.entry("jsc", "jointstock"),
          Map.entry("ojsc", "jointstock"),
          Map.entry("cjsc", "jointstock"),
          Map.entry("pjsc", "jointstock"),
          Map.entry("ag", "jointstock"),
          Map.entry("sa", "jointstock"),
          Map.entry("nv", "jointstock"),
          Map.entry("plc", "jointstock"),
          Map.entry("llc", "limited"),
          Map.entry("ltd", "limited"),
          Map.entry("gmbh", "limited"),
          Map.entry("srl", "limited"),
          Map.entry("sarl", "limited"),
          Map.entry("bv", "limited"),
          Map.entry("spzoo", "limited"),
          Map.entry("pty", "limited"),
          Map.entry("pte", "limited"),
          Map.entry("inc", "corporate"),
          Map.entry("corp", "corporate"),
          Map.entry("co", "corporate"),
          Map.entry("lp", "partnership"),
          Map.entry("llp", "partnership"));

  static {
    String[][] forms = {
      {"llc", "llc"},
      {"ltd", "ltd"},
      {"limited", "ltd"},
      {"ltda", "ltd"},
      {"inc", "inc"},
      {"incorporated", "inc"},
      {"corp", "corp"},
      {"corporation", "corp"},
      {"co", "co"},
      {"company", "co"},
      {"gmbh", "gmbh"},
      {"ag", "ag"},
      {"aktiengesellschaft", "ag"},
      {"bv", "bv"},
      {"nv", "nv"},
      {"sa", "sa"},
      {"sas", "sa"},
      {"sarl", "sarl"},
      {"srl", "srl"},
      {"spa", "spa"},
      {"sl", "sl"},
      {"plc", "plc"},
      {"llp", "llp"},
      {"lp", "lp"},
      {"ooo", "llc"},
      {"oao", "ojsc"},
      {"ojsc", "ojsc"},
      {"zao", "cjsc"},
      {"cjsc", "cjsc"},
      {"pao", "pjsc"},
      {"pjsc", "pjsc"},
      {"jsc", "jsc"},
      {"ao", "jsc"},
      {"tov", "llc"},
      {"pat", "pjsc"},
      {"kg", "kg"},
      {"ohg", "ohg"},
      {"ab", "ab"},
      {"as", "as"},
      {"asa", "as"},
      {"oy", "oy"},
      {"oyj", "oy"},
      {"aps", "aps"},
      {"kft", "kft"},
      {"zrt", "zrt"},
      {"doo", "doo"},
      {"pte", "pte"},
      {"pty", "pty"},
      {"bhd", "bhd"},
      {"sdn", "sdn"},
      {"kk", "kk"},
      {"spzoo", "spzoo"},
      {"se", "se"},
      {"fzco", "fzco"},
      {"fze", "fze"},
      {"fzc", "fzc"},
      {"sae", "sa"},
      {"jsco", "jsc"}
    };
    for (String[] f : forms) {
      LEGAL_FORMS.put(f[0], f[1]);
    }
  }

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

  /** Number words, so that "Brigade Forty-Four" is "Brigade 44". */
  static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    String[] units = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int i = 0; i < units.length; i++) {
      NUMBERS.put(units[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      NUMBERS.put(tens[i], 20 + 10 * i);
    }
    NUMBERS.put("fourty", 40);
    String[] ordinals = {
      "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth"
    };
    for (int i = 1; i < ordinals.length; i++) {
      NUMBERS.put(ordinals[i], i);
    }
  }

  private static Map.Entry<List<String>, String> phrase(String words, String canonical) {
    return Map.entry(List.of(words.split(" ")), canonical);
  }
}
