package eu.dualis.classification.service;

import static eu.dualis.classification.service.ControlListFixtures.fixture;
import static eu.dualis.classification.service.ControlListFixtures.page;
import static eu.dualis.classification.service.ControlListFixtures.refusal;
import static eu.dualis.classification.service.ControlListFixtures.row;
import static eu.dualis.classification.service.ControlListFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedControlList;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Hostile and broken XHTML: refused with a position, and nothing fetched on the way. */
class HostileXhtmlParserTest {

  private final EurLexXhtmlParser parser = new EurLexXhtmlParser();

  private ParsedControlList parseFixture(String name) throws Exception {
    try (InputStream in = fixture(name)) {
      return parser.parse(in);
    }
  }

  private ParsedControlList parseText(String xhtml) {
    return parser.parse(utf8(xhtml));
  }

  private static String ownText(ParsedControlList list, String code) {
    return list.entry(EntryCode.parse(code).orElseThrow()).orElseThrow().ownText();
  }

  @Test
  void refusesAnExternalEntityAndSaysWhere() {
    ControlListFormatException e = refusal(() -> parseFixture("xxe.xhtml"));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).matches("line 4, column \\d+"));
    assertThat(e.getMessage()).contains("DOCTYPE refused").doesNotContain("root:");
  }

  @Test
  void refusesAnInternalSubsetWithEntities() {
    ControlListFormatException e = refusal(() -> parseFixture("dtd-internal.xhtml"));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).matches("line 6, column \\d+"));
    assertThat(e.getMessage()).contains("DOCTYPE refused");
  }

  @Test
  void refusesATruncatedFileAndSaysWhereItBreaksOff() {
    ControlListFormatException e = refusal(() -> parseFixture("truncated.xhtml"));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).matches("line 6[34], column \\d+"));
    assertThat(e.getMessage()).contains("not well-formed XHTML");
  }

  @Test
  void refusesEntityReferencesWithoutTheStandardDoctype() {
    String xhtml = page("", "<table>" + row("5A002", "Items &nbsp; here") + "</table>");

    ControlListFormatException e = refusal(() -> parseText(xhtml));

    assertThat(e.getMessage())
        .contains("entity reference &nbsp; refused")
        .startsWith("line 5, column");
  }

  @Test
  void skipsTheStandardXhtmlDoctypeAndReplacesItsCommonEntitiesFromAFixedTable() {
    String doctype =
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""
            + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n";
    String xhtml =
        page(doctype, "<table>" + row("5A002", "Items&nbsp;of 1&ndash;2 GHz") + "</table>");

    assertThat(ownText(parseText(xhtml), "5A002")).isEqualTo("Items of 1–2 GHz");

    String html5 = page("<!DOCTYPE html>\n", "<table>" + row("5A002", "Items") + "</table>");
    assertThat(ownText(parseText(html5), "5A002")).isEqualTo("Items");

    String unknown = page(doctype, "<table>" + row("5A002", "Items &custom; here") + "</table>");
    assertThat(refusal(() -> parseText(unknown)).getMessage())
        .contains("entity reference &custom; refused");
  }

  @Test
  void refusesADocumentThatIsNotXml() {
    ControlListFormatException e =
        refusal(() -> parseText("<html><body><p>5A002<br></p></body></html>"));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).startsWith("line 1, column"));
  }

  @Test
  void fetchesNothingThatADoctypeOrEntityPointsTo() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "<!ENTITY leak \"LEAKED\">".getBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<String> doctypes =
          List.of(
              "<!DOCTYPE html [<!ENTITY leak SYSTEM \"" + base + "/entity\">]>\n",
              "<!DOCTYPE html SYSTEM \"" + base + "/external.dtd\">\n",
              "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \""
                  + base
                  + "/x.dtd\">\n",
              "<!DOCTYPE html [<!ENTITY % remote SYSTEM \"" + base + "/param\"> %remote;]>\n");
      for (String doctype : doctypes) {
        String xhtml = page(doctype, "<table>" + row("5A002", "Items &leak;") + "</table>");
        ControlListFormatException e = refusal(() -> parseText(xhtml));
        assertThat(e.getMessage()).as(doctype).contains("DOCTYPE refused").doesNotContain("LEAKED");
      }
    } finally {
      server.stop(0);
    }
    assertThat(requests).hasValue(0);
  }
}
