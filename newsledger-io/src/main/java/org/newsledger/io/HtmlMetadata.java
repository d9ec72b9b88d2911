package org.newsledger.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds an HTML page's headline, publication date, byline, language and canonical address. */
final class HtmlMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BY =
      Pattern.compile("^(?:by|von|par|por|door|di)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:[-_].*)?");
  private static final int LONGEST_BYLINE = 120;

  private HtmlMetadata() {}

  /** Headline without the site name (see {@link HtmlTitles}). */
  static Optional<String> title(Document page) {
    return HtmlTitles.headline(page);
  }

  /** Publication date in ISO 8601, offset kept (see {@link HtmlDates}). */
  static Optional<String> published(Document page) {
    return HtmlDates.published(page, url(page).orElse(null));
  }

  /** Address from the canonical link or og:url. */
  static Optional<String> url(Document page) {
    return first(
        List.of(
            () -> attr(page.selectFirst("link[rel=canonical]"), "href"),
            () -> meta(page, "meta[property=og:url]")));
  }

  /** Byline names joined by ", ", from JSON-LD, meta tags, microdata or a byline element. */
  static Optional<String> author(Document page) {
    return first(
            List.of(
                () -> jsonLdAuthors(page),
                () -> meta(page, "meta[name=author], meta[name=byl], meta[name=sailthru.author]"),
                () -> text(page.selectFirst("[itemprop=author] [itemprop=name]")),
                () -> text(page.selectFirst("[itemprop=author], [rel=author]")),
                () -> text(page.selectFirst("[class~=(?i)byline], [class~=(?i)author-name]"))))
        .map(byline -> BY.matcher(byline).replaceFirst("").strip())
        .filter(byline -> !byline.isEmpty() && byline.length() <= LONGEST_BYLINE)
        .filter(byline -> !byline.startsWith("http"));
  }

  /** The declared language as a lower-case ISO 639 code ("en", "fr"), or empty. */
  static Optional<String> language(Document page) {
    return first(
            List.of(
                () -> attr(page.selectFirst("html[lang]"), "lang"),
                () -> meta(page, "meta[http-equiv=content-language]"),
                () -> meta(page, "meta[property=og:locale]")))
        .filter(code -> LANGUAGE.matcher(code).matches())
        .map(code -> code.split("[-_]")[0].toLowerCase(Locale.ROOT));
  }

  private static Optional<String> jsonLdAuthors(Document page) {
    Set<String> names = new LinkedHashSet<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        for (JsonNode author : JSON.readTree(script.data()).findValues("author")) {
          Stream<JsonNode> people = author.isArray() ? stream(author) : Stream.of(author);
          people
              .map(person -> person.isTextual() ? person : person.path("name"))
              .filter(JsonNode::isTextual)
              .map(name -> name.asText().strip())
              .filter(name -> !name.isEmpty())
              .forEach(names::add);
        }
      } catch (IOException e) {
        // Broken JSON-LD: the other sources of a byline remain.
      }
      if (!names.isEmpty()) {
        break;
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    Stream.Builder<JsonNode> items = Stream.builder();
    array.forEach(items::add);
    return items.build();
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
}
