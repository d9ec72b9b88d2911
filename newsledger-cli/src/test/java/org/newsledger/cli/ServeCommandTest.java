package org.newsledger.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.Newsledger;
import org.newsledger.server.LedgerServer;
import org.newsledger.server.ServerOptions;
import org.newsledger.store.LedgerStore;

/** The server's POST /api/analyze answers exactly what {@code analyze --format json} prints. */
class ServeCommandTest {

  private static final Path SEED =
      Path.of(
          System.getProperty("newsledger.shared", "../../shared"),
          "corpus",
          "seed",
          "rafah-2024-05-07.txt");

  @TempDir static Path folder;
  private static LedgerStore store;
  private static LedgerServer server;

  @BeforeAll
  static void start() {
    store = LedgerStore.open(folder.resolve("empty.db"));
    server =
        LedgerServer.start(ServerOptions.defaults().at("127.0.0.1", 0), store, Newsledger.load());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void analyzeEndpointAnswersTheCliRecordForEverySample() throws Exception {
    List<Path> articles = new ArrayList<>();
    try (Stream<Path> samples = Files.list(DemoCommand.sampleFolder(Path.of("samples")))) {
      samples.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(articles::add);
    }
    if (Files.isRegularFile(SEED)) {
      articles.add(SEED);
    } else {
      System.err.println("seed article comparison skipped: no " + SEED);
    }
    assertThat(articles).hasSizeGreaterThanOrEqualTo(5);

    for (Path article : articles) {
      String cli = cliRecord(article);
      String served = post(article);

      assertThat(served).as(article.toString()).isEqualTo(cli);
    }
  }

  @Test
  void serveRefusesAMissingStoreInOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldErr = System.err;
    int status;
    try {
      System.setErr(new PrintStream(err, true, UTF_8));
      status = Main.run("serve", "--db", folder.resolve("none.db").toString());
    } finally {
      System.setErr(oldErr);
    }

    assertThat(status).isNotZero();
    assertThat(err.toString(UTF_8).lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).contains("no ledger store at", "none.db"));
    assertThat(folder.resolve("none.db")).doesNotExist();
  }

  private static String post(Path article) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + server.port()
                        + "/api/analyze?name="
                        + article.getFileName()))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(article)))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body().strip();
  }

  private static synchronized String cliRecord(Path article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    try {
      System.setOut(new PrintStream(out, true, UTF_8));
      assertThat(Main.run("analyze", "-q", "--format", "json", article.toString())).isZero();
    } finally {
      System.setOut(oldOut);
    }
    return out.toString(UTF_8).strip();
  }
}
