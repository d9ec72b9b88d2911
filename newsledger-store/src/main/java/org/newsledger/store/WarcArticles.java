package org.newsledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsledger.core.Document;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * The HTML pages of a WARC or WARC.gz file (e.g. Common Crawl's CC-NEWS) as articles: response
 * records with status 200 and an HTML payload; other records are skipped.
 */
final class WarcArticles {

  private WarcArticles() {}

  /** Reads each HTML response into {@code sink}; throws {@link IOException} on a broken file. */
  static void read(Path warc, String label, ReadOptions options, Consumer<ReadResult> sink)
      throws IOException {
    try (WarcReader reader = new WarcReader(warc)) {
      reader.setLenient(true);
      int number = 0;
      for (WarcRecord record = reader.next().orElse(null);
          record != null;
          record = reader.next().orElse(null)) {
        number++;
        if (record instanceof WarcResponse response) {
          ReadResult result = readResponse(response, label + "#" + number, options);
          if (result != null) {
            sink.accept(result);
          }
        }
      }
    }
  }

  /** The article of one response, or null when it is not an HTML page. */
  private static ReadResult readResponse(WarcResponse response, String label, ReadOptions options) {
    try {
      HttpResponse http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        return null;
      }
      byte[] html = readLimited(http.bodyDecoded().stream(), options.maxBytes());
      if (html == null) {
        return ReadResult.failed(label, label + ": page larger than the size limit");
      }
      String target = response.target();
      ReadResult result = HtmlPages.read(html, target, label, options);
      return result.isOk() ? ReadResult.ok(label, withUrl(result.document(), target)) : result;
    } catch (IOException | RuntimeException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ReadResult.failed(
          label, label + ": unreadable record: " + detail.lines().findFirst().orElse(""));
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** All bytes, or null when there are more than {@code maxBytes}. */
  private static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
    int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
    byte[] bytes = in.readNBytes(cap + 1);
    return bytes.length > cap ? null : bytes;
  }

  private static Document withUrl(Document doc, String target) {
    return doc.meta().url() != null ? doc : doc.withMeta(doc.meta().withUrl(target));
  }
}
