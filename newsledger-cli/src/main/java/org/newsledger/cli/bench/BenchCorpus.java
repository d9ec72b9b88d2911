package org.newsledger.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/** The articles a benchmark runs on, read through the project's readers. */
public final class BenchCorpus {

  private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl");

  private BenchCorpus() {}

  /** The default corpus: the wikinews international politics set plus the seed article. */
  public static List<Path> defaultInputs(Path sharedRoot) {
    return List.of(
        sharedRoot.resolve("datasets/wikinews/intl_politics"),
        sharedRoot.resolve("corpus/seed/rafah-2024-05-07.txt"));
  }

  /** Reads every article of the inputs (folders: their article files, sorted); errors go to log. */
  public static List<Document> read(List<Path> inputs, PrintStream log) {
    List<Document> articles = new ArrayList<>();
    for (Path input : inputs) {
      for (Path file : files(input)) {
        try (ArticleSource source = ArticleSource.open(file.toString(), ReadOptions.defaults())) {
          while (source.hasNext()) {
            ReadResult read = source.next();
            if (read.isOk()) {
              articles.add(read.document());
            } else {
              log.println("newsledger: skipped " + read.error());
            }
          }
        }
      }
    }
    return articles;
  }

  private static List<Path> files(Path input) {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> listing = Files.list(input)) {
      return listing.filter(BenchCorpus::isArticleFile).sorted().toList();
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot list " + input + ": " + e.getMessage(), e);
    }
  }

  private static boolean isArticleFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path) && ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
