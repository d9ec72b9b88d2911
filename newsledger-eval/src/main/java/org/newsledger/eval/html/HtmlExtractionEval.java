package org.newsledger.eval.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.newsledger.eval.html.HtmlExtractors.Extraction;

/**
 * {@code eval html}: body precision, recall, F1 and exact match (score.py's metric), headline and
 * date accuracy, per source dataset and overall, for each extractor side by side.
 */
public final class HtmlExtractionEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final List<String> sources;
  private final Path errors;
  private final Path predictions;

  /** An evaluation of the set in {@code root}, limited to {@code sources} when not empty. */
  public HtmlExtractionEval(Path root, List<String> sources, Path errors, Path predictions) {
    this.root = requireNonNull(root, "root is null");
    this.sources = List.copyOf(sources);
    this.errors = errors;
    this.predictions = predictions;
  }

  /** Runs the named extractors (all when empty) and prints the table. */
  public void run(List<String> extractorNames, PrintStream out) {
    List<HtmlGold> pages = new ArrayList<>();
    for (HtmlGold page : HtmlGold.read(root)) {
      if (sources.isEmpty() || sources.contains(page.source())) {
        pages.add(page);
      }
    }
    Map<String, BiFunction<byte[], String, Extraction>> extractors = new LinkedHashMap<>();
    HtmlExtractors.all()
        .forEach(
            (name, extractor) -> {
              if (extractorNames.isEmpty() || extractorNames.contains(name)) {
                extractors.put(name, extractor);
              }
            });
    List<byte[]> htmls = pages.stream().map(page -> page.html(root)).toList();
    out.printf(Locale.ROOT, "html-extraction: %d pages from %s%n", pages.size(), root);
    out.println(
        "Body: macro P/R/F1 over word 4-gram shingles and exact token match (as score.py);"
            + " empty50 = pages whose gold has >= 50 words returned empty; title = headline equal"
            + " to the gold title (tokens; dragnet left out: its gold is the <title> element);"
            + " date = a date found / equal to the /YYYY/MM/DD/ of the page's URL.");
    out.printf(
        Locale.ROOT,
        "%-18s %-20s %5s %5s %7s %6s %6s %6s %6s %6s %6s %6s%n",
        "extractor",
        "subset",
        "pages",
        "empty",
        "empty50",
        "P",
        "R",
        "F1",
        "exact",
        "title",
        "dated",
        "urlday");
    List<PageResult> all = new ArrayList<>();
    for (Map.Entry<String, BiFunction<byte[], String, Extraction>> entry : extractors.entrySet()) {
      List<PageResult> results = score(entry.getKey(), entry.getValue(), pages, htmls);
      all.addAll(results);
      print(entry.getKey(), results, out);
      writePredictions(entry.getKey(), results);
    }
    writeErrors(all);
  }

  private List<PageResult> score(
      String name,
      BiFunction<byte[], String, Extraction> extractor,
      List<HtmlGold> pages,
      List<byte[]> htmls) {
    List<PageResult> results = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < pages.size(); i++) {
      HtmlGold page = pages.get(i);
      Extraction found;
      try {
        found = extractor.apply(htmls.get(i), page.url());
      } catch (RuntimeException e) {
        found = new Extraction(null, null, "");
      }
      results.add(
          new PageResult(name, page, found, ShingleScores.score(found.body(), page.body())));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.err.printf(
        Locale.ROOT,
        "%s: %d pages in %.1f s wall, %.1f s CPU on one thread (%.1f pages per CPU second)%n",
        name,
        pages.size(),
        seconds,
        cpuSeconds,
        pages.size() / cpuSeconds);
    return results;
  }

  private static void print(String name, List<PageResult> results, PrintStream out) {
    for (String source : new TreeSet<>(results.stream().map(r -> r.page().source()).toList())) {
      out.println(
          PageResult.row(
              name,
              source,
              results.stream().filter(r -> r.page().source().equals(source)).toList()));
    }
    out.println(PageResult.row(name, "all", results));
  }

  private void writePredictions(String name, List<PageResult> results) {
    if (predictions == null) {
      return;
    }
    try {
      Files.createDirectories(predictions);
      try (BufferedWriter writer =
          Files.newBufferedWriter(predictions.resolve(name + ".jsonl"), UTF_8)) {
        for (PageResult result : results) {
          ObjectNode line = JSON.createObjectNode();
          line.put("id", result.page().id());
          line.put("body", result.found().body());
          writer.write(JSON.writeValueAsString(line));
          writer.newLine();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeErrors(List<PageResult> results) {
    if (errors == null) {
      return;
    }
    try (BufferedWriter writer = Files.newBufferedWriter(errors, UTF_8)) {
      writer.write(PageResult.TSV_HEADER);
      writer.newLine();
      for (PageResult result : results) {
        writer.write(result.tsv());
        writer.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
