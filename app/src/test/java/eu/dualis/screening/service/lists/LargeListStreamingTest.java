package eu.dualis.screening.service.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists far larger than the real ones, written record by record to a file and read back through a
 * sink that keeps nothing: the readers must stream, or these would need the heap of the whole file.
 */
class LargeListStreamingTest {

  private static final int RECORDS = 200_000;

  @TempDir Path dir;

  @Test
  void readsAUnListOfTwoHundredThousandIndividuals() throws IOException {
    Path file = dir.resolve("un-large.xml");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
      out.write("<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n<INDIVIDUALS>\n");
      for (int i = 1; i <= RECORDS; i++) {
        writeIndividual(out, i);
      }
      out.write("</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n");
    }

    CountingSink sink = read(new UnXmlParser(), file);

    assertThat(sink.entities).isEqualTo(RECORDS);
    assertThat(sink.names).isEqualTo(3L * RECORDS);
    assertThat(sink.problems).isZero();
    assertThat(sink.lastReference).isEqualTo("XXi." + RECORDS);
  }

  private static void writeIndividual(Writer out, int i) throws IOException {
    out.write("<INDIVIDUAL><DATAID>" + i + "</DATAID><FIRST_NAME>PERSON</FIRST_NAME>");
    out.write("<SECOND_NAME>NUMBER " + i + "</SECOND_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>");
    out.write("<REFERENCE_NUMBER>XXi." + i + "</REFERENCE_NUMBER>");
    out.write("<NATIONALITY><VALUE>Afghanistan</VALUE></NATIONALITY>");
    out.write("<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>ALIAS " + i);
    out.write("</ALIAS_NAME></INDIVIDUAL_ALIAS><INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY>");
    out.write("<ALIAS_NAME>NICK " + i + "</ALIAS_NAME></INDIVIDUAL_ALIAS>");
    out.write("<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1970</YEAR>");
    out.write("</INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>\n");
  }

  private static CountingSink read(ListParser parser, Path file) throws IOException {
    CountingSink sink = new CountingSink();
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, sink);
    }
    return sink;
  }
}
