package org.newsledger.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsledger.core.Document;

/**
 * The HTML pages of a WARC or WARC.gz stream (e.g. Common Crawl's CC-NEWS) as articles, read one
 * record at a time: response records with status 200 and an HTML payload; other records are
 * skipped. A record whose Content-Length is bogus or over the size limit is one error, and reading
 * resumes at the next record (see {@link WarcFrames}); a broken gzip stream ends the stream with
 * one error after the articles read before it.
 */
final class WarcArticles extends ReadAhead {

  private static final int HEADER_SLACK = 64 * 1024;

  private final InputStream in;
  private final WarcFrames frames;
  private final String label;
  private final ReadOptions options;
  private int number;

  WarcArticles(InputStream in, String label, ReadOptions options) throws IOException {
    this.in = decompressed(in);
    this.frames = new WarcFrames(this.in, options.maxBytes() + HEADER_SLACK);
    this.label = label;
    this.options = options;
  }

  /** Closes the stream. */
  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The stream, gunzipped (every gzip member in turn) when it starts with the gzip magic. */
  private static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    return first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 64 * 1024) : buffered;
  }

  /** The result of the next record, or null for a skipped record or the end. */
  @Override
  ReadResult advance() {
    try {
      WarcFrames.Frame frame = frames.next();
      if (frame == null) {
        finish();
        return null;
      }
      number++;
      String recordLabel = label + "#" + number;
      if (frame.problem() != null) {
        return frame.type().equals("response") || frame.type().isEmpty()
            ? ReadResult.failed(recordLabel, recordLabel + ": " + frame.problem())
            : null;
      }
      return record(frame.bytes()) instanceof WarcResponse response
          ? readResponse(response, recordLabel)
          : null;
    } catch (IOException | RuntimeException e) {
      finish();
      return ReadResult.failed(
          label,
          label + ": unreadable WARC after record " + number + ": " + Inputs.firstLine(message(e)));
    }
  }

  private static WarcRecord record(byte[] bytes) throws IOException {
    WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes));
    reader.setLenient(true);
    return reader.next().orElse(null);
  }

  /** The article of one response, or null when it is not an HTML page. */
  private ReadResult readResponse(WarcResponse response, String recordLabel) {
    try {
      HttpResponse http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        return null;
      }
      byte[] html = readLimited(http.bodyDecoded().stream(), options.maxBytes());
      if (html == null) {
        return ReadResult.failed(recordLabel, recordLabel + ": page larger than the size limit");
      }
      String target = response.target();
      ReadResult result =
          ArticleSource.ofBytes(html, recordLabel, target, InputFormat.HTML, options).next();
      return result.isOk()
          ? ReadResult.ok(recordLabel, withUrl(result.document(), target))
          : result;
    } catch (IOException | RuntimeException e) {
      return ReadResult.failed(
          recordLabel, recordLabel + ": unreadable record: " + Inputs.firstLine(message(e)));
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
