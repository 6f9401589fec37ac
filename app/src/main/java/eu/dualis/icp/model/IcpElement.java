package eu.dualis.icp.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The seven core elements of an ICP, numbered as in Recommendation (EU) 2019/1318. Titles and the
 * Dutch (CDIU) and German (BAFA) headings come from {@code core-elements.properties}, which names
 * its sources and what in it is unverified.
 */
public enum IcpElement {
  COMMITMENT(1),
  ORGANISATION(2),
  TRAINING(3),
  SCREENING(4),
  AUDITS(5),
  RECORDKEEPING(6),
  SECURITY(7);

  private static final Properties HEADINGS = load();

  private final int number;

  IcpElement(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  public String titleEn() {
    return heading("en");
  }

  public String titleNl() {
    return heading("nl");
  }

  /** The heading of the Dutch authority's ICP guidance this element maps to. */
  public String cdiuHeading() {
    return heading("cdiu");
  }

  /** The heading of the German authority's ICP leaflet this element maps to. */
  public String bafaHeading() {
    return heading("bafa");
  }

  /** Procedure documents are kept for every element but training, which has its own records. */
  public boolean takesDocuments() {
    return this != TRAINING;
  }

  public static IcpElement ofNumber(int number) {
    for (IcpElement e : values()) {
      if (e.number == number) {
        return e;
      }
    }
    throw new IllegalArgumentException("no core element " + number);
  }

  private String heading(String field) {
    return HEADINGS.getProperty(number + "." + field);
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        IcpElement.class.getResourceAsStream("/eu/dualis/icp/core-elements.properties")) {
      if (in == null) {
        throw new IllegalStateException("core-elements.properties is missing from the build");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
