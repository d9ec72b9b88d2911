package org.newsledger.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsledger.Newsledger;
import org.newsledger.io.ReadOptions;
import org.newsledger.store.AttributedStatement;
import org.newsledger.store.IngestListener;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.Ingester;
import org.newsledger.store.LedgerClaim;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.SearchHit;
import org.newsledger.store.TimelineEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Commands over a ledger store: ingest articles, then query them. */
final class LedgerCommands {

  private LedgerCommands() {}

  /** Options every store command shares. */
  static class StoreOptions {
    @Option(
        names = "--db",
        required = true,
        paramLabel = "PATH",
        description = "The ledger store (a SQLite file).")
    Path db;

    @Option(names = "--format", description = "table (default on a terminal), csv or json.")
    Table.Format format;

    Table.Format format() {
      return format != null
          ? format
          : Progress.terminalAttached() ? Table.Format.table : Table.Format.json;
    }
  }

  /** {@code newsledger ingest}: analyze articles and add them to a store, once each. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Analyze and store articles: files, folders, .jsonl, RSS/Atom feeds, WARC files; a"
              + " folder of `spark analyze` output is stored without analyzing again.")
  static final class Ingest extends StoreOptions implements Callable<Integer> {
    @Parameters(
        arity = "1..*",
        paramLabel = "SOURCE",
        description = "Files, folders, feeds or WARC files.")
    List<String> sources;

    @Option(
        names = "--published",
        paramLabel = "DATE",
        description = "Date for articles that state none.")
    String published;

    @Option(
        names = {"-q", "--quiet"},
        description = "No progress bar.")
    boolean quiet;

    @Mixin BudgetOptions budget = new BudgetOptions();

    @Override
    public Integer call() {
      ReadOptions options = new ReadOptions(published);
      Progress progress = new Progress(System.err, !quiet && Progress.terminalAttached());
      List<String> sparkOutputs = SparkOutputs.in(sources);
      List<String> articles = sources.stream().filter(s -> !sparkOutputs.contains(s)).toList();
      try (LedgerStore store = LedgerStore.open(db)) {
        IngestListener listener = (label, soFar) -> progress.update(soFar.read(), 0);
        IngestSummary summary = IngestSummary.empty();
        if (!articles.isEmpty()) {
          progress.message("Loading models ...");
          Newsledger pipeline = Newsledger.builder().budget(budget.budget()).build();
          summary =
              Ingester.of(store, pipeline::apply)
                  .withOptions(options)
                  .withListener(listener)
                  .ingest(articles);
        }
        if (!sparkOutputs.isEmpty()) {
          summary = SparkOutputs.plus(summary, SparkOutputs.ingest(store, sparkOutputs, listener));
        }
        progress.finish();
        System.out.printf(
            Locale.ROOT,
            "read %d, new %d, duplicates %d, near-duplicates %d, failed %d%n",
            summary.read(),
            summary.added(),
            summary.duplicates(),
            summary.nearDuplicates(),
            summary.failed());
        summary
            .failures()
            .forEach(f -> System.err.println("newsledger: " + f.label() + ": " + f.reason()));
        return summary.failed() > 0 ? 1 : 0;
      }
    }
  }

  /** {@code newsledger search}: full-text search over stored articles or statements. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Full-text search over stored articles (or attributed statements).")
  static final class Search extends StoreOptions implements Callable<Integer> {
    @Parameters(
        paramLabel = "TEXT",
        description =
            "Words to find, all of them; \"an exact phrase\", prefix* and OR between two terms"
                + " are understood, other punctuation is ignored (the first 64 terms count).")
    String text;

    @Option(
        names = "--limit",
        defaultValue = "20",
        description = "Most results (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--statements", description = "Search what sources said, not whole articles.")
    boolean statements;

    @Override
    public Integer call() {
      try (LedgerStore store = LedgerStore.openExisting(db)) {
        Table table =
            statements
                ? statementTable(store.searchStatements(text, limit))
                : hitTable(store.search(text, limit));
        table.print(System.out, format());
        return 0;
      }
    }

    private static Table hitTable(List<SearchHit> hits) {
      Table table = new Table("published", "title", "url", "snippet");
      hits.forEach(
          h ->
              table.add(
                  h.published(), h.title() != null ? h.title() : h.docId(), h.url(), h.snippet()));
      return table;
    }
  }

  /** {@code newsledger who-said}: every statement by an entity across articles. */
  @Command(
      name = "who-said",
      mixinStandardHelpOptions = true,
      description = "Every statement credited to an entity, across articles, oldest first.")
  static final class WhoSaid extends StoreOptions implements Callable<Integer> {
    @Option(
        names = "--entity",
        required = true,
        paramLabel = "NAME",
        description = "Who (a name or alias).")
    String entity;

