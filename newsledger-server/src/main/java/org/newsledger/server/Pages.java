package org.newsledger.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page (one HTML shell whose modules render the view the address names) and the API docs. */
final class Pages {

  /** Where the page's files live on the class path. */
  static final String WEB = "/org/newsledger/server/web";

  private final String page = resource(WEB + "/index.html");
  private final String docs = resource(WEB + "/docs.html");
  private final String openApi = resource("/org/newsledger/server/openapi.json");

  void page(Context ctx) {
    ctx.html(page);
  }

  void docs(Context ctx) {
    ctx.html(docs);
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  /** A text resource of the server's jar. */
  static String resource(String path) {
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
