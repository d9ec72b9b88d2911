package org.newsledger.eval.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;

/**
 * One SemEval-2015 TimeLine corpus folder ({@code corpus_1}): the raw Track A TimeML documents, the
 * target entities and the gold timelines.
 *
 * @param name the folder's name
 * @param documents the documents, by file name order
 * @param targets the target entities' names, in list order, without repeats
 * @param gold the gold timelines by lower-cased entity name
 */
public record TimelineCorpus(
    String name,
    List<TimelineDocument> documents,
    List<String> targets,
    Map<String, Timeline> gold) {

  private static final Pattern DOC_ID = Pattern.compile("<DOCID>\\s*([^<\\s]+)\\s*</DOCID>");
  private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"([^\"]+)\"", Pattern.DOTALL);
  private static final Pattern SENTENCE =
      Pattern.compile("<s id=\"(\\d+)\">(.*?)</s>", Pattern.DOTALL);

  /** Validates and copies the fields. */
  public TimelineCorpus {
    requireNonNull(name, "name is null");
    documents = List.copyOf(documents);
    targets = List.copyOf(targets);
    gold = Map.copyOf(gold);
  }

  /** Reads the corpus folder (one holding {@code corpus_trackA_TimeML}). */
  public static TimelineCorpus read(Path folder) {
    try {
      List<TimelineDocument> documents = new ArrayList<>();
      try (Stream<Path> files = Files.list(folder.resolve("corpus_trackA_TimeML"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
          documents.add(document(Files.readString(file, UTF_8)));
        }
      }
      Map<String, Timeline> gold = new LinkedHashMap<>();
      try (Stream<Path> files = Files.list(folder.resolve("TimeLines_Gold_Standard"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          Timeline timeline = Timeline.parse(Files.readString(file, UTF_8));
          gold.put(timeline.entity().toLowerCase(Locale.ROOT), timeline);
        }
      }
      return new TimelineCorpus(folder.getFileName().toString(), documents, targets(folder), gold);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read TimeLine corpus " + folder, e);
    }
  }

  private static List<String> targets(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Path list =
          files
              .filter(f -> f.getFileName().toString().startsWith("list_target_entities"))
              .findFirst()
              .orElseThrow(() -> new IOException("no list of target entities"));
      return List.copyOf(
          new LinkedHashSet<>(
              Files.readAllLines(list, UTF_8).stream()
                  .map(String::strip)
                  .filter(line -> !line.isEmpty())
                  .toList()));
    }
  }

  /** A document from its TimeML text: sentences joined by newlines, tokens as given. */
  static TimelineDocument document(String tml) {
    Matcher id = DOC_ID.matcher(tml);
    Matcher dct = DCT.matcher(tml);
    if (!id.find()) {
      throw new IllegalArgumentException("a TimeML document without DOCID");
    }
    StringBuilder text = new StringBuilder();
    List<Integer> begins = new ArrayList<>();
    List<Integer> sentenceIds = new ArrayList<>();
    Matcher s = SENTENCE.matcher(tml);
    while (s.find()) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      begins.add(text.length());
      sentenceIds.add(Integer.parseInt(s.group(1)));
      text.append(unescape(s.group(2)));
    }
    String published = dct.find() ? dct.group(1) : null;
    return new TimelineDocument(id.group(1), published, text.toString(), begins, sentenceIds);
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /**
   * A corpus document.
   *
   * @param docId the document id that starts its mention ids
   * @param published document creation time, or null
   * @param text the sentences joined by newlines
   * @param sentenceBegins char offset of each sentence in the text
   * @param sentenceIds the TimeML id of each sentence
   */
  public record TimelineDocument(
      String docId,
      String published,
      String text,
      List<Integer> sentenceBegins,
      List<Integer> sentenceIds) {

    /** Validates and copies the fields; published may be null. */
    public TimelineDocument {
      requireNonNull(docId, "docId is null");
      requireNonNull(text, "text is null");
      sentenceBegins = List.copyOf(sentenceBegins);
      sentenceIds = List.copyOf(sentenceIds);
    }

    /** The unanalyzed document to ingest. */
    public Document document() {
      return Document.of(ArticleMeta.of(docId).withPublished(published), text);
    }

    /** The mention id of the word starting at or containing the char offset ("1173-2-deal"). */
    public String mentionId(int offset) {
      int sentence = 0;
      while (sentence + 1 < sentenceBegins.size() && sentenceBegins.get(sentence + 1) <= offset) {
        sentence++;
      }
      int begin = offset;
      while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
        begin--;
      }
      int end = offset;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      return docId + "-" + sentenceIds.get(sentence) + "-" + text.substring(begin, end);
    }
  }
}
