package org.newsledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsledger.core.NewsledgerException;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * Turns an ingest source into articles: a text or HTML file, a folder (recursively, in path order,
 * hidden files and files not named like articles skipped), a JSON Lines file, an RSS/Atom feed file
 * or URL, a WARC file. A source that cannot be read becomes one failed {@link ReadResult}, never an
 * exception.
 */
final class ArticleInputs {

  private static final Duration FEED_TIMEOUT = Duration.ofSeconds(30);
  private static final Set<String> FOLDER_EXTENSIONS =
      Set.of("txt", "text", "html", "htm", "xhtml", "jsonl", "rss", "atom", "xml", "warc", "gz");

  private ArticleInputs() {}

  /** Passes every article (or failure) of {@code source} to {@code sink}, in input order. */
  static void read(String source, ReadOptions options, Consumer<ReadResult> sink) {
    try {
      if (isUrl(source)) {
        FeedArticles.read(fetch(source, options), source, options, sink);
        return;
      }
      Path path = Path.of(source);
      if (Files.isDirectory(path)) {
        for (Path file : files(path)) {
          readFile(file, file.toString(), options, sink);
        }
      } else {
        readFile(path, source, options, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(ReadResult.failed(source, message(source, e)));
    }
  }

  private static void readFile(
      Path file, String label, ReadOptions options, Consumer<ReadResult> sink) {
    try {
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
        WarcArticles.read(file, label, options, sink);
      } else if (isFeed(file, lower)) {
        FeedArticles.read(Files.readAllBytes(file), label, options, sink);
      } else {
        try (ArticleSource articles = ArticleSource.open(label, options)) {
          articles.forEachRemaining(sink);
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(ReadResult.failed(label, message(label, e)));
    }
  }

  private static boolean isFeed(Path file, String lowerName) throws IOException {
    if (lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
      return true;
    }
    if (!lowerName.endsWith(".xml") || !Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return FeedArticles.looksLikeFeed(in.readNBytes(2048));
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !isHidden(folder.relativize(file)) && isArticleFile(file))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** In a folder, only files named like articles: a manifest or a README is not one. */
  private static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0
        || FOLDER_EXTENSIONS.contains(name.substring(dot + 1))
            && (!name.endsWith(".gz") || name.endsWith(".warc.gz"));
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUrl(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static byte[] fetch(String url, ReadOptions options) throws IOException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(FEED_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(FEED_TIMEOUT)
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
        return body.readNBytes((int) Math.min(options.maxBytes(), Integer.MAX_VALUE - 8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String message(String label, Exception e) {
    if (e instanceof NewsledgerException) {
      return e.getMessage();
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = detail.lines().findFirst().orElse("").strip();
    return line.startsWith(label) ? line : label + ": " + line;
  }
}
