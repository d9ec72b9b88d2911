package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.Ingester;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.stories.Story;

/**
 * How ingest speed holds up as one story grows: {@code distinct} generated articles on one strike
 * are analyzed once, then {@code articles} variants of them (each with its own closing line, date
 * and id) are ingested into a new store through {@link Ingester} from a JSON Lines file, the
 * analysis of each variant being its base article's (the closing line is left unannotated). What is
 * timed is reading, the duplicate check and storing: near-duplicate search, entity links, story
 * assignment, events and claims linked across articles.
 */
public final class IngestScaling {

  /** Articles per timed block. */
  public static final int BLOCK = 1_000;

  private static final int ARTICLE_CHARS = 1_500;
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
  private static final int DAYS = 7;

  /**
   * One block of ingested articles.
   *
   * @param first number of the block's first article, from 1
   * @param last number of its last article
   * @param seconds wall-clock time of the block
   * @param cpuSeconds CPU time of the ingesting thread over the block (less swayed by other load)
   */
  public record Block(int first, int last, double seconds, double cpuSeconds) {

    /** Articles per second over the block. */
    public double rate() {
      return (last - first + 1) / seconds;
    }

    /** Articles per CPU second of the ingesting thread over the block. */
    public double cpuRate() {
      return (last - first + 1) / cpuSeconds;
    }
  }

  private final UnaryOperator<Document> analyzer;
  private final ScalingCorpus corpus = ScalingCorpus.load();

  /** A benchmark analyzing its base articles with {@code analyzer}. */
  public IngestScaling(UnaryOperator<Document> analyzer) {
    this.analyzer = requireNonNull(analyzer, "analyzer is null");
  }

  /**
   * Analyzes {@code distinct} base articles, ingests {@code articles} variants into a store in
   * {@code folder} and returns the time of each block of {@link #BLOCK} articles.
   */
  public List<Block> run(int distinct, int articles, Path folder, PrintStream log) {
    long start = System.nanoTime();
    List<Document> bases = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      String text = corpus.storyArticle(i, ARTICLE_CHARS);
      bases.add(analyzer.apply(Document.of(meta("base-" + i, FIRST_DAY.toString()), text)));
    }
    log.printf(
        Locale.ROOT,
        "analyzed %d distinct base articles in %.1f s%n",
        distinct,
        (System.nanoTime() - start) / 1e9);
    Map<String, Document> byText = new HashMap<>();
    Path input = folder.resolve("one-story.jsonl");
    writeVariants(bases, articles, input, byText);
    List<Block> blocks = new ArrayList<>();
    log.println(header());
    try (LedgerStore store = LedgerStore.open(folder.resolve("ledger.db"))) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] blockStart = {System.nanoTime(), threads.getCurrentThreadCpuTime()};
      IngestSummary summary =
          Ingester.of(store, doc -> reuse(byText.get(doc.text()), doc))
              .withListener(
                  (label, soFar) -> {
                    if (soFar.read() % BLOCK == 0 || soFar.read() == articles) {
                      long now = System.nanoTime();
                      long cpu = threads.getCurrentThreadCpuTime();
                      int first = (soFar.read() - 1) / BLOCK * BLOCK + 1;
                      Block block =
                          new Block(
                              first,
                              soFar.read(),
                              (now - blockStart[0]) / 1e9,
                              (cpu - blockStart[1]) / 1e9);
                      blocks.add(block);
                      log.println(render(block, blocks.get(0)));
                      blockStart[0] = now;
                      blockStart[1] = cpu;
                    }
                  })
              .ingest(List.of(input.toString()));
      log.printf(
          Locale.ROOT,
          "read %d, new %d, near-duplicates %d, failed %d%n",
          summary.read(),
          summary.added(),
          summary.nearDuplicates(),
          summary.failed());
      List<Story> stories = store.stories();
      log.printf(
          Locale.ROOT,
          "stories: %d, largest %d articles; rows: %s%n",
          stories.size(),
          stories.isEmpty() ? 0 : stories.get(0).size(),
          store.counts());
    }
    return blocks;
  }

  /** The table header. */
  public static String header() {
    return "articles        seconds  articles/s  % of first   CPU s  art/CPU s  % of first";
  }

  /** One block as a table row, its rates relative to the first block's. */
  public static String render(Block block, Block first) {
    return String.format(
        Locale.ROOT,
        "%5d-%-5d  %10.2f  %10.1f  %9.0f%%  %6.2f  %9.1f  %9.0f%%",
        block.first(),
        block.last(),
        block.seconds(),
        block.rate(),
        100 * block.rate() / first.rate(),
        block.cpuSeconds(),
        block.cpuRate(),
        100 * block.cpuRate() / first.cpuRate());
  }

  private void writeVariants(
      List<Document> bases, int articles, Path input, Map<String, Document> byText) {
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(articles);
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        Document base = bases.get(i % bases.size());
        String text = base.text() + "\n\n" + corpus.sentence(random) + " (Update " + i + ".)";
        byText.put(text, base);
        ObjectNode line = json.createObjectNode();
        line.put("id", "variant-" + i);
        line.put("title", base.meta().title());
        line.put("published", FIRST_DAY.plusDays((long) i * DAYS / articles).toString());
        line.put("url", "https://example.org/strike/" + i);
        line.put("text", text);
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + input, e);
    }
  }

  /** The base article's analysis over the variant's text and metadata. */
  private static Document reuse(Document base, Document variant) {
    ArticleMeta from = base.meta();
    ArticleMeta to = variant.meta();
    Document doc =
        Document.of(
            new ArticleMeta(
                to.id(),
                from.title(),
                to.published(),
                from.dateline(),
                to.url(),
                from.titleSpan(),
                from.datelineSpans(),
                from.author(),
                from.language()),
            variant.text());
    for (Layer<?> layer : base.layers()) {
      doc = copy(base, doc, layer);
    }
    for (var diagnostic : base.diagnostics()) {
      doc = doc.withDiagnostic(diagnostic);
    }
    return doc;
  }

  private static <T> Document copy(Document from, Document to, Layer<T> layer) {
    return to.with(layer, from.get(layer));
  }

  private static ArticleMeta meta(String id, String published) {
    return new ArticleMeta(id, null, published, null, null, null, List.of());
  }
}
