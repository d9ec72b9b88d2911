package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One scoring error of a system on a PolNeAR article, with the words involved, for error analysis.
 *
 * @param article the article name
 * @param kind what went wrong
 * @param rule the rule of the system attribution involved ({@code -} when none)
 * @param overlap word overlap of the content with its nearest counterpart (0 when none)
 * @param cue the cue text (gold for a miss, system otherwise)
 * @param source the source text (gold for a miss, system otherwise)
 * @param content the content text (gold for a miss, system otherwise)
 * @param counterpart the nearest other side: the system content closest to a missed gold, the gold
 *     content closest to a spurious attribution, the gold source of a wrong source; empty if none
 */
public record PolnearError(
    String article,
    Kind kind,
    String rule,
    double overlap,
    String cue,
    String source,
    String content,
    String counterpart) {

  /** What went wrong. */
  public enum Kind {
    /** A gold relation that no system content matched. */
    MISSED,
    /** A system attribution that matched no gold relation. */
    SPURIOUS,
    /** A matched pair whose system source is not the gold source. */
    WRONG_SOURCE
  }

  /** Validates the fields. */
  public PolnearError {
    requireNonNull(article, "article is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(rule, "rule is null");
    requireNonNull(cue, "cue is null");
    requireNonNull(source, "source is null");
    requireNonNull(content, "content is null");
    requireNonNull(counterpart, "counterpart is null");
  }

  /** The column names of {@link #tsv()}, tab-separated. */
  public static String tsvHeader() {
    return "article\tkind\trule\toverlap\tcue\tsource\tcontent\tcounterpart";
  }

  /** The error as one tab-separated line; tabs and line breaks inside texts become spaces. */
  public String tsv() {
    return String.join(
        "\t",
        article,
        kind.name().toLowerCase(Locale.ROOT),
        rule,
        String.format(Locale.ROOT, "%.2f", overlap),
        flat(cue),
        flat(source),
        flat(content),
        flat(counterpart));
  }

  private static String flat(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
