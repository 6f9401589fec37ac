package eu.dualis.screening.service.lists;

import static eu.dualis.screening.service.lists.SanctionsFixtures.BINARY;
import static eu.dualis.screening.service.lists.SanctionsFixtures.bytes;
import static eu.dualis.screening.service.lists.SanctionsFixtures.names;
import static eu.dualis.screening.service.lists.SanctionsFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.RecordProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real SDN CSV trio of July 2021, zipped here as OFAC's ZIP holds it, and broken archives. */
class OfacSdnCsvParserTest {

  private static CollectingSink real;

  private final OfacSdnCsvParser parser = new OfacSdnCsvParser();

  @BeforeAll
  static void readTheRealList() throws IOException {
    real = new CollectingSink();
    ParsedListHeader header = new OfacSdnCsvParser().parse(realZip(), real);
    assertThat(header).isEqualTo(new ParsedListHeader(null, null));
  }

  @Test
  void readsEveryRecordOfTheRealList() {
    assertThat(real.problems).isEmpty();
    assertThat(real.count(EntityType.PERSON)).isEqualTo(4620);
    assertThat(real.count(EntityType.ORGANISATION)).isEqualTo(3673);
    assertThat(real.count(EntityType.VESSEL)).isEqualTo(406);
    assertThat(real.count(EntityType.AIRCRAFT)).isEqualTo(277);
    assertThat(real.names(NameKind.ALIAS)).isEqualTo(11904);
    assertThat(real.names(NameKind.WEAK_ALIAS)).isEqualTo(2438);
  }

  @Test
  void readsAPersonAndWhatItsRemarksSay() {
    ParsedEntity maduro = real.entity("22790");

    assertThat(maduro.type()).isEqualTo(EntityType.PERSON);
    assertThat(maduro.primaryName()).isEqualTo("MADURO MOROS, Nicolas");
    assertThat(maduro.birthDates()).containsExactly("1962-11-23");
    assertThat(maduro.countries()).containsExactly("VE");
    assertThat(maduro.identifiers())
        .containsExactly(new ParsedIdentifier("Cedula No.", "5892464", "VE"));
    assertThat(maduro.programmes()).containsExactly("VENEZUELA", "IRAN-CON-ARMS-EO");
    assertThat(maduro.remarks()).startsWith("DOB 23 Nov 1962; POB Caracas, Venezuela;");

    ParsedEntity soleimani = real.entity("10481");
    assertThat(soleimani.identifiers())
        .containsExactly(new ParsedIdentifier("Diplomatic Passport", "008827", "IR"));
    assertThat(soleimani.countries()).containsExactly("IR");
    assertThat(soleimani.programmes()).containsExactly("SDGT", "SYRIA", "NPWMD", "IRGC", "IFSR");
    assertThat(real.entity("10609").birthDates()).as("circa").containsExactly("1960");
  }

  @Test
  void readsAVesselWithItsAliasesFlagAndNumbers() {
    ParsedEntity ark = real.entity("15037");

    assertThat(ark.type()).isEqualTo(EntityType.VESSEL);
    assertThat(ark.primaryName()).isEqualTo("ARK");
    assertThat(names(ark, NameKind.ALIAS)).containsExactly("ABADEH", "CRYSTAL", "SUNDIAL");
    assertThat(ark.countries()).as("the flag, not former flags").containsExactly("PA");
    assertThat(ark.identifiers())
        .containsExactly(
            new ParsedIdentifier("Call Sign", "9HDQ9", null),
            new ParsedIdentifier("IMO", "9187655", null),
            new ParsedIdentifier("MMSI", "256842000", null));
  }

