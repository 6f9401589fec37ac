package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: fields separated by commas, a field in double quotes may hold
 * commas, line breaks and doubled quotes. The text must be UTF-8; a byte order mark is skipped.
 * Written here rather than taken from a library because these few rules are all a control list file
 * needs, and each error must name its line.
 */
final class CsvRecordReader {

  /** One record and the line it starts on (a quoted line break makes a record span lines). */
  record CsvRecord(int line, List<String> fields) {

    boolean isBlank() {
      return fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  private static final int END = -1;

  private final Reader in;
  private int line = 1;
  private int pushedBack = Integer.MIN_VALUE;
  private boolean started;

  CsvRecordReader(InputStream utf8) {
    this.in =
        new BufferedReader(
            new InputStreamReader(
                utf8,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }

  /** The next record, or null at the end of the input. */
  CsvRecord next() {
    int first = read();
    if (first == END) {
      return null;
    }
    int start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int c = first;
    while (true) {
      if (c == '"' && field.length() == 0) {
        readQuoted(field);
        c = read();
        if (c != ',' && c != '\n' && c != '\r' && c != END) {
          throw error(line, "text after the closing quote of a field; double a quote inside one");
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r' || c == END) {
        if (c == '\r') {
          skipLineFeed();
        }
        if (c != END) {
          line++;
        }
        fields.add(field.toString());
        return new CsvRecord(start, fields);
      } else if (c == '"') {
        throw error(line, "a quote inside an unquoted field; quote the whole field and double it");
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private void readQuoted(StringBuilder field) {
    int opened = line;
    while (true) {
      int c = read();
      if (c == END) {
        throw error(opened, "a quoted field opens here and is never closed");
      }
      if (c == '"') {
        int next = read();
        if (next != '"') {
          pushedBack = next;
          return;
        }
        field.append('"');
      } else if (c == '\r') {
        skipLineFeed();
        field.append('\n');
        line++;
      } else {
        if (c == '\n') {
          line++;
        }
        field.append((char) c);
      }
    }
  }

  private void skipLineFeed() {
    int next = read();
    if (next != '\n') {
      pushedBack = next;
    }
  }

  private int read() {
    if (pushedBack != Integer.MIN_VALUE) {
      int c = pushedBack;
      pushedBack = Integer.MIN_VALUE;
      return c;
    }
    try {
      int c = in.read();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          c = in.read();
        }
      }
      // The decoder replaces bytes that are not UTF-8, so that the error can name its line (a
      // decoder that reports them fails while reading ahead, lines before the bad byte).
      if (c == '\uFFFD') {
        throw error(line, "the file is not UTF-8 text");
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ControlListFormatException error(int line, String what) {
    return ControlListFormatException.at("line " + line, what);
  }
}
