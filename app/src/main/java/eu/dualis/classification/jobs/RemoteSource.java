package eu.dualis.classification.jobs;

import eu.dualis.classification.service.ControlListFormat;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * A control list published at a URL, e.g. the Publications Office's CELLAR address of the newest
 * consolidated text ({@code .../resource/celex/02021R0821-YYYYMMDD.ENG} asked for as XHTML). Used
 * where the network allows it; the format comes from the answer's content type, else the URL's file
 * extension.
 */
final class RemoteSource {

  /** What the source answered. */
  record Download(String name, byte[] content, ControlListFormat format) {}

  private final URI uri;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  RemoteSource(URI uri) {
    this.uri = uri;
  }

  URI uri() {
    return uri;
  }

  /**
   * Downloads the list, refusing more than {@code maxBytes}.
   *
   * @throws IOException when the source cannot be reached, answers with an error, sends too much or
   *     a format that is not a control list's
   */
  Download fetch(int maxBytes) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header(
                "Accept",
                "application/xhtml+xml, text/html;q=0.9, text/csv;q=0.8, application/json;q=0.8")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + uri, e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(uri + " answered HTTP " + response.statusCode());
      }
      byte[] content = body.readNBytes(maxBytes + 1);
      if (content.length > maxBytes) {
        throw new IOException(uri + " sent more than " + maxBytes / (1024 * 1024) + " MB");
      }
      ControlListFormat format =
          response
              .headers()
              .firstValue("Content-Type")
              .flatMap(ControlListFormat::fromMediaType)
              .or(() -> ControlListFormat.fromFileName(uri.getPath()))
              .orElseThrow(
                  () ->
                      new IOException(
                          uri
                              + " sent "
                              + response
                                  .headers()
                                  .firstValue("Content-Type")
                                  .orElse("no content type")
                              + ", not XHTML, CSV or JSON"));
      return new Download(name(), content, format);
    }
  }

  private String name() {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return (last.isBlank() ? uri.getHost() : last).toLowerCase(Locale.ROOT);
  }
}
