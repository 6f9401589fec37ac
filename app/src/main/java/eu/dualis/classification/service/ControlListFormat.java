package eu.dualis.classification.service;

import eu.dualis.classification.model.ParsedControlList;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;

/** The file formats a control list version is imported from, chosen by the upload's media type. */
public enum ControlListFormat {
  /** The official consolidated text of Regulation (EU) 2021/821 as EUR-Lex publishes it. */
  XHTML {
    @Override
    public ParsedControlList parse(byte[] content, CsvMetadata csv) {
      return new EurLexXhtmlParser().parse(new ByteArrayInputStream(content));
    }
  },
  /** A curated list: {@code code,parent,text}. */
  CSV {
    @Override
    public ParsedControlList parse(byte[] content, CsvMetadata csv) {
      return new CsvControlListParser()
          .parse(new ByteArrayInputStream(content), csv.sourceId(), csv.title(), csv.appliesFrom());
    }
  },
  /** A curated list as JSON: source, title, date and entries. */
  JSON {
    @Override
    public ParsedControlList parse(byte[] content, CsvMetadata csv) {
      return new JsonControlListParser().parse(new ByteArrayInputStream(content));
    }
  };

  /**
   * What a CSV file cannot say about itself (the XHTML and JSON forms carry it inside).
   *
   * @param sourceId e.g. {@code curated-2026-01}
   * @param appliesFrom may be null
   */
  public record CsvMetadata(String sourceId, String title, java.time.LocalDate appliesFrom) {

    public static CsvMetadata defaults() {
      return new CsvMetadata("curated list", "Curated control list", null);
    }
  }

  /**
   * Reads the whole file.
   *
   * @throws eu.dualis.classification.model.ControlListFormatException saying what and where
   */
  public abstract ParsedControlList parse(byte[] content, CsvMetadata csv);

  /** By the file name's extension: {@code .xhtml}/{@code .html}, {@code .csv}, {@code .json}. */
  public static Optional<ControlListFormat> fromFileName(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xhtml") || name.endsWith(".html")) {
      return Optional.of(XHTML);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return name.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
  }

  public static Optional<ControlListFormat> fromMediaType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/xhtml+xml", "text/html", "application/xml", "text/xml" ->
          Optional.of(XHTML);
      case "text/csv" -> Optional.of(CSV);
      case "application/json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }
}