  @Test
  void takesAddressCountriesFromAddAndWeakAliasesFromTheRemarks() {
    ParsedEntity bank = real.entity("306");

    assertThat(bank.type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(names(bank, NameKind.ALIAS)).containsExactly("NATIONAL BANK OF CUBA");
    assertThat(names(bank, NameKind.WEAK_ALIAS)).containsExactly("BNC");
    assertThat(bank.countries()).contains("CH", "ES", "JP", "PA");
  }

  @Test
  void findsThePartsWhateverTheirCaseAndFolder() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("sdn_2021/ADD.CSV", utf8("36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n"));
    parts.put("sdn_2021/Alt.Csv", utf8("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"));
    parts.put("sdn_2021/SDN.CSV", utf8(sdnLine("36", "AEROCARIBBEAN AIRLINES", "-0- ")));
    CollectingSink sink = new CollectingSink();

    parser.parse(new ByteArrayInputStream(zip(parts)), sink);

    assertThat(sink.entity("36").names())
        .extracting(n -> n.fullName() + "/" + n.kind())
        .containsExactly("AEROCARIBBEAN AIRLINES/PRIMARY", "AERO-CARIBBEAN/ALIAS");
    assertThat(sink.entity("36").countries()).containsExactly("CU");
  }

  @Test
  void reportsMalformedRecordsWithFileAndLineAndReadsTheOthers() throws IOException {
    String sdn =
        sdnLine("1", "GOOD ONE", "-0- ")
            + "2,\"TOO SHORT\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + sdnLine("3", "ODD TYPE", "\"submarine\"")
            + sdnLine("4", "-0- ", "\"individual\"")
            + sdnLine("5", "GOOD \"\"FIVE\"\"", "\"individual\"")
            + "\u001a";
    CollectingSink sink = new CollectingSink();

    parser.parse(new ByteArrayInputStream(zip(trio(sdn, "", ""))), sink);

    assertThat(sink.entities)
        .extracting(ParsedEntity::primaryName)
        .containsExactly("GOOD ONE", "GOOD \"FIVE\"");
    assertThat(sink.problems)
        .containsExactly(
            new RecordProblem("sdn.csv line 2", "12 fields expected, found 11; record left out"),
            new RecordProblem("sdn.csv line 3", "ent_num 3: unknown type \"submarine\""),
            new RecordProblem("sdn.csv line 4", "ent_num 4 has no name"));
  }

  @Test
  void refusesAnArchiveWithoutAPart() throws IOException {
    Map<String, byte[]> parts = trio(sdnLine("1", "ONE", "-0- "), "", "");
    parts.remove("alt.csv");

    ListFormatException e = refusal(parser, new ByteArrayInputStream(zip(parts)));

    assertThat(e.problems())
        .containsExactly(
            new RecordProblem(
                "ZIP archive",
                "no alt.csv in the archive: the SDN CSV list needs sdn.csv, alt.csv and add.csv"));
  }

  @Test
  void refusesWhatIsNoZipAndAPartThatIsNoText() throws IOException {
    assertThat(refusal(parser, new ByteArrayInputStream(BINARY)).getMessage())
        .startsWith("ZIP archive: not a ZIP archive");
    assertThat(refusal(parser, new ByteArrayInputStream(new byte[0])).getMessage())
        .startsWith("ZIP archive: not a ZIP archive");
    assertThat(
            refusal(parser, new ByteArrayInputStream(bytes("ofac-sdn-2021-07.csv"))).getMessage())
        .startsWith("ZIP archive: not a ZIP archive");

    Map<String, byte[]> parts = trio("", "", "");
    parts.put("sdn.csv", BINARY);
    ListFormatException binary = refusal(parser, new ByteArrayInputStream(zip(parts)));
    assertThat(binary.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).isEqualTo("sdn.csv line 1"))
        .satisfies(p -> assertThat(p.what()).startsWith("not UTF-8 text"));
  }

  static ByteArrayInputStream realZip() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("SDN.CSV", bytes("ofac-sdn-2021-07.csv"));
    parts.put("ALT.CSV", bytes("ofac-alt-2021-07.csv"));
    parts.put("ADD.CSV", bytes("ofac-add-2021-07.csv"));
    return new ByteArrayInputStream(zip(parts));
  }

  static Map<String, byte[]> trio(String sdn, String alt, String add) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("sdn.csv", utf8(sdn));
    parts.put("alt.csv", utf8(alt));
    parts.put("add.csv", utf8(add));
    return parts;
  }

  /** An sdn.csv line of an entry without title, vessel data or remarks. */
  static String sdnLine(String entNum, String name, String type) {
    String quotedName = name.startsWith("-0-") ? name : "\"" + name + "\"";
    return entNum
        + ","
        + quotedName
        + ","
        + type
        + ",\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
  }

  static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
