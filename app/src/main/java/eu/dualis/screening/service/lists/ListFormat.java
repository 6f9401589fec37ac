package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ListSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The list file formats Dualis reads, each with its publisher and its reader. */
public enum ListFormat {
  EU_FSF_XML(ListSource.EU_FSF, "EU Financial Sanctions Files, XML export", new EuFsfXmlParser()),
  UN_XML(ListSource.UN_SC, "UN Security Council consolidated list, XML", new UnXmlParser()),
  OFAC_SDN_CSV_ZIP(
      ListSource.OFAC_SDN,
      "OFAC SDN list, one ZIP of sdn.csv, alt.csv and add.csv",
      new OfacSdnCsvParser()),
  OFAC_SDN_XML(ListSource.OFAC_SDN, "OFAC SDN list, SDN.XML", new OfacSdnXmlParser()),
  US_CSL_CSV(
      ListSource.US_CSL, "US Consolidated Screening List of trade.gov, CSV", new UsCslCsvParser()),
  UK_CSV(ListSource.UK, "UK Sanctions List of the FCDO, CSV", new UkSanctionsCsvParser()),
  FTM_JSON_LINES(
      ListSource.OPENSANCTIONS,
      "OpenSanctions FollowTheMoney entities, one JSON object per line",
      new FtmJsonLinesParser());

  private final ListSource source;
  private final String description;
  private final ListParser parser;

  ListFormat(ListSource source, String description, ListParser parser) {
    this.source = source;
    this.description = description;
    this.parser = parser;
  }

  public ListSource source() {
    return source;
  }

  /** A short description for people choosing a file's format. */
  public String description() {
    return description;
  }

  /** The reader; readers keep no state, so one serves every import. */
  public ListParser parser() {
    return parser;
  }

  /**
   * The format of that name, in any case, with "-" or a space for "_" ("uk-csv" is {@link
   * #UK_CSV}): the name is typed into forms and configuration by people.
   */
  public static Optional<ListFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(f -> f.name().equals(key)).findFirst();
  }
}
