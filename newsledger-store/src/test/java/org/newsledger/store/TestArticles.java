package org.newsledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Articles written for the tests: random sentences from a small vocabulary, one quote each. */
final class TestArticles {

  static final List<String> PEOPLE =
      List.of("Anna Berg", "Tomas Reyes", "Leila Haddad", "Jonas Weber", "Mira Okafor");

  private static final String[] WORDS =
      ("harbour council vote budget bridge river minister talks border trade farmers protest"
              + " railway election court ruling tariff grain ferry storm flood relief aid convoy"
              + " treaty summit delegation ceasefire crossing fuel school hospital strike union wage"
              + " pension reform bank loan currency export import market factory mine port village"
              + " coast valley province capital mayor governor senate assembly committee report"
              + " inquiry audit contract tender road tunnel airport runway energy grid solar wind"
              + " water drought harvest price inflation rent housing tenant landlord police patrol")
          .split(" ");
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private TestArticles() {}

  /** Article number {@code n}: a headline, three paragraphs and a quote by one of the PEOPLE. */
  static String article(int n) {
    Random random = new Random(1000L + n);
    String person = PEOPLE.get(n % PEOPLE.size());
    StringBuilder text = new StringBuilder(headline(n, random)).append("\n\n");
    text.append(sentence(random, 14))
        .append(" on ")
        .append(DAYS[n % DAYS.length])
        .append(". ")
        .append(sentence(random, 12))
        .append(".\n\n");
    text.append('"')
        .append(sentence(random, 11))
        .append(",\" said ")
        .append(person)
        .append(".\n\n");
    text.append(sentence(random, 13)).append(". ").append(sentence(random, 10)).append('.');
    return text.toString();
  }

  /** The headline of article {@code n}. */
  static String headline(int n, Random random) {
    return "Report "
        + n
        + " on "
        + WORDS[random.nextInt(WORDS.length)]
        + " and "
        + WORDS[random.nextInt(WORDS.length)];
  }

  /** Writes articles {@code first} to {@code first + count - 1} as text files; returns them. */
  static List<Path> writeFolder(Path folder, int first, int count) throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (int n = first; n < first + count; n++) {
      Path file = folder.resolve(String.format(Locale.ROOT, "article-%05d.txt", n));
      Files.writeString(file, article(n), UTF_8);
      files.add(file);
    }
    return files;
  }

  /** The article with a few words changed: a syndicated copy with a new sign-off. */
  static String syndicatedCopy(String original) {
    return original.replaceFirst("Report", "Wire report") + "\n\n(Reporting by the wire desk.)";
  }

  private static String sentence(Random random, int words) {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      if (i == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      sentence.append(i == 0 ? "" : " ").append(word);
    }
    return sentence.toString();
  }
}
