package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * The PolNeAR corpus on disk: {@code data/<split>/text/<name>.txt} with its annotations in {@code
 * data/<split>/attributions/<name>_<annotator>.ann} and metadata in {@code data/metadata.tsv}.
 */
public final class PolnearCorpus {

  private static final Set<String> SPLITS = Set.of("train", "dev", "test");

  private final Path root;

  private PolnearCorpus(Path root) {
    this.root = requireNonNull(root, "root is null");
  }

  /** The corpus whose README and data folder are in {@code root}. */
  public static PolnearCorpus at(Path root) {
    return new PolnearCorpus(root);
  }

  /**
   * The corpus in {@code <shared>/datasets/polnear}, shared being the system property {@code
   * newsledger.shared} or else {@code ../shared}.
   */
  public static PolnearCorpus inShared() {
    String configured = System.getProperty("newsledger.shared");
    Path shared = Path.of(configured != null ? configured : "../shared");
    return at(shared.resolve("datasets/polnear").toAbsolutePath().normalize());
  }

  /** Where the corpus lies. */
  public Path root() {
    return root;
  }

  /** The articles of a split (train, dev or test), sorted by name, at most {@code limit}. */
  public List<PolnearArticle> articles(String split, int limit) {
    if (!SPLITS.contains(split)) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "unknown PolNeAR split '" + split + "' (train, dev, test)");
    }
    Path folder = root.resolve("data").resolve(split);
    Map<String, Path> annotations = firstAnnotations(folder.resolve("attributions"));
    Map<String, String[]> metadata = metadata();
    List<PolnearArticle> articles = new ArrayList<>();
    for (Map.Entry<String, Path> entry : annotations.entrySet()) {
      Path text = folder.resolve("text").resolve(entry.getKey() + ".txt");
      if (articles.size() >= limit || !Files.isRegularFile(text)) {
        continue;
      }
      String[] meta = metadata.getOrDefault(entry.getKey(), new String[0]);
      articles.add(
          new PolnearArticle(
              entry.getKey(),
              text,
              entry.getValue(),
              meta.length > 7 ? meta[7] : null,
              meta.length > 5 ? meta[5] : null));
    }
    return articles;
  }

  private static Map<String, Path> firstAnnotations(Path folder) {
    Map<String, Path> first = new TreeMap<>();
    for (Path file : list(folder)) {
      String fileName = file.getFileName().toString();
      int underscore = fileName.lastIndexOf('_');
      if (fileName.endsWith(".ann") && underscore > 0) {
        first.putIfAbsent(fileName.substring(0, underscore), file);
      }
    }
    return first;
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE,
          "cannot list PolNeAR folder " + folder + ": " + e.getMessage(),
          e);
    }
  }

  private Map<String, String[]> metadata() {
    Path tsv = root.resolve("data/metadata.tsv");
    Map<String, String[]> rows = new HashMap<>();
    if (!Files.isRegularFile(tsv)) {
      return rows;
    }
    try {
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        String[] columns = line.split("\t", -1);
        if (columns.length > 1) {
          rows.putIfAbsent(columns[1], columns);
        }
      }
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot read " + tsv + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
