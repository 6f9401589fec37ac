package eu.dualis.screening.service.lists;

import static eu.dualis.screening.service.lists.SanctionsFixtures.refusal;
import static eu.dualis.screening.service.lists.SanctionsFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.dualis.screening.model.ListFormatException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every XML list reader does with a file that tries to reach out or to exhaust the heap. */
class HostileListXmlTest {

  private static final List<ListParser> XML_READERS =
      List.of(new UnXmlParser(), new EuFsfXmlParser(), new OfacSdnXmlParser());

  @Test
  void fetchesNothingThatADoctypeOrEntityPointsTo() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "<!ENTITY leak \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<String> doctypes =
          List.of(
              "<!DOCTYPE r [<!ENTITY leak SYSTEM \"" + base + "/entity\">]>\n",
              "<!DOCTYPE r SYSTEM \"" + base + "/external.dtd\">\n",
              "<!DOCTYPE r PUBLIC \"-//X//DTD X//EN\" \"" + base + "/public.dtd\">\n",
              "<!DOCTYPE r [<!ENTITY % remote SYSTEM \"" + base + "/param\"> %remote;]>\n");
      for (ListParser reader : XML_READERS) {
        for (String doctype : doctypes) {
          String xml = "<?xml version=\"1.0\"?>\n" + doctype + "<r>&leak;</r>";
          ListFormatException e = refusal(reader, utf8(xml));
          assertThat(e.getMessage())
              .as(reader.getClass().getSimpleName() + " " + doctype)
              .contains("DOCTYPE refused")
              .doesNotContain("LEAKED");
        }
      }
    } finally {
      server.stop(0);
    }
    assertThat(requests).hasValue(0);
  }

  @Test
  void refusesARecordTooLargeForAnyListInsteadOfFillingTheHeap() {
    String note = "<NOTE>" + "A".repeat(10_000) + "</NOTE>";
    String xml =
        "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>"
            + note.repeat(SafeXml.MAX_RECORD_CHARS / 10_000 + 1)
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";

    ListFormatException e = refusal(new UnXmlParser(), utf8(xml));

    assertThat(e.getMessage())
        .isEqualTo("line 3, column 13: record INDIVIDUAL is larger than 8000000 characters");
  }

  @Test
  void refusesAFloodOfEmptyElementsInOneRecord() {
    StringBuilder xml = new StringBuilder("<sdnList>\n<sdnEntry><uid>1</uid>");
    xml.append("<x/>".repeat(SafeXml.MAX_RECORD_CHARS / 64 + 10));

    ListFormatException e = refusal(new OfacSdnXmlParser(), utf8(xml.toString()));

    assertThat(e.getMessage()).startsWith("line 2, column 11: record sdnEntry is larger than");
  }
}
