package eu.dualis.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Imports every real list bundled with the tests (src/test/resources/fixtures/sanctions) into the
 * running stack, beside the demo UN list: OFAC SDN (CSV trio), the US CSL sample and the EU
 * excerpt. A list imported before is recognised by its checksum and left as it is.
 */
final class BundledLists {

  private static final String DIR = "/fixtures/sanctions/";

  private BundledLists() {}

  static void importAll(String appUrl) throws IOException, InterruptedException {
    String token = eu.dualis.testing.Tokens.of("platform@dualis.test");
    upload(appUrl, token, "OFAC_SDN_CSV_ZIP", ofacZip(), "2021-07-31");
    upload(appUrl, token, "US_CSL_CSV", read("us-csl-sample-2025.csv"), "2025-01-01");
    upload(appUrl, token, "EU_FSF_XML", read("eu-fsf-excerpt-2018.xml"), null);
  }

  private static void upload(String appUrl, String token, String format, byte[] body, String date)
      throws IOException, InterruptedException {
    String uri =
        appUrl
            + "/api/v1/sanctions-lists/versions?format="
            + format
            + (date == null ? "" : "&publishedOn=" + date);
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(uri))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 201 && reply.statusCode() != 200) {
      throw new IllegalStateException(format + " import failed: " + reply.body());
    }
    System.out.println("  imported " + format + " (" + reply.statusCode() + ")");
  }

  private static byte[] ofacZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String part : new String[] {"sdn", "alt", "add"}) {
        zip.putNextEntry(new ZipEntry(part + ".csv"));
        zip.write(read("ofac-" + part + "-2021-07.csv"));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] read(String name) {
    try (InputStream in = BundledLists.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
