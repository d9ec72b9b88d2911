package org.newsledger.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsledger.core.NewsledgerException;

/** Writes failures as {@code application/problem+json}: a status and one line, no stack trace. */
final class Problems {

  private static final String WRITTEN = "newsledger.problem";

  private Problems() {}

  /** A failure the handler chose. */
  static void problem(Problem problem, Context ctx) {
    if (problem.retryAfterSeconds() != null) {
      ctx.header("Retry-After", Integer.toString(problem.retryAfterSeconds()));
    }
    write(ctx, problem.status(), problem.title(), problem.getMessage());
  }

  /** A failure Javalin raised (e.g. 413 for a body over the limit). */
  static void http(HttpResponseException e, Context ctx) {
    write(ctx, e.getStatus(), title(e.getStatus()), e.getMessage());
  }

  /** Bad input the library refused. */
  static void library(NewsledgerException e, Context ctx) {
    write(ctx, 422, "Unprocessable content", e.getMessage());
  }

  /** A bug: a 500 with the exception's kind, never its trace. */
  static void unexpected(Exception e, Context ctx) {
    write(ctx, 500, "Internal server error", e.getClass().getSimpleName() + " (see server log)");
  }

  /** A 404 or 405 from routing, unless a handler already wrote a problem. */
  static void routing(Context ctx) {
    if (ctx.attribute(WRITTEN) == null) {
      write(
          ctx,
          ctx.statusCode(),
          title(ctx.statusCode()),
          "no route for " + ctx.method() + " " + ctx.path());
    }
  }

  private static void write(Context ctx, int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail == null ? title : detail.lines().findFirst().orElse(title));
    body.put("instance", ctx.path());
    ctx.attribute(WRITTEN, Boolean.TRUE);
    ctx.status(status).json(body).contentType("application/problem+json");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Content too large";
      default -> "HTTP " + String.format(Locale.ROOT, "%d", status);
    };
  }
}
