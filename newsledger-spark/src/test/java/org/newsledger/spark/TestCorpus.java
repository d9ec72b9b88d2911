package org.newsledger.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small corpus written for these tests, in every input format the Spark job reads: plain-text
 * files (a folder), a JSON Lines file with a bad line, a gzipped WARC with two HTML pages and an
 * image, and an empty file. Two stories run over several articles, so the ledger has stories,
 * entities seen in several articles and claims whose status changes.
 */
final class TestCorpus {

  /** Articles the corpus holds, the empty one included (the bad JSON line not counted). */
  static final int ARTICLES = 7;

  /** Articles with a text, which the store keeps. */
  static final int STORED = 6;

  private TestCorpus() {}

  /** Writes the corpus into {@code folder} and returns it. */
  static Path write(Path folder) throws IOException {
    Path texts = Files.createDirectories(folder.resolve("texts"));
    Files.writeString(
        texts.resolve("dam-vote-delayed.txt"),
        """
        Merrow council delays vote on dam
        4 March 2025 10:15
        The Merrow county council postponed Tuesday's vote on the proposed Kell river dam, its \
        chair, Helen Vasquez, said on Monday.

        "We need the engineers' report before anyone votes," Vasquez told reporters. Opponents \
        said the reservoir would flood 40 farms. The water authority did not confirm that figure.
        """,
        UTF_8);
    Files.writeString(
        texts.resolve("dam-approved.txt"),
        """
        Merrow council approves Kell river dam
        18 March 2025 16:40
        The Merrow county council approved the Kell river dam on Tuesday after engineers \
        reported that 12 farms, not 40, would be flooded, council chair Helen Vasquez said.
        The water authority confirmed the figure of 12 farms in a statement. Farmers' union \
        leader Ana Brandt said the union would appeal the decision.
        """,
        UTF_8);
    Files.writeString(texts.resolve("empty.txt"), "", UTF_8);
    Files.writeString(texts.resolve("README.md"), "not an article", UTF_8);
    Files.writeString(
        folder.resolve("wire.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"wire-1\", \"title\": \"Dam opponents file appeal\", \"published\":"
                + " \"2025-03-20\", \"url\": \"https://wire.example/1\", \"text\": \"Farmers"
                + " opposed to the Kell river dam filed an appeal on Thursday, union leader Ana"
                + " Brandt said. Council chair Helen Vasquez declined to comment.\"}",
            "{\"id\": \"wire-2\", \"title\": \"Ferry fares to rise\", \"published\":"
                + " \"2025-03-21\", \"text\": \"Northline will raise ferry fares to Istrel"
                + " island by 8 percent in April, the company said on Friday.\"}",
            "{\"id\": \"broken\", \"text\": ",
            ""),
        UTF_8);
    warc(folder.resolve("crawl.warc.gz"));
    return folder;
  }

  /** The inputs to give the job or the CLI: the text folder, the JSON Lines file, the WARC. */
  static List<Path> inputs(Path folder) {
    return List.of(
        folder.resolve("texts"), folder.resolve("wire.jsonl"), folder.resolve("crawl.warc.gz"));
  }

  private static void warc(Path file) throws IOException {
    try (FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(
          page(
              "https://island.example/ferry-suspended",
              "Ferry crossings to Istrel suspended",
              "2025-03-10T08:00:00Z",
              "The ferry operator Northline suspended crossings to Istrel island on Sunday after"
                  + " a storm damaged the pier, company spokesman Tomas Reyes said. About 300"
                  + " residents are stranded, according to the island's mayor, Lena Ostrova."));
      writer.write(
          page(
              "https://island.example/ferry-resumes",
              "Istrel ferry resumes after pier repair",
              "2025-03-14T08:00:00Z",
              "Northline resumed crossings to Istrel island on Friday, spokesman Tomas Reyes"
                  + " said. \"The pier is safe again,\" Mayor Lena Ostrova told the Istrel"
                  + " Courier. The company denied that the repairs had been delayed."));
      writer.write(
          response(
              "https://island.example/logo.png",
              MediaType.parse("image/png"),
              new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }
  }

  private static WarcResponse page(String url, String title, String published, String paragraph)
      throws IOException {
    String html =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title><meta property=\"article:published_time\" content=\""
            + published
            + "\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
            + title
            + "</h1><p>"
            + paragraph
            + "</p></article><footer>Island News</footer></body></html>";
    return response(url, MediaType.HTML_UTF8, html.getBytes(UTF_8));
  }

  private static WarcResponse response(String url, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2025-03-14T09:00:00Z"))
        .body(http)
        .build();
  }
}
