package eu.dualis.classification.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import eu.dualis.classification.service.ControlListFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching a control list from a URL, against a real HTTP server on loopback. */
class RemoteSourceTest {

  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve(
        "/lists/annex.csv",
        "text/csv; charset=utf-8",
        "code,parent,text\n5A002,,Information security\n");
    serve("/celex/02021R0821-20251115.ENG", "application/xhtml+xml", "<html/>");
    serve("/lists/report.pdf", "application/pdf", "%PDF");
    server.createContext(
        "/missing",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void serve(String path, String type, String body) {
    server.createContext(
        path,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", type);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void takesTheFormatFromTheContentType() throws IOException {
    var csv = new RemoteSource(uri("/lists/annex.csv")).fetch(1024);
    assertThat(csv.format()).isEqualTo(ControlListFormat.CSV);
    assertThat(csv.name()).isEqualTo("annex.csv");
    assertThat(new String(csv.content(), StandardCharsets.UTF_8)).contains("5A002");
    var xhtml = new RemoteSource(uri("/celex/02021R0821-20251115.ENG")).fetch(1024);
    assertThat(xhtml.format()).isEqualTo(ControlListFormat.XHTML);
  }

  @Test
  void refusesErrorsOtherFormatsAndTooMuch() {
    assertThatThrownBy(() -> new RemoteSource(uri("/missing")).fetch(1024))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("404");
    assertThatThrownBy(() -> new RemoteSource(uri("/lists/report.pdf")).fetch(1024))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("application/pdf");
    assertThatThrownBy(() -> new RemoteSource(uri("/lists/annex.csv")).fetch(10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than");
  }
}
