package eu.dualis.screening.service.matching;

import java.util.HashMap;
import java.util.Map;

/** Numbers written as words or roman numerals in names, and the values they stand for. */
final class NumberWords {

  private NumberWords() {}

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
}
