package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import org.newsledger.Newsledger;
import org.newsledger.core.NewsledgerException;
import org.newsledger.store.LedgerStore;

/**
 * The web workbench and REST API over one ledger store, in one process: started on a host and port,
 * stopped with {@link #close()}. Analysis and ingest go through the library's {@link Newsledger}.
 */
public final class LedgerServer implements AutoCloseable {

  /** The Content-Security-Policy of every response: no inline script, nothing from elsewhere. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer");

  private final Javalin app;
  private final ReadConnections connections;
  private final AnalysisQueue queue;

  private LedgerServer(Javalin app, ReadConnections connections, AnalysisQueue queue) {
    this.app = app;
    this.connections = connections;
    this.queue = queue;
  }

  /** Starts serving the store; the engine analyzes posted articles. */
  public static LedgerServer start(ServerOptions options, LedgerStore store, Newsledger engine) {
    requireNonNull(options, "options is null");
    requireNonNull(store, "store is null");
    requireNonNull(engine, "engine is null");
    ObjectMapper json = mapper();
    ReadConnections connections = ReadConnections.open(store.path(), 4);
    AnalysisQueue queue =
        new AnalysisQueue(
            options.analysisWorkers(), options.analysisWaiting(), options.analysisTimeoutMillis());
    Api api = new Api(store, new LedgerReads(connections), json);
    Analyze analyze = new Analyze(engine, store, queue, options, json);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = options.maxBodyBytes();
              config.jsonMapper(new JavalinJackson(json, false));
              config.staticFiles.enableWebjars();
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = Pages.WEB;
                    files.location = Location.CLASSPATH;
                    files.headers = SECURITY_HEADERS;
                  });
            });
    app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
    app.exception(Problem.class, Problems::problem);
    app.exception(HttpResponseException.class, Problems::http);
    app.exception(NewsledgerException.class, Problems::library);
    app.exception(
        Exception.class,
        (e, ctx) -> {
          System.err.println("newsledger serve: " + ctx.method() + " " + ctx.path() + ": " + e);
          Problems.unexpected(e, ctx);
        });
    app.error(404, Problems::routing);
    app.error(405, Problems::routing);
    Routes.register(app, api, analyze, new Pages());
    try {
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      queue.close();
      connections.close();
      throw e;
    }
    return new LedgerServer(app, connections, queue);
  }

  /** The port the server listens on (the chosen one when started on port 0). */
  public int port() {
    return app.port();
  }

  /** The routes, as "METHOD /path", in the order they were declared. */
  List<String> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(e -> e.getEndpoint().getMethod() + " " + e.getEndpoint().getPath())
        .toList();
  }

  /** Stops serving and releases the read connections; the store stays open. */
  @Override
  public void close() {
    app.stop();
    queue.close();
    connections.close();
  }

  /** The JSON mapper of the API: records as objects, enums in lower case. */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .build();
  }
}
