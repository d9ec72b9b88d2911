package org.newsledger.eval.html;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.eval.html.HtmlExtractors.Extraction;
import org.newsledger.eval.html.ShingleScores.PageScore;

/**
 * One extractor's result on one page.
 *
 * @param extractor extractor name
 * @param page the gold page
 * @param found what the extractor found
 * @param score body figures
 */
record PageResult(String extractor, HtmlGold page, Extraction found, PageScore score) {

  static final String TSV_HEADER =
      "extractor\tid\tsource\tprecision\trecall\tf1\tgold_words\tfound_words\ttitle_ok\ttitle"
          + "\tgold_title\tpublished\turl";

  private static final int LONG_GOLD = 50;
  private static final String DRAGNET = "dragnet";
  private static final Pattern URL_DAY =
      Pattern.compile("/((?:19|20)\\d\\d)[/-]([01]?\\d)[/-]([0-3]?\\d)(?:/|$|[^\\d])");

  /** Whether the gold body is long and nothing was returned. */
  boolean emptyOnLongGold() {
    return score.empty() && ShingleScores.wordCount(page.body()) >= LONG_GOLD;
  }

  /** Whether the gold title counts as a headline (dragnet's is the whole title element). */
  boolean titleScored() {
    return page.title() != null && !page.source().equals(DRAGNET);
  }

  boolean titleCorrect() {
    return found.title() != null
        && ShingleScores.tokens(found.title()).equals(ShingleScores.tokens(page.title()));
  }

  /** The day in the page URL's path ("2017-10-03"), or null. */
  String urlDay() {
    if (page.url() == null) {
      return null;
    }
    Matcher m = URL_DAY.matcher(page.url());
    if (!m.find()) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "%s-%02d-%02d",
        m.group(1),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  boolean urlDayCorrect() {
    return found.published() != null
        && found.published().startsWith(Objects.requireNonNull(urlDay()));
  }

  static String row(String extractor, String subset, List<PageResult> results) {
    List<PageResult> titled = results.stream().filter(PageResult::titleScored).toList();
    List<PageResult> urlDated = results.stream().filter(r -> r.urlDay() != null).toList();
    return String.format(
        Locale.ROOT,
        "%-18s %-20s %5d %5d %7d %6s %6.3f %6.3f %6s %6s %6s %6s",
        extractor,
        subset,
        results.size(),
        results.stream().filter(r -> r.score().empty()).count(),
        results.stream().filter(PageResult::emptyOnLongGold).count(),
        format(
            results.stream()
                .filter(r -> !r.score().empty())
                .mapToDouble(r -> r.score().precision())
                .average()),
        results.stream().mapToDouble(r -> r.score().recall()).average().orElse(0),
        results.stream().mapToDouble(r -> r.score().f1()).average().orElse(0),
        share(results.stream().filter(r -> r.score().exact()).count(), results.size()),
        share(titled.stream().filter(PageResult::titleCorrect).count(), titled.size()),
        share(results.stream().filter(r -> r.found().published() != null).count(), results.size()),
        share(urlDated.stream().filter(PageResult::urlDayCorrect).count(), urlDated.size()));
  }

  String tsv() {
    return String.join(
        "\t",
        extractor,
        page.id(),
        page.source(),
        score.empty() ? "n/a" : String.format(Locale.ROOT, "%.4f", score.precision()),
        String.format(Locale.ROOT, "%.4f", score.recall()),
        String.format(Locale.ROOT, "%.4f", score.f1()),
        Integer.toString(ShingleScores.wordCount(page.body())),
        Integer.toString(ShingleScores.wordCount(found.body())),
        Boolean.toString(titleCorrect()),
        clean(found.title()),
        clean(page.title()),
        clean(found.published()),
        clean(page.url()));
  }

  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\n\\r]+", " ");
  }

  private static String format(java.util.OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }

  private static String share(long count, int of) {
    return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) count / of);
  }
}
