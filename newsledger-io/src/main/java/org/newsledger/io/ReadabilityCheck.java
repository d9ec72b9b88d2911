package org.newsledger.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A second opinion on body paragraphs from Readability4J (a port of Mozilla Readability): a
 * paragraph is kept when at least half its word 4-grams are in Readability's article too, unless
 * the two disagree so much that less than a third of the text would stay.
 */
final class ReadabilityCheck {

  private static final int N = 4;
  private static final double AGREEMENT = 0.5;
  private static final double LEAST_KEPT = 0.3;
  private static final String NO_ADDRESS = "http://localhost/";

  private ReadabilityCheck() {}

  /** The paragraphs Readability agrees with, or all of them when it mostly disagrees. */
  static List<String> agreeing(List<String> paragraphs, Document page) {
    Set<List<String>> theirs = readabilityShingles(page);
    if (theirs.isEmpty()) {
      return paragraphs;
    }
    List<String> kept = new ArrayList<>();
    int keptWords = 0;
    int allWords = 0;
    for (String paragraph : paragraphs) {
      List<String> words = words(paragraph);
      allWords += words.size();
      if (insideShare(words, theirs) >= AGREEMENT) {
        kept.add(paragraph);
        keptWords += words.size();
      }
    }
    return keptWords < LEAST_KEPT * allWords ? paragraphs : kept;
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
