package org.newsledger.store;

import static java.util.Comparator.naturalOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.core.facts.ClaimStatus;

/** Comparing claim propositions across articles and combining their statuses. */
final class Propositions {

  /** Word-set Jaccard similarity from which two propositions count as near-identical. */
  static final double NEAR_IDENTICAL = 0.7;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<ClaimStatus> SUPPORT =
      Set.of(ClaimStatus.CONFIRMED, ClaimStatus.NOT_DENIED);
  private static final Set<ClaimStatus> OPPOSITION =
      Set.of(ClaimStatus.DENIED, ClaimStatus.NOT_CONFIRMED);

  private Propositions() {}

  /** The words of a proposition, lower-cased, in order, joined by single spaces. */
  static String key(String proposition) {
    return String.join(" ", words(proposition));
  }

  /**
   * The words of a proposition that index it: its word set in a fixed order (longest first, then
   * alphabetical), cut to its first {@code n - ceil(t * n) + 1} of {@code n} words for threshold
   * {@code t} = {@link #NEAR_IDENTICAL}. Two propositions whose {@link #similarity} reaches the
   * threshold always share one of these words (prefix filtering: an overlap of at least {@code
   * ceil(t * n)} words cannot miss both prefixes), so looking up these words finds every
   * near-identical proposition. The order depends on nothing editable, so stored prefixes stay
   * valid.
   */
  static List<String> prefixWords(String proposition) {
    List<String> words = new ArrayList<>(words(proposition));
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(naturalOrder()));
    int overlap = (int) Math.ceil(NEAR_IDENTICAL * words.size() - 1e-9);
    return List.copyOf(words.subList(0, Math.min(words.size(), words.size() - overlap + 1)));
  }

  /** Jaccard similarity of the two propositions' word sets, 0 when either has no word. */
  static double similarity(String left, String right) {
    Set<String> a = new HashSet<>(words(left));
    Set<String> b = new HashSet<>(words(right));
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    a.retainAll(b);
    return (double) a.size() / union.size();
  }

  /**
   * Where a claim stands across articles, given each source's latest status and the latest status
   * overall: DISPUTED when some source supports it and another opposes it (or one disputes it),
   * else the latest status.
   */
  static ClaimStatus combine(List<ClaimStatus> latestPerSource, ClaimStatus latest) {
    boolean support = latestPerSource.stream().anyMatch(SUPPORT::contains);
    boolean opposition = latestPerSource.stream().anyMatch(OPPOSITION::contains);
    if ((support && opposition) || latestPerSource.contains(ClaimStatus.DISPUTED)) {
      return ClaimStatus.DISPUTED;
    }
    return latest;
  }

  private static List<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return List.copyOf(words);
  }
}
