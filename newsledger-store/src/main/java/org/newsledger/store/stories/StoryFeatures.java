package org.newsledger.store.stories;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.lexicon.WordList;

/**
 * The features a story is recognised by, counted in one article: content words (lower case, light
 * suffix stripping, no stop words), years mentioned (a coarse time window, {@link #YEAR_PREFIX})
 * and entity names prefixed with {@link #ENTITY_PREFIX}. Entity names come from the ENTITIES layer
 * when present, else from runs of capitalised words (a proxy that needs no model). Stateless and
 * thread-safe.
 */
public final class StoryFeatures {

  /** Prefix that marks an entity feature ("@John Kirby"). */
  public static final String ENTITY_PREFIX = "@";

  /** Prefix that marks a year feature ("#2013"). */
  public static final String YEAR_PREFIX = "#";

  private static final Pattern YEAR =
      Pattern.compile("(?<![\\p{N}.,])(?:19|20)\\d{2}(?![\\p{N}.,]\\d)");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
  private static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’.-]*");
  private static final int MIN_WORD_LENGTH = 3;
  private static final int MAX_NAME_WORDS = 3;
  private static final Set<String> STOP_WORDS =
      WordList.load(StoryFeatures.class, "stopwords.txt").firstColumnLowerCase();

  private StoryFeatures() {}

  /** Feature counts of the document: words by their stem, entities by their name. */
  public static Map<String, Integer> of(Document doc) {
    requireNonNull(doc, "doc is null");
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String word : words(doc.text())) {
      counts.merge(word, 1, Integer::sum);
    }
    List<String> names = doc.has(Layers.ENTITIES) ? entityNames(doc) : capitalisedRuns(doc.text());
    for (String name : names) {
      counts.merge(ENTITY_PREFIX + name, 1, Integer::sum);
    }
    Matcher years = YEAR.matcher(doc.text());
    while (years.find()) {
      counts.merge(YEAR_PREFIX + years.group(), 1, Integer::sum);
    }
    return counts;
  }

  /** True when the feature is an entity name. */
  public static boolean isEntity(String feature) {
    return feature.startsWith(ENTITY_PREFIX);
  }

  /** True when the feature is a year the text mentions. */
  public static boolean isYear(String feature) {
    return feature.startsWith(YEAR_PREFIX);
  }

  /** The content words of the text, lower-cased and stemmed, stop words left out. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = m.group();
      if (word.length() >= MIN_WORD_LENGTH && !STOP_WORDS.contains(word)) {
        words.add(stem(word));
      }
    }
    return words;
  }

  /** Light suffix stripping of a lower-case word: "arrests", "arrested" become "arrest". */
  public static String stem(String word) {
    for (String suffix : List.of("ings", "ing", "ies", "ed", "es", "s")) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        String stem = word.substring(0, word.length() - suffix.length());
        return suffix.equals("ies") ? stem + "y" : stem;
      }
    }
    return word;
  }

  /** One name per entity mention, weighting entities by how often they are mentioned. */
  private static List<String> entityNames(Document doc) {
    List<String> names = new ArrayList<>();
    for (Entity entity : doc.get(Layers.ENTITIES)) {
      for (int i = 0; i < Math.max(1, entity.mentionIds().size()); i++) {
        names.add(entity.name());
      }
    }
    return names;
  }

  /** Runs of up to three capitalised words not led by a stop word ("Lindsay Lohan", "Malibu"). */
  static List<String> capitalisedRuns(String text) {
    List<String> names = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int runEnd = -1;
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      boolean adjacent = runEnd >= 0 && text.substring(runEnd, m.start()).equals(" ");
      String word = m.group();
      if (!adjacent || run.size() == MAX_NAME_WORDS) {
        flush(run, names);
      }
      if (!(run.isEmpty() && STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
        run.add(word);
      }
      runEnd = m.end();
    }
    flush(run, names);
    return names;
  }

  private static void flush(List<String> run, List<String> names) {
    if (!run.isEmpty()) {
      names.add(String.join(" ", run));
      run.clear();
    }
  }
}
