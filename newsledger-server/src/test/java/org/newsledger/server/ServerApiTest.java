package org.newsledger.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.swagger.parser.OpenAPIParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.store.LedgerStore;

class ServerApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "test-token-1";

  @TempDir static Path folder;
  private static LedgerStore store;
  private static LedgerStore ingestStore;
  private static LedgerServer server;
  private static LedgerServer tokenServer;

  @BeforeAll
  static void start() {
    store = TestLedgers.demoCopy(folder);
    ServerOptions options = ServerOptions.defaults().at("127.0.0.1", 0);
    server = LedgerServer.start(options, store, TestLedgers.engine());
    ingestStore = TestLedgers.demoCopy(folder);
    tokenServer = LedgerServer.start(options.withToken(TOKEN), ingestStore, TestLedgers.engine());
  }

  @AfterAll
  static void stop() {
    server.close();
    tokenServer.close();
    store.close();
    ingestStore.close();
  }

  @Test
  void listsArePaginatedWithTheirTotal() throws Exception {
    JsonNode first = json(get("/api/articles?limit=2"));
    JsonNode last = json(get("/api/articles?limit=2&offset=4"));

    assertThat(first.get("total").asInt()).isEqualTo(5);
    assertThat(first.get("items")).hasSize(2);
    assertThat(last.get("items")).hasSize(1);
    assertThat(last.get("offset").asInt()).isEqualTo(4);
  }

  @Test
  void listsFilterByDateAndStory() throws Exception {
    JsonNode march14 = json(get("/api/articles?from=2025-03-14&to=2025-03-14"));
    JsonNode story = json(get("/api/articles?story=1"));

    assertThat(march14.get("items")).isNotEmpty();
    march14
        .get("items")
        .forEach(a -> assertThat(a.get("published").asText()).startsWith("2025-03-14"));
    assertThat(story.get("total").asInt()).isBetween(1, 4);
    story.get("items").forEach(a -> assertThat(a.get("story").asInt()).isEqualTo(1));
  }

  @Test
  void exportsTheSameFilteredRowsAsJsonJsonLinesAndCsv() throws Exception {
    String filter = "/api/statements?story=1&limit=10000";
    JsonNode items = json(get(filter)).get("items");
    HttpResponse<String> lines = get(filter + "&format=jsonl");
    HttpResponse<String> csv = get(filter + "&format=csv");

    List<Map<String, String>> csvRows = csvRows(csv.body());
    assertThat(lines.body().lines().toList()).hasSize(items.size());
    assertThat(JSON.readTree(lines.body().lines().findFirst().orElseThrow()))
        .isEqualTo(items.get(0));
    assertThat(csvRows).hasSize(items.size());
    assertThat(csvRows.get(0).get("content")).isEqualTo(items.get(0).get("content").asText());
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("statements.csv");
  }

  @Test
  void emptyCsvExportStillHasItsHeader() throws Exception {
    HttpResponse<String> csv = get("/api/claims?q=nothing-matches-this&format=csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().strip())
        .isEqualTo("id,proposition,status,firstPublished,lastPublished,articles");
  }

  @Test
  void articleCarriesItsNewsledgerRecord() throws Exception {
    JsonNode article = json(get("/api/articles/1"));

    assertThat(article.get("record").get("schema").asText()).isEqualTo("newsledger/1");
    assertThat(article.get("record").get("attributions")).isNotEmpty();
    assertThat(article.get("title").asText())
        .isEqualTo(article.get("record").get("article").get("title").asText());
  }

  @Test
  void entityHasNamesStatementsAcrossArticlesAndTimeline() throws Exception {
    JsonNode found = json(get("/api/entities?q=okonkwo")).get("items");
    assertThat(found).isNotEmpty();

    JsonNode entity = json(get("/api/entities/" + found.get(0).get("id").asLong()));

    assertThat(entity.get("name").asText()).contains("Okonkwo");
    assertThat(entity.get("names")).isNotEmpty();
    assertThat(entity.get("statements").size()).isGreaterThan(1);
    entity
        .get("statements")
        .forEach(s -> assertThat(s.get("source").asText()).containsIgnoringCase("okonkwo"));
    assertThat(entity.has("timeline")).isTrue();
  }

  @Test
  void storyHasTimelineClaimsBoardAndWhoSaidWhat() throws Exception {
    JsonNode story = json(get("/api/stories/1"));

    assertThat(story.get("articles")).isNotEmpty();
    assertThat(story.get("timeline")).isNotEmpty();
    assertThat(story.get("claims")).isNotEmpty();
    assertThat(story.get("statements")).isNotEmpty();
    assertThat(story.get("involved")).isNotEmpty();
    JsonNode event = story.get("timeline").get(0);
    assertThat(event.has("eventTime")).isTrue();
    assertThat(event.has("published")).isTrue();
  }

  @Test
  void claimHasItsStatusHistoryWithEvidence() throws Exception {
    JsonNode claim = json(get("/api/claims/1"));

    JsonNode change = claim.get("history").get(0);
    assertThat(change.get("evidence").asText()).isNotBlank();
    assertThat(change.get("evidenceSpan").get("end").asInt())
        .isGreaterThan(change.get("evidenceSpan").get("begin").asInt());
    assertThat(change.get("rule").asText()).isNotBlank();
  }

  @Test
  void claimsFilterByStatus() throws Exception {
    JsonNode reported = json(get("/api/claims?status=reported&limit=10000")).get("items");

    assertThat(reported).isNotEmpty();
    reported.forEach(c -> assertThat(c.get("status").asText()).isEqualTo("reported"));
  }

  @Test
  void searchFindsStatementsWithFacets() throws Exception {
    JsonNode result = json(get("/api/search?q=pension"));

    JsonNode statements = result.get("statements").get("items");
    assertThat(statements).isNotEmpty();
    statements.forEach(
        s ->
            assertThat(s.get("content").asText() + s.get("speaker").asText())
                .containsIgnoringCase("pension"));
    assertThat(result.get("facets").get("speaker").size()).isPositive();
    assertThat(result.get("facets").get("outlet").size()).isPositive();
  }

  @Test
  void unknownIdIsA404Problem() throws Exception {
    assertProblem(get("/api/articles/999999"), 404);
    assertProblem(get("/api/claims/abc"), 404);
    assertProblem(get("/api/no-such-thing"), 404);
  }

  @Test
  void badParametersAre400Problems() throws Exception {
    assertProblem(get("/api/articles?from=yesterday"), 400);
    assertProblem(get("/api/articles?limit=0"), 400);
    assertProblem(get("/api/claims?format=xml"), 400);
    assertProblem(get("/api/stories?story=x&offset=-1"), 400);
  }

  @Test
  void analyzeReadsPlainTextAsTheCliReadsATextFile() throws Exception {
    String text =
        "Harbour strike ends\n12 March 2025\nThe union said on Monday that the strike was over.\n";

    JsonNode record = json(post(server, "/api/analyze?name=strike.txt", text, "text/plain", null));

    assertThat(record.get("schema").asText()).isEqualTo("newsledger/1");
    assertThat(record.get("article").get("id").asText()).isEqualTo("strike.txt");
    assertThat(record.get("article").get("title").asText()).isEqualTo("Harbour strike ends");
    assertThat(record.get("article").get("published").asText()).startsWith("2025-03-12");
    assertThat(record.get("attributions").get(0).get("source").get("name").asText())
        .isEqualTo("The union");
  }

  @Test
  void analyzeReadsHtmlAndJsonArticles() throws Exception {
    String html =
        "<html><head><title>Bridge reopens</title></head><body><h1>Bridge reopens</h1>"
            + "<p>The mayor said the bridge was safe.</p></body></html>";
    String article =
        "{\"id\":\"a-1\",\"title\":\"Bridge reopens\",\"published\":\"2025-03-24\","
            + "\"url\":\"https://example.org/a-1\",\"text\":\"The mayor said the bridge was safe.\"}";

    JsonNode fromHtml = json(post(server, "/api/analyze", html, "text/html", null));
    JsonNode fromJson = json(post(server, "/api/analyze", article, "application/json", null));

    assertThat(fromHtml.get("text").asText()).contains("The mayor said the bridge was safe.");
    assertThat(fromHtml.get("text").asText()).doesNotContain("<p>");
    assertThat(fromJson.get("article").get("id").asText()).isEqualTo("a-1");
    assertThat(fromJson.get("article").get("url").asText()).isEqualTo("https://example.org/a-1");
    assertThat(fromJson.get("attributions")).isNotEmpty();
  }

  @Test
  void analyzeRefusesBadBodiesWithProblems() throws Exception {
    assertProblem(post(server, "/api/analyze", "x".repeat(2_100_000), "text/plain", null), 413);
    assertProblem(post(server, "/api/analyze", "a,b", "text/csv", null), 415);
    assertProblem(post(server, "/api/analyze", "", "text/plain", null), 400);
    assertProblem(post(server, "/api/analyze", "{\"id\":", "application/json", null), 400);
    assertProblem(post(server, "/api/analyze", "{\"id\":\"x\"}", "application/json", null), 400);
  }

  @Test
  void ingestIsForbiddenWithoutATokenAtStart() throws Exception {
    assertProblem(post(server, "/api/articles", "Title\n\nText.", "text/plain", TOKEN), 403);
  }

  @Test
  void ingestNeedsTheTokenAndStoresTheArticle() throws Exception {
    String text =
        "Ferry service resumes\n25 March 2025\nThe operator said ferries would sail again.\n";

    assertProblem(post(tokenServer, "/api/articles", text, "text/plain", null), 403);
    assertProblem(post(tokenServer, "/api/articles", text, "text/plain", "wrong"), 403);
    HttpResponse<String> stored =
        post(tokenServer, "/api/articles?name=ferry.txt", text, "text/plain", TOKEN);

    assertThat(stored.statusCode()).isEqualTo(201);
    long id = json(stored).get("articleId").asLong();
    assertThat(json(get(tokenServer, "/api/articles/" + id)).get("title").asText())
        .isEqualTo("Ferry service resumes");
  }

  @Test
  void everyApiRouteIsInTheOpenApiDocument() throws Exception {
    var paths =
        new OpenAPIParser()
            .readContents(get("/api/openapi.json").body(), null, null)
            .getOpenAPI()
            .getPaths();

    for (String route : server.routes()) {
      String[] methodAndPath = route.split(" ", 2);
      if (!methodAndPath[1].startsWith("/api/") || methodAndPath[1].equals("/api/docs")) {
        continue;
      }
      assertThat(paths).as(route).containsKey(methodAndPath[1]);
      assertThat(paths.get(methodAndPath[1]).readOperationsMap().keySet().toString())
          .as(route)
          .containsIgnoringCase(methodAndPath[0]);
    }
  }

  @Test
  void pagesForbidInlineScriptAndServeEveryView() throws Exception {
    for (String view :
        List.of("/", "/articles/1", "/stories/1", "/claims/1", "/search?q=x", "/analyze")) {
      HttpResponse<String> page = get(view);
      assertThat(page.statusCode()).as(view).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline' ;")
          .doesNotContain("script-src 'self' 'unsafe-inline'");
      assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }
    assertThat(get("/api/docs").body()).contains("swagger-ui-bundle.js");
    assertThat(get("/static/js/app.js").statusCode()).isEqualTo(200);
  }

  private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText())
        .isNotBlank()
        .doesNotContain("\n")
        .doesNotContain("\tat ");
  }

  private static List<Map<String, String>> csvRows(String csv) throws Exception {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return get(server, path);
  }

  private static HttpResponse<String> get(LedgerServer target, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static HttpResponse<String> post(
      LedgerServer target, String path, String body, String type, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (token != null) {
      request.header(ServerOptions.TOKEN_HEADER, token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}
