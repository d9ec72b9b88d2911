package org.newsledger.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline: the visible h1 that agrees with the page's declared title (og:title or
 * the title element), else that declared title with the site name and section label cut off.
 */
final class HtmlTitles {

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—\\-:·•»/]\\s+|\\s+[|»]");
  private static final int SITE_NAME_WORDS = 4;
  private static final int SECTION_WORDS = 2;
  private static final double AGREEMENT = 0.5;
  private static final int LONGEST = 400;

  private HtmlTitles() {}

  /** The headline, or empty when the page declares none. */
  static Optional<String> headline(Document page) {
    String siteName = content(page, "meta[property=og:site_name]");
    String declared =
        first(
            content(page, "meta[property=og:title]"),
            content(page, "meta[name=twitter:title]"),
            text(page.selectFirst("title")));
    String cleaned = declared == null ? null : withoutSiteName(declared, siteName);
    Element h1 = bestHeading(page, cleaned);
    if (h1 != null) {
      return Optional.of(h1.text().strip());
    }
    return Optional.ofNullable(cleaned).filter(title -> !title.isEmpty());
  }

  /** The h1 sharing the most of its words with the declared title, if it shares half of them. */
  private static Element bestHeading(Document page, String declared) {
    List<Element> headings = page.select("h1");
    if (declared == null) {
      return headings.size() == 1 && isHeadlineSized(headings.get(0)) ? headings.get(0) : null;
    }
    Set<String> declaredWords = new HashSet<>(words(declared));
    Element best = null;
    double bestShare = AGREEMENT;
    for (Element heading : headings) {
      List<String> words = words(heading.text());
      if (words.isEmpty() || !isHeadlineSized(heading)) {
        continue;
      }
      double share =
          (double) words.stream().filter(declaredWords::contains).count()
              / Math.max(words.size(), declaredWords.size());
      if (share >= bestShare) {
        best = heading;
        bestShare = share;
      }
    }
    return best;
  }

  private static boolean isHeadlineSized(Element heading) {
    int length = heading.text().strip().length();
    return length > 0 && length <= LONGEST;
  }

  /** The title without a site name ("... | Site", "Site - ...") or section label ("Opinion | "). */
  static String withoutSiteName(String title, String siteName) {
    List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(title.strip())));
    if (parts.size() < 2) {
      return title.strip();
    }
    if (siteName != null) {
      String site = siteName.strip().toLowerCase(Locale.ROOT);
      parts.removeIf(part -> part.strip().toLowerCase(Locale.ROOT).equals(site));
    }
    if (parts.size() >= 2 && wordCount(last(parts)) <= SITE_NAME_WORDS) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() >= 2 && wordCount(parts.get(0)) <= SECTION_WORDS) {
      parts.remove(0);
    }
    if (parts.isEmpty()) {
      return title.strip();
    }
    String kept = String.join(" ", parts).strip();
    int begin = title.indexOf(parts.get(0));
    int end = title.lastIndexOf(last(parts));
    return begin >= 0 && end >= begin ? title.substring(begin, end + last(parts).length()) : kept;
  }

  private static String last(List<String> parts) {
    return parts.get(parts.size() - 1);
  }

  private static int wordCount(String text) {
    return words(text).size();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String content(Document page, String selector) {
    Element element = page.selectFirst(selector);
    return element == null ? null : nonBlank(element.attr("content"));
  }

  private static String text(Element element) {
    return element == null ? null : nonBlank(element.text());
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
