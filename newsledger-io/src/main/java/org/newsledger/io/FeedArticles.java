package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.JDOMException;
import org.jsoup.nodes.Element;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * The entries of an RSS or Atom feed as articles: title, link, publication date and the content or
 * description. Linked pages are not fetched.
 */
final class FeedArticles {

  private FeedArticles() {}

  /** The article (or error) of each entry of the feed document; throws when it is not a feed. */
  static List<ReadResult> read(byte[] feed, String label, ReadOptions options) {
    List<SyndEntry> entries = parse(feed, label).getEntries();
    List<ReadResult> results = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      String entryLabel = label + "#" + (i + 1);
      SyndEntry entry = entries.get(i);
      String id = entry.getLink() != null ? entry.getLink().strip() : entryLabel;
      byte[] page = page(entry).getBytes(UTF_8);
      results.add(ArticleSource.ofBytes(page, entryLabel, id, InputFormat.HTML, options).next());
    }
    return results;
  }

  private static SyndFeed parse(byte[] feed, String label) {
    try {
      return new SyndFeedInput().build(FeedXml.parse(feed));
    } catch (NewsledgerException e) {
      throw new NewsledgerException(e.code(), label + ": not read as a feed: " + e.getMessage(), e);
    } catch (FeedException | IOException | JDOMException | IllegalArgumentException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new NewsledgerException(
          ErrorCode.INPUT_MALFORMED, label + ": not an RSS or Atom feed: " + firstLine(detail), e);
    }
  }

  /** An HTML page holding the entry, with its metadata in the tags newsledger-io reads. */
  private static String page(SyndEntry entry) {
    org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
    page.head().appendElement("meta").attr("charset", "utf-8");
    if (entry.getTitle() != null) {
      page.head()
          .appendElement("meta")
          .attr("property", "og:title")
          .attr("content", entry.getTitle().strip());
    }
    if (entry.getLink() != null) {
      page.head().appendElement("link").attr("rel", "canonical").attr("href", entry.getLink());
    }
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date != null) {
      page.head()
          .appendElement("meta")
          .attr("property", "article:published_time")
          .attr("content", date.toInstant().toString());
    }
    appendBody(page.body(), entry);
    return page.outerHtml();
  }

  private static void appendBody(Element body, SyndEntry entry) {
    SyndContent content =
        entry.getContents().isEmpty() ? entry.getDescription() : entry.getContents().get(0);
    if (content == null || content.getValue() == null) {
      return;
    }
    String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      body.append(content.getValue());
    } else {
      body.appendElement("p").text(content.getValue());
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
