package org.newsledger.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A second opinion on body paragraphs from Readability4J (a port of Mozilla Readability): a
 * paragraph is kept when at least half its word 4-grams are in Readability's article too, unless
 * the two disagree so much that less than a third of the text would stay. Readability often leaves
 * out a lead in a wrapper of its own or a paragraph between two of its blocks, so sentences before
 * the first agreed paragraph (up to a run of a few other lines) and between agreed paragraphs stay
 * too; what follows the last agreed paragraph (comments, recommendations) goes.
 */
final class ReadabilityCheck {

  private static final int N = 4;
  private static final double AGREEMENT = 0.5;
  private static final double LEAST_KEPT = 0.3;
  private static final String NO_ADDRESS = "http://localhost/";
  private static final int SENTENCE_WORDS = 10;
  private static final int GAP_LINES = 2;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’»)…]$");

  private ReadabilityCheck() {}

  /** The paragraphs Readability agrees with, or all of them when it mostly disagrees. */
  static List<String> agreeing(List<String> paragraphs, Document page) {
    Set<List<String>> theirs = readabilityShingles(page);
    if (theirs.isEmpty()) {
      return paragraphs;
    }
    int keptWords = 0;
    int allWords = 0;
    boolean[] agrees = new boolean[paragraphs.size()];
    int first = -1;
    int last = -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      List<String> words = words(paragraphs.get(i));
      allWords += words.size();
      agrees[i] = insideShare(words, theirs) >= AGREEMENT;
      if (agrees[i]) {
        keptWords += words.size();
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (keptWords < LEAST_KEPT * allWords) {
      return paragraphs;
    }
    boolean[] lead = lead(paragraphs, first);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (agrees[i] || lead[i] || i > first && i < last && isSentence(paragraph)) {
        kept.add(paragraph);
      }
    }
    return kept;
  }

  /**
   * The sentences before paragraph {@code first}, walking back until more than a few other lines (a
   * headline, byline and date) come in a row.
   */
  private static boolean[] lead(List<String> paragraphs, int first) {
    boolean[] lead = new boolean[paragraphs.size()];
    int skipped = 0;
    for (int i = first - 1; i >= 0 && skipped <= GAP_LINES; i--) {
      if (isSentence(paragraphs.get(i))) {
        lead[i] = true;
        skipped = 0;
      } else {
        skipped++;
      }
    }
    return lead;
  }

  /** Whether a paragraph reads as prose: a few words ending like a sentence. */
  private static boolean isSentence(String paragraph) {
    return paragraph.split(" ").length >= SENTENCE_WORDS && SENTENCE_END.matcher(paragraph).find();
  }

  private static Set<List<String>> readabilityShingles(Document page) {
    Set<List<String>> shingles = new HashSet<>();
    try {
      Article article = new Readability4J(NO_ADDRESS, page).parse();
      Element content = article.getArticleContent();
      if (content != null) {
        for (String block : HtmlBlocks.texts(content)) {
          shingles.addAll(shingles(words(block)));
        }
      }
    } catch (RuntimeException e) {
      // A library failure on odd markup leaves newsledger's own reading in place.
    }
    return shingles;
  }

  private static double insideShare(List<String> words, Set<List<String>> theirs) {
    List<List<String>> own = shingles(words);
    if (own.isEmpty()) {
      return 1.0;
    }
    return (double) own.stream().filter(theirs::contains).count() / own.size();
  }

  private static List<List<String>> shingles(List<String> words) {
    List<List<String>> shingles = new ArrayList<>();
    if (!words.isEmpty() && words.size() < N) {
      shingles.add(words);
    }
    for (int i = 0; i + N <= words.size(); i++) {
      shingles.add(words.subList(i, i + N));
    }
    return shingles;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
