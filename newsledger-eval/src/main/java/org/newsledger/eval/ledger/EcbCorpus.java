package org.newsledger.eval.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * Reads the ECB+ corpus in place ({@code ECB+_LREC2014/ECB+/<topic>/<topic>_<n>ecb[plus].xml}) and
 * the list of sentences annotated for coreference.
 */
public final class EcbCorpus {

  private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

  private EcbCorpus() {}

  /** The folder holding the topic folders, given the dataset root or any folder inside it. */
  public static Path documentsFolder(Path root) {
    for (Path candidate : List.of(root.resolve("ECB+_LREC2014/ECB+"), root.resolve("ECB+"), root)) {
      if (Files.isDirectory(candidate.resolve("1")) || Files.isDirectory(candidate.resolve("36"))) {
        return candidate;
      }
    }
    throw new NewsledgerException(
        ErrorCode.INPUT_UNREADABLE,
        "no ECB+ topic folders under " + root + " (expected ECB+_LREC2014/ECB+/<topic>/)");
  }

  /** The documents of the topics (all when empty), sorted by topic, half and number. */
  public static List<EcbDocument> read(Path root, Set<Integer> topics) {
    Path folder = documentsFolder(root);
    Set<String> selected = selectedSentences(folder);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(folder, 2)) {
      all.filter(path -> FILE.matcher(path.getFileName().toString()).matches())
          .filter(path -> topics.isEmpty() || topics.contains(topicOf(path)))
          .forEach(files::add);
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot list " + folder + ": " + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(EcbCorpus::sortKey));
    List<EcbDocument> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(parse(file, selected));
    }
    return List.copyOf(documents);
  }

  private static EcbDocument parse(Path file, Set<String> selected) {
    Matcher m = FILE.matcher(file.getFileName().toString());
    m.matches();
    try (InputStream in = Files.newInputStream(file)) {
      return EcbXml.parse(
          file.getFileName().toString(),
          Integer.parseInt(m.group(1)),
          m.group(3).equals("ecbplus"),
          in,
          selected);
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Keys "topic_file#sentence" ("36_1ecb#3") of the sentences annotated for coreference; empty when
   * the list is absent (then every sentence counts).
   */
  static Set<String> selectedSentences(Path documentsFolder) {
    Path csv = documentsFolder.resolveSibling("ECBplus_coreference_sentences.csv");
    Set<String> keys = new HashSet<>();
    if (!Files.isRegularFile(csv)) {
      return keys;
    }
    try {
      for (String line : Files.readAllLines(csv, UTF_8)) {
        String[] columns = line.strip().split(",");
        if (columns.length == 3 && columns[0].matches("\\d+")) {
          keys.add(columns[0] + "_" + columns[1] + "#" + columns[2]);
        }
      }
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot read " + csv + ": " + e.getMessage(), e);
    }
    return keys;
  }

  private static int topicOf(Path file) {
    Matcher m = FILE.matcher(file.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static String sortKey(Path file) {
    Matcher m = FILE.matcher(file.getFileName().toString());
    m.matches();
    return String.format(
        Locale.ROOT,
        "%03d-%s-%04d",
        Integer.parseInt(m.group(1)),
        m.group(3),
        Integer.parseInt(m.group(2)));
  }
}
