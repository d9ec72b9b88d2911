package org.newsledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * Reads HTML held in memory (a WARC payload, a feed entry) with newsledger-io's page reader, so
 * every input gets the same boilerplate removal and metadata rules as an HTML file.
 */
final class HtmlPages {

  private HtmlPages() {}

  /** The article of the page under the given id and label; never throws for bad input. */
  static ReadResult read(byte[] html, String id, String label, ReadOptions options) {
    Path page = null;
    try {
      page = Files.createTempFile("newsledger-page-", ".html");
      Files.write(page, html);
      try (ArticleSource source = ArticleSource.open(page.toString(), options)) {
        ReadResult result = source.next();
        return result.isOk()
            ? ReadResult.ok(label, withId(result.document(), id))
            : ReadResult.failed(label, result.error().replace(page.toString(), label));
      }
    } catch (IOException e) {
      return ReadResult.failed(label, label + ": cannot buffer the page: " + e.getMessage());
    } finally {
      deleteQuietly(page);
    }
  }

  /** A copy of the document with another id and, when it names none, this URL. */
  static Document withId(Document doc, String id) {
    ArticleMeta m = doc.meta();
    return doc.withMeta(
        new ArticleMeta(
            id, m.title(), m.published(), m.dateline(), m.url(), m.titleSpan(), m.datelineSpans()));
  }

  private static void deleteQuietly(Path page) {
    if (page == null) {
      return;
    }
    try {
      Files.deleteIfExists(page);
    } catch (IOException e) {
      // A leftover file in the temp folder loses nothing; the article was read already.
    }
  }
}
