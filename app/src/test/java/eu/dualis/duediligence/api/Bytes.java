package eu.dualis.duediligence.api;

import eu.dualis.testing.Stack;
import eu.dualis.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Binary uploads and downloads (documents, PDFs), which the JSON test client does not do. */
final class Bytes {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  record Reply(int status, byte[] body, String contentType) {
    String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final String token;

  private Bytes(String token) {
    this.token = token;
  }

  static Bytes as(String username) {
    return new Bytes(Tokens.of(username));
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + path)).GET());
  }

  Reply post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private Reply send(HttpRequest.Builder request) {
    request.header("Authorization", "Bearer " + token);
    try {
      HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
