package eu.dualis.screening.service.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legal forms of companies (LLC, OOO, GmbH, Joint Stock Company) in normalised form: each spelling
 * or phrase with its canonical form, the kinds that are close to one another, and those that are
 * read as legal forms in a person's name too.
 */
final class LegalForms {

  private LegalForms() {}

  /**
   * Legal forms, canonical form by spelling; multi-word forms are matched token by token first.
   * Some canonical forms are one kind under two names: OAO is an open joint stock company.
   */
  static final Map<String, String> CANONICAL = new HashMap<>();

  /** Multi-word legal forms, longest first, each with its canonical form. */
  static final List<Map.Entry<List<String>, String>> PHRASES =
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
  static final Set<String> IN_PERSON_NAMES =
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

  /** Legal forms that are kinds of one another pair weakly: JSC and OJSC, Ltd and Limited. */
  static final Map<String, String> FAMILY =
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
      CANONICAL.put(f[0], f[1]);
    }
  }

  private static Map.Entry<List<String>, String> phrase(String words, String canonical) {
    return Map.entry(List.of(words.split(" ")), canonical);
  }
}
