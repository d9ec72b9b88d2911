package org.newsledger.server;

import io.javalin.Javalin;

/** Every route of the server, in one place: the API under /api/, the page's views elsewhere. */
final class Routes {

  /** The page's views; each serves the page, which reads the view from the address. */
  static final String[] VIEWS = {
    "/",
    "/articles",
    "/articles/{id}",
    "/entities",
    "/entities/{id}",
    "/stories",
    "/stories/{id}",
    "/claims",
    "/claims/{id}",
    "/search",
    "/analyze"
  };

  private Routes() {}

  static void register(Javalin app, Api api, Analyze analyze, Pages pages) {
    app.get("/api/openapi.json", pages::openApi);
    app.get("/api/docs", pages::docs);
    app.get("/api/articles", api::articles);
    app.get("/api/articles/{id}", api::article);
    app.post("/api/articles", analyze::ingest);
    app.post("/api/analyze", analyze::analyze);
    app.get("/api/statements", api::statements);
    app.get("/api/entities", api::entities);
    app.get("/api/entities/{id}", api::entity);
    app.get("/api/stories", api::stories);
    app.get("/api/stories/{id}", api::story);
    app.get("/api/claims", api::claims);
    app.get("/api/claims/{id}", api::claim);
    app.get("/api/events", api::events);
    app.get("/api/search", api::search);
    for (String view : VIEWS) {
      app.get(view, pages::page);
    }
  }
}
