package org.newsledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

  /** Articles per day in {@link #storyArticle}. */
  static final int ARTICLES_PER_DAY = 27;

  /** Days a happening of {@link #storyArticle} is reported on. */
  static final int HAPPENING_DAYS = 8;

  /** First publication day of {@link #storyArticle}. */
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

  private static final String[] KINDS = {
    "talks summit", "treaty ceasefire", "aid relief", "inquiry audit", "protest strike"
  };
  private static final String[] FIRST = {
    "Ta", "Mo", "Ve", "Li", "Sa", "Ro", "Ke", "Na", "Do", "Fi"
  };
  private static final String[] FIRST_END = {"len", "ra", "mir", "sha", "vik", "ton", "dre", "mei"};
  private static final String[] LAST = {"Har", "Vel", "Dor", "Kes", "Mar", "Lin", "Ost", "Bre"};
  private static final String[] LAST_END = {"vik", "mont", "ssen", "holt", "ric", "ane", "dal"};
  private static final String[] PLACE = {"Port", "Lake", "Fort", "Cape", "Glen", "Mount"};

  /**
   * Article number {@code n} of a news stream: {@link #ARTICLES_PER_DAY} a day from {@link
   * #FIRST_DAY}, each about one of the happenings of the last {@link #HAPPENING_DAYS} days (one
   * starts each day, the first ones before the first day). A happening has a place, two people (in
   * one of four the first is one of the {@link #PEOPLE}, who turn up again and again), one of the
   * {@link #PEOPLE} commenting, a kind (two event words) and ten words of its own; an article mixes
   * them with words of any topic, sometimes hedges ("reportedly") or has one of the people deny the
   * report.
   */
  static String storyArticle(int n) {
    int day = storyDay(n);
    Random random = new Random(7000L + n);
    int happening = day + HAPPENING_DAYS - 1 - random.nextInt(HAPPENING_DAYS);
    Random own = new Random(31L * happening + 5);
    String place = PLACE[own.nextInt(PLACE.length)] + " " + name(own, LAST, LAST_END);
    String lead =
        happening % 4 == 0
            ? PEOPLE.get(happening / 4 % PEOPLE.size())
            : name(own, FIRST, FIRST_END) + " " + name(own, LAST, LAST_END);
    String other = name(own, FIRST, FIRST_END) + " " + name(own, LAST, LAST_END);
    String commentator = PEOPLE.get(happening % PEOPLE.size());
    String[] kind = KINDS[own.nextInt(KINDS.length)].split(" ");
    String[] vocabulary = new String[10];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = WORDS[own.nextInt(WORDS.length)];
    }
    String speaker = random.nextInt(3) == 0 ? commentator : random.nextBoolean() ? lead : other;
    StringBuilder text = new StringBuilder("Report ").append(n).append(" on ");
    text.append(kind[random.nextInt(2)]).append(" and ").append(pick(random, vocabulary));
    text.append("\n\n");
    text.append(lead)
        .append(random.nextInt(5) == 0 ? " reportedly led the " : " led the ")
        .append(kind[random.nextInt(2)])
        .append(" with ")
        .append(place)
        .append(" over ")
        .append(mixed(random, vocabulary, 8))
        .append(" on ")
        .append(DAYS[random.nextInt(DAYS.length)])
        .append(". ")
        .append(capitalized(mixed(random, vocabulary, 12)))
        .append(".\n\n");
    text.append('"')
        .append(capitalized(mixed(random, vocabulary, 10)))
        .append(' ')
        .append(kind[random.nextInt(2)])
        .append(",\" said ")
        .append(speaker)
        .append(".\n\n");
    text.append(capitalized(mixed(random, vocabulary, 13))).append('.');
    if (random.nextInt(8) == 0) {
      text.append(' ').append(other).append(" denied the report.");
    }
    return text.toString();
  }

  /** The publication date of {@link #storyArticle} {@code n}. */
  static String storyPublished(int n) {
    return FIRST_DAY.plusDays(storyDay(n)).toString();
  }

  /**
   * Writes {@link #storyArticle}s {@code first} to {@code first + count - 1} into one folder per
   * publication day (named by the date); returns the day folders in date order.
   */
  static List<Path> writeStoryFolders(Path folder, int first, int count) throws IOException {
    List<Path> days = new ArrayList<>();
    for (int n = first; n < first + count; n++) {
      Path day = folder.resolve(storyPublished(n));
      if (days.isEmpty() || !days.get(days.size() - 1).equals(day)) {
        Files.createDirectories(day);
        days.add(day);
      }
      Path file = day.resolve(String.format(Locale.ROOT, "article-%05d.txt", n));
      Files.writeString(file, storyArticle(n), UTF_8);
    }
    return days;
  }

  private static int storyDay(int n) {
    return n / ARTICLES_PER_DAY;
  }

  private static String name(Random random, String[] starts, String[] ends) {
    return starts[random.nextInt(starts.length)] + ends[random.nextInt(ends.length)];
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  /** Words of the happening, two in three, else of any topic. */
  private static String mixed(Random random, String[] vocabulary, int words) {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String[] from = random.nextInt(3) < 2 ? vocabulary : WORDS;
      sentence.append(i == 0 ? "" : " ").append(pick(random, from));
    }
    return sentence.toString();
  }

  private static String capitalized(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
