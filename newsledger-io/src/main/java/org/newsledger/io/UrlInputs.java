package org.newsledger.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/** Reads an http(s) URL: a feed's entries, or the page itself. */
final class UrlInputs {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private UrlInputs() {}

  /** True for http and https URLs. */
  static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** The articles at the URL: a feed's entries, else the page (HTML) it serves. */
  static ArticleSource open(String url, ReadOptions options) {
    try {
      byte[] bytes = fetch(url, options);
      InputFormat format = InputFormat.looksLikeFeed(bytes) ? InputFormat.FEED : InputFormat.HTML;
      return ArticleSource.ofBytes(bytes, url, url, format, options);
    } catch (IOException | IllegalArgumentException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ArticleSource.failed(url, url + ": cannot fetch: " + Inputs.firstLine(detail));
    }
  }

  private static byte[] fetch(String url, ReadOptions options) throws IOException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("User-Agent", "newsledger")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP status " + response.statusCode());
      }
      try (InputStream body = response.body()) {
        return Inputs.readAll(body, url, options.maxBytes());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
