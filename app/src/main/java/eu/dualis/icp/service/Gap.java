package eu.dualis.icp.service;

import java.util.List;

/**
 * Something an element lacks: {@code code} names the message a page shows (key {@code icp.gap.} +
 * code, with {@code args}); {@code text} is the same in English for the API and the pack.
 */
public record Gap(String code, String text, List<String> args) {

  static Gap of(String code, String text, String... args) {
    return new Gap(code, text, List.of(args));
  }
}
