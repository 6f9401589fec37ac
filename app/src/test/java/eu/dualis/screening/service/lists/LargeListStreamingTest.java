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

  @Test
  void readsAUkListOfTwoHundredThousandDesignationsOfTwoRowsEach() throws IOException {
    Path file = dir.resolve("uk-large.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Report Date: 28-Jan-2026\r\n");
      out.write(
          "Last Updated,Unique ID,Name 6,Name 1,Name type,Designation Type,D.O.B,Regime Name\r\n");
      for (int i = 1; i <= RECORDS; i++) {
        String common = ",Individual,01/02/1970,The Russia (Sanctions) (EU Exit) Regulations 2019";
        out.write("28/01/2026,RUS" + i + ",PERSON " + i + ",Ivan,Primary Name" + common + "\r\n");
        out.write("28/01/2026,RUS" + i + ",PERSONE " + i + ",Ivan,Alias" + common + "\r\n");
      }
    }

    CountingSink sink = read(new UkSanctionsCsvParser(), file);

    assertThat(sink.entities).isEqualTo(RECORDS);
    assertThat(sink.names).isEqualTo(2L * RECORDS);
    assertThat(sink.problems).isZero();
    assertThat(sink.lastReference).isEqualTo("RUS" + RECORDS);
  }

  @Test
  void readsTwoHundredThousandFollowTheMoneyLines() throws IOException {
    Path file = dir.resolve("ftm-large.jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= RECORDS; i++) {
        out.write("{\"id\":\"NK-" + i + "\",\"schema\":\"Person\",\"properties\":{\"name\":[");
        out.write(
            "\"Person " + i + "\"],\"alias\":[\"Alias " + i + "\"],\"birthDate\":[\"1970\"],");
        out.write("\"nationality\":[\"ru\"]},\"datasets\":[\"test\"],\"target\":true}\n");
        out.write("{\"id\":\"s-" + i + "\",\"schema\":\"Sanction\",\"properties\":{}}\n");
      }
    }
    CountingSink sink = new CountingSink();
    FtmJsonLinesParser.Result result;
    try (InputStream in = Files.newInputStream(file)) {
      result = new FtmJsonLinesParser().read(in, sink);
    }

    assertThat(sink.entities).isEqualTo(RECORDS);
    assertThat(sink.names).isEqualTo(2L * RECORDS);
    assertThat(result.skippedSchemas()).containsEntry("Sanction", (long) RECORDS);
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
