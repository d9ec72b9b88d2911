package org.newsledger.io.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small RSS, Atom and WARC files holding test articles. */
public final class TestFeeds {

  private TestFeeds() {}

  /** An RSS 2.0 feed of two entries with HTML descriptions. */
  public static Path rss(Path file) throws IOException {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Harbour Times</title>
        <link>https://harbour-times.example/</link><description>News</description>
        <item><title>Port closes after storm</title>
          <link>https://harbour-times.example/port-closes</link>
          <pubDate>Tue, 07 May 2024 09:04:00 GMT</pubDate>
          <description><![CDATA[<p>"The port is closed until Friday," said Anna Berg.</p>\
        <p>Ferries stayed in the harbour &amp; waited.</p>]]></description></item>
        <item><title>Talks resume</title>
          <link>https://harbour-times.example/talks</link>
          <pubDate>Wed, 08 May 2024 10:00:00 GMT</pubDate>
          <description>"Talks resume on Monday," said Jonas Weber.</description></item>
        </channel></rss>
        """;
    return Files.writeString(file, xml, UTF_8);
  }

  /** An Atom feed of one entry with HTML content. */
  public static Path atom(Path file) throws IOException {
    String xml =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
        <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>2024-05-09T12:00:00Z</updated>
        <entry><title>Bridge reopens</title>
          <link href="https://courier.example/bridge"/>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
          <published>2024-05-09T11:30:00Z</published><updated>2024-05-09T11:30:00Z</updated>
          <content type="html">&lt;p&gt;"The bridge is safe again," said Mira Okafor.&lt;/p&gt;</content>
        </entry></feed>
        """;
    return Files.writeString(file, xml, UTF_8);
  }

  /** A WARC with a request, two HTML pages, an image and a 404, gzipped when the name says so. */
  public static Path warc(Path file) throws IOException {
    WarcCompression compression =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      String first = "https://courier.example/news/grain";
      writer.write(
          new WarcRequest.Builder(URI.create(first))
              .body(new HttpRequest.Builder("GET", "/news/grain").build())
              .build());
      writer.write(
          page(first, "Grain exports rise", "\"Grain exports rose in May,\" said Tomas Reyes."));
      writer.write(
          page(
              "https://courier.example/news/rail",
              "Railway strike ends",
              "\"The strike is over,\" said Leila Haddad."));
      writer.write(
          response(
              "https://courier.example/logo.png",
              200,
              MediaType.parse("image/png"),
              new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      writer.write(
          response(
              "https://courier.example/missing",
              404,
              MediaType.HTML_UTF8,
              "<html><body><p>Not found</p></body></html>".getBytes(UTF_8)));
    }
    return file;
  }

  /**
   * A WARC of three HTML pages whose second record claims {@code contentLength} bytes (more than it
   * holds), each record its own gzip member when the name ends in ".gz".
   */
  public static Path warcWithBogusLength(Path file, long contentLength) throws IOException {
    List<WarcResponse> pages =
        List.of(
            page("https://courier.example/a", "Dam opens", "\"The dam is open,\" said Ana Ruiz."),
            page("https://courier.example/b", "Dam closes", "\"It closed,\" said Ben Ode."),
            page("https://courier.example/c", "Dam fixed", "\"It is fixed,\" said Cy Lund."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < pages.size(); i++) {
      ByteArrayOutputStream record = new ByteArrayOutputStream();
      try (WarcWriter writer = new WarcWriter(Channels.newChannel(record), WarcCompression.NONE)) {
        writer.write(pages.get(i));
      }
      String text = record.toString(ISO_8859_1);
      if (i == 1) {
        text = text.replaceFirst("Content-Length: \\d+", "Content-Length: " + contentLength);
      }
      byte[] bytes = text.getBytes(ISO_8859_1);
      if (file.toString().endsWith(".gz")) {
        try (GZIPOutputStream member = new GZIPOutputStream(out)) {
          member.write(bytes);
          member.finish();
        }
        continue;
      }
      out.write(bytes);
    }
    return Files.write(file, out.toByteArray());
  }

  private static WarcResponse page(String url, String title, String paragraph) throws IOException {
    String html =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title><meta property=\"article:published_time\" content=\"2024-05-10T08:00:00Z\">"
            + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
            + title
            + "</h1><p>"
            + paragraph
            + "</p></article><footer>Copyright</footer></body></html>";
    return response(url, 200, MediaType.HTML_UTF8, html.getBytes(UTF_8));
  }

  private static WarcResponse response(String url, int status, MediaType type, byte[] body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(type, body)
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2024-05-10T09:00:00Z"))
        .body(http)
        .build();
  }
}
