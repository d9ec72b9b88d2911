package org.newsledger.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds an HTML page's headline, publication date and canonical address. */
final class HtmlMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlMetadata() {}

  /** Headline from og:title, the first h1, or the title element (site name cut off). */
  static Optional<String> title(Document page) {
    return first(
        List.of(
            () -> meta(page, "meta[property=og:title], meta[name=twitter:title]"),
            () -> text(page.selectFirst("article h1, h1")),
            () -> text(page.selectFirst("title")).map(HtmlMetadata::withoutSiteName)));
  }

  /** Publication date normalized to ISO 8601, from meta tags, itemprop, JSON-LD or time. */
  static Optional<String> published(Document page) {
    return first(
            List.of(
                () -> meta(page, "meta[property=article:published_time]"),
                () -> attr(page.selectFirst("[itemprop=datePublished]"), "content", "datetime"),
                () -> jsonLdDate(page),
                () -> meta(page, "meta[name=pubdate], meta[name=date], meta[name=publish-date]"),
                () -> attr(page.selectFirst("article time[datetime], time[datetime]"), "datetime")))
        .flatMap(PublishedDates::normalize);
  }

  /** Address from the canonical link or og:url. */
  static Optional<String> url(Document page) {
    return first(
        List.of(
            () -> attr(page.selectFirst("link[rel=canonical]"), "href"),
            () -> meta(page, "meta[property=og:url]")));
  }

  private static Optional<String> first(List<Supplier<Optional<String>>> finders) {
    return finders.stream().map(Supplier::get).flatMap(Optional::stream).findFirst();
  }

  private static Optional<String> meta(Document page, String selector) {
    return attr(page.selectFirst(selector), "content");
  }

  private static Optional<String> attr(Element element, String... names) {
    if (element == null) {
      return Optional.empty();
    }
    return Stream.of(names)
        .map(element::attr)
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .findFirst();
  }

  private static Optional<String> text(Element element) {
    return Optional.ofNullable(element)
        .map(Element::text)
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  private static String withoutSiteName(String title) {
    int bar = title.lastIndexOf(" | ");
    return bar > 0 ? title.substring(0, bar).strip() : title;
  }

  private static Optional<String> jsonLdDate(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = JSON.readTree(script.data()).findValue("datePublished");
        if (found != null && found.isTextual()) {
          return Optional.of(found.asText());
        }
      } catch (IOException e) {
        // Broken JSON-LD is common on real pages; the other sources of a date remain.
      }
    }
    return Optional.empty();
  }
}
