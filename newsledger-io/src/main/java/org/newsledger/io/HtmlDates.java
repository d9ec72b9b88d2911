package org.newsledger.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's publication date, time zone kept: JSON-LD (read leniently when broken), Open Graph
 * and other meta tags, microdata, time elements, then the address's /YYYY/MM/DD/ path.
 */
final class HtmlDates {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LOOSE_JSON_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern URL_DAY =
      Pattern.compile(
          "/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|$|[^\\d])");
  private static final String META_NAMES =
      "meta[property=article:published_time], meta[property=og:published_time],"
          + " meta[property=article:published], meta[name=article:published_time],"
          + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date],"
          + " meta[name=publish_date], meta[name=article.published], meta[name=parsely-pub-date],"
          + " meta[name=sailthru.date], meta[name=dc.date.issued], meta[name=DC.date.issued],"
          + " meta[name=dcterms.issued], meta[name=dcterms.created], meta[name=date],"
          + " meta[name=original-publish-date], meta[itemprop=datePublished],"
          + " meta[property=datePublished], meta[name=datePublished]";

  private HtmlDates() {}

  /** The publication date in ISO 8601 with its offset when the page gives one, or empty. */
  static Optional<String> published(Document page, String url) {
    List<Supplier<List<String>>> sources =
        List.of(
            () -> jsonLd(page),
            () -> attributes(page.select(META_NAMES), "content"),
            () -> microdata(page),
            () ->
                attributes(
                    page.select("article time[datetime], time[pubdate][datetime]"), "datetime"),
            () -> attributes(page.select("time[datetime]"), "datetime"),
            () -> urlDay(url));
    for (Supplier<List<String>> source : sources) {
      for (String value : source.get()) {
        Optional<String> date = PublishedDates.withOffset(value);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> jsonLd(Document page) {
    List<String> values = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      String data = script.data();
      try {
        for (JsonNode found : JSON.readTree(data).findValues("datePublished")) {
          if (found.isTextual()) {
            values.add(found.asText());
          }
        }
      } catch (IOException e) {
        // Broken JSON-LD (trailing commas, raw newlines) is common: read the field loosely.
        Matcher m = LOOSE_JSON_DATE.matcher(data);
        while (m.find()) {
          values.add(m.group(1));
        }
      }
    }
    return values;
  }

  private static List<String> microdata(Document page) {
    List<String> values = new ArrayList<>();
    for (Element element : page.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
      for (String name : List.of("content", "datetime", "value")) {
        if (!element.attr(name).isBlank()) {
          values.add(element.attr(name));
        }
      }
      values.add(element.text());
    }
    return values;
  }

  private static List<String> attributes(List<Element> elements, String name) {
    return elements.stream().map(e -> e.attr(name)).filter(v -> !v.isBlank()).toList();
  }

  private static List<String> urlDay(String url) {
    if (url == null) {
      return List.of();
    }
    Matcher m = URL_DAY.matcher(url);
    if (!m.find()) {
      return List.of();
    }
    return List.of(
        String.format(
            java.util.Locale.ROOT,
            "%s-%02d-%02d",
            m.group(1),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
  }
}
