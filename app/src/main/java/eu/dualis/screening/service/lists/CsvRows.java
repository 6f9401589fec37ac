package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ListFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV list file, one at a time, each with the line it starts on (a quoted line
 * break makes a record span lines). The text must be UTF-8; a byte order mark is skipped. Bytes
 * that are not UTF-8, or a NUL character, mean a binary or wrongly encoded file and are refused
 * with their line: read on, such a file would only yield garbage names.
 */
final class CsvRows implements AutoCloseable {

  /** One record and where it starts. */
  record Row(long line, CSVRecord record) {

    int size() {
      return record.size();
    }

    /** The cleaned field, "" beyond the end of the record. */
    String get(int index) {
      return index < record.size() ? Text.clean(record.get(index)) : "";
    }
  }

  private final String part;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  /**
   * @param part the name of the file within a multi-file list ("sdn.csv"), or null
   */
  CsvRows(InputStream in, String part) throws IOException {
    this.part = part;
    Reader reader =
        new InputStreamReader(
            skipByteOrderMark(in),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    this.parser = CSVFormat.RFC4180.parse(reader);
    this.records = parser.iterator();
  }

  /** The next record, or null at the end of the file. */
  Row next() {
    long line = parser.getCurrentLineNumber() + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      for (String field : record) {
        if (field.indexOf('\0') >= 0) {
          throw ListFormatException.at(where(line), "NUL character: a binary file, not CSV");
        }
      }
      return new Row(line, record);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause(), line);
    } catch (IllegalStateException e) {
      throw unreadable(e.getCause() == null ? e : e.getCause(), line);
    }
  }

  /** "line 42", or "sdn.csv line 42" within a multi-file list. */
  String where(long line) {
    return (part == null ? "" : part + " ") + "line " + line;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /**
   * A record that cannot be read ends the file: after a stray quote no later line can be trusted to
   * start a record. Bad bytes are placed on the line being read, a broken record on its start.
   */
  private ListFormatException unreadable(Throwable cause, long recordLine) {
    if (cause instanceof CharacterCodingException) {
      return ListFormatException.at(
          where(parser.getCurrentLineNumber() + 1),
          "not UTF-8 text: a binary file, or a CSV saved in another encoding");
    }
    String message = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return ListFormatException.at(where(recordLine), "not well-formed CSV" + message);
  }

  private static InputStream skipByteOrderMark(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(3);
    byte[] head = buffered.readNBytes(3);
    boolean bom =
        head.length == 3
            && (head[0] & 0xFF) == 0xEF
            && (head[1] & 0xFF) == 0xBB
            && (head[2] & 0xFF) == 0xBF;
    if (!bom) {
      buffered.reset();
    }
    return buffered;
  }
}