    @Override
    public Integer call() {
      try (LedgerStore store = LedgerStore.openExisting(db)) {
        statementTable(store.whoSaid(entity)).print(System.out, format());
        return 0;
      }
    }
  }

  /** {@code newsledger stories}: the stories of a store with sizes and date ranges. */
  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description = "Stories in the store: size, date range, main entities, first headline.")
  static final class Stories extends StoreOptions implements Callable<Integer> {
    @Override
    public Integer call() {
      try (LedgerStore store = LedgerStore.openExisting(db)) {
        Table table = new Table("story", "articles", "from", "to", "entities", "title");
        store
            .stories()
            .forEach(
                s ->
                    table.add(
                        s.id(),
                        s.size(),
                        s.firstPublished(),
                        s.lastPublished(),
                        String.join(
                            "; ", s.topEntities().subList(0, Math.min(4, s.topEntities().size()))),
                        s.title()));
        table.print(System.out, format());
        return 0;
      }
    }
  }

  /** {@code newsledger timeline}: events of an entity or a story in time order. */
  @Command(
      name = "timeline",
      mixinStandardHelpOptions = true,
      description =
          "Events of an entity or a story in time order; event time and publication time apart.")
  static final class Timeline extends StoreOptions implements Callable<Integer> {
    @Option(
        names = "--entity",
        paramLabel = "NAME",
        description = "Events whose actor or target this is.")
    String entity;

    @Option(names = "--story", paramLabel = "ID", description = "Events of the story's articles.")
    Long story;

    @Override
    public Integer call() {
      if ((entity == null) == (story == null)) {
        throw new ParameterException(
            new CommandLine(this), "give exactly one of --entity NAME or --story ID");
      }
      try (LedgerStore store = LedgerStore.openExisting(db)) {
        timelineTable(entity != null ? store.timeline(entity) : store.storyTimeline(story))
            .print(System.out, format());
        return 0;
      }
    }
  }

  /** {@code newsledger claims}: claims of a story with sources and status history. */
  @Command(
      name = "claims",
      mixinStandardHelpOptions = true,
      description = "Claims of a story with their sources and status history, disputed first.")
  static final class Claims extends StoreOptions implements Callable<Integer> {
    @Option(names = "--story", required = true, paramLabel = "ID", description = "The story.")
    long story;

    @Override
    public Integer call() {
      try (LedgerStore store = LedgerStore.openExisting(db)) {
        claimTable(store.storyClaims(story)).print(System.out, format());
        return 0;
      }
    }
  }

  static Table timelineTable(List<TimelineEvent> events) {
    Table table =
        new Table(
            "event time", "published", "outlet", "type", "actor", "target", "trigger", "evidence");
    events.forEach(
        e ->
            table.add(
                e.eventTime(),
                e.published(),
                e.outlet(),
                type(e),
                e.actor(),
                e.target(),
                e.trigger(),
                e.evidence()));
    return table;
  }

  /**
   * The event's type as a reader takes it: "not" before a negated event, and how the text presents
   * it after one it does not state as having happened ("REQUEST (hypothetical)").
   */
  static String type(TimelineEvent e) {
    String mode = e.modality() == null ? "" : e.modality().toLowerCase(Locale.ROOT);
    return (e.negated() ? "not " : "")
        + e.type()
        + (mode.isEmpty() || mode.equals("asserted") ? "" : " (" + mode + ")");
  }

  static Table claimTable(List<LedgerClaim> claims) {
    Table table = new Table("claim", "status", "proposition", "sources", "history");
    for (LedgerClaim c : claims) {
      String sources =
          c.sources().stream()
              .map(s -> s.name() + " (" + s.outlet() + ")")
              .distinct()
              .collect(Collectors.joining("; "));
      String history =
          c.history().stream()
              .map(
                  h ->
                      date(h.published())
                          + " "
                          + h.status().label()
                          + " by "
                          + h.by()
                          + ": \""
                          + h.evidence()
                          + "\"")
              .collect(Collectors.joining("; "));
      table.add(c.id(), c.status().label(), c.proposition(), sources, history);
    }
    return table;
  }

  private static String date(String published) {
    return published == null ? "?" : published.substring(0, Math.min(10, published.length()));
  }

  static Table statementTable(List<AttributedStatement> statements) {
    Table table = new Table("published", "outlet", "source", "kind", "cue", "content", "rule");
    statements.forEach(
        s ->
            table.add(
                s.published(), s.outlet(), s.source(), s.kind(), s.cue(), s.content(), s.rule()));
    return table;
  }
}
