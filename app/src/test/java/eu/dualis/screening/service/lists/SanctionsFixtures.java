package eu.dualis.screening.service.lists;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.ParsedName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The fixtures of src/test/resources/fixtures/sanctions and the hostile files every reader meets.
 */
final class SanctionsFixtures {

  /** An internal subset that would expand to a billion "lol"s if entities were ever expanded. */
  static final String BILLION_LAUGHS =
      "<!DOCTYPE lolz [\n"
          + " <!ENTITY lol \"lol\">\n"
          + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
          + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
          + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
          + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
          + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
          + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
          + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
          + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
          + "]>\n";

  /** The start of a PNG: no text format can read it. */
  static final byte[] BINARY = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    '\r',
    '\n',
    0x1a,
    '\n',
    0,
    0,
    0,
    13,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    1,
    (byte) 0xff,
    (byte) 0xfe,
    (byte) 0xc3,
    0x28,
    0
  };

  private SanctionsFixtures() {}

  static InputStream fixture(String name) {
    InputStream in = SanctionsFixtures.class.getResourceAsStream("/fixtures/sanctions/" + name);
    assertThat(in).as("fixture " + name).isNotNull();
    return in;
  }

  static byte[] bytes(String name) throws IOException {
    try (InputStream in = fixture(name)) {
      return in.readAllBytes();
    }
  }

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static CollectingSink parse(ListParser parser, InputStream in) throws IOException {
    CollectingSink sink = new CollectingSink();
    try (in) {
      parser.parse(in, sink);
    }
    return sink;
  }

  /** The exception a parse raises; fails when it raises another or accepts the file. */
  static ListFormatException refusal(ThrowingCallable parse) {
    try {
      parse.call();
    } catch (ListFormatException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected a ListFormatException", t);
    }
    throw new AssertionError("expected a ListFormatException, the file was accepted");
  }

  /** The refusal of a parse of {@code in} into a sink that must stay empty. */
  static ListFormatException refusal(ListParser parser, InputStream in) {
    CollectingSink sink = new CollectingSink();
    ListFormatException e = refusal(() -> parser.parse(in, sink));
    assertThat(sink.entities).as("nothing read from a refused file").isEmpty();
    return e;
  }

  static List<String> names(ParsedEntity entity, NameKind kind) {
    return entity.names().stream().filter(n -> n.kind() == kind).map(ParsedName::fullName).toList();
  }
}
