package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsledger.Analysis;
import org.newsledger.Newsledger;
import org.newsledger.store.IngestResult;
import org.newsledger.store.LedgerStore;

/**
 * Analysis and ingest: reads the posted article (plain text as the CLI reads a .txt file, an HTML
 * page, or a JSON article), runs the library through the bounded queue, and answers the
 * newsledger/1 record or what storing it did.
 */
final class Analyze {

  private final Newsledger engine;
  private final LedgerStore store;
  private final AnalysisQueue queue;
  private final ServerOptions options;
  private final ObjectMapper json;

  Analyze(
      Newsledger engine,
      LedgerStore store,
      AnalysisQueue queue,
      ServerOptions options,
      ObjectMapper json) {
    this.engine = requireNonNull(engine, "engine is null");
    this.store = requireNonNull(store, "store is null");
    this.queue = requireNonNull(queue, "queue is null");
    this.options = requireNonNull(options, "options is null");
    this.json = requireNonNull(json, "json is null");
  }

  /** POST /api/analyze: the record {@code newsledger analyze --format json} prints. */
  void analyze(Context ctx) throws Exception {
    ArticleIn article = read(ctx);
    Analysis analysis = queue.run(() -> article.analyzeWith(engine));
    ctx.contentType("application/json").result(analysis.toJson());
  }

  /** POST /api/articles: analyzes and stores the article; needs the start token. */
  void ingest(Context ctx) throws Exception {
    requireToken(ctx);
    ArticleIn article = read(ctx);
    Analysis analysis = queue.run(() -> article.analyzeWith(engine));
    IngestResult result = store.put(analysis.document(), article.label());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", result.status());
    body.put("articleId", result.articleId());
    body.put("originalId", result.originalId());
    body.put("similarity", result.similarity());
    ctx.status(result.status() == IngestResult.Status.DUPLICATE ? 200 : 201).json(body);
  }

  private void requireToken(Context ctx) {
    if (options.token() == null) {
      throw Problem.forbidden("ingest is off: start the server with --token to allow it");
    }
    String given = ctx.header(ServerOptions.TOKEN_HEADER);
    if (given == null
        || !MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8),
            options.token().getBytes(StandardCharsets.UTF_8))) {
      throw Problem.forbidden("missing or wrong " + ServerOptions.TOKEN_HEADER + " header");
    }
  }

  private ArticleIn read(Context ctx) {
    if (ctx.contentLength() > options.maxBodyBytes()) {
      throw Problem.tooLarge(
          "the body has " + ctx.contentLength() + " bytes; at most " + options.maxBodyBytes());
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw Problem.badRequest("the body is empty: post the article's text");
    }
    String name = ctx.queryParam("name");
    if (type.startsWith("application/json")) {
      return ArticleIn.json(json, body, name);
    }
    if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
      return ArticleIn.bytes(body, name == null ? "article.html" : name);
    }
    if (type.startsWith("text/plain")) {
      return ArticleIn.bytes(body, name == null ? "article.txt" : name);
    }
    throw Problem.unsupportedType(
        "post text/plain, text/html or application/json, not "
            + (type.isEmpty() ? "no type" : type));
  }
}
