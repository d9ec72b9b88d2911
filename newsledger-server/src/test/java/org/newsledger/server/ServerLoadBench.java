package org.newsledger.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.store.LedgerStore;

/**
 * Load benchmark, run by hand (not a timed test; it asserts only that every answer is a success or
 * a 503 with Retry-After): N concurrent clients for S seconds against loopback, four in five
 * requests on the read endpoints and one in five a POST /api/analyze of a sample article. Prints
 * requests/s, p50/p99 latency per kind, status counts and peak heap.
 *
 * <pre>
 * mvn -o -q -pl newsledger-server -am test -Dtest=ServerLoadBench \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dnewsledger.bench=true \
 *   [-Dnewsledger.bench.clients=50] [-Dnewsledger.bench.seconds=60]
 * </pre>
 */
@EnabledIfSystemProperty(named = "newsledger.bench", matches = "true")
class ServerLoadBench {

  private static final List<String> READS =
      List.of(
          "/api/articles",
          "/api/articles/1",
          "/api/stories/1",
          "/api/entities?q=port",
          "/api/claims?status=reported",
          "/api/statements?story=1&format=csv",
          "/api/search?q=pension",
          "/api/events?story=1");

  @TempDir Path folder;

  @Test
  void serveReadsAndAnalysesUnderLoad() throws Exception {
    int clients = Integer.getInteger("newsledger.bench.clients", 50);
    int seconds = Integer.getInteger("newsledger.bench.seconds", 60);
    String article = Files.readString(TestLedgers.samples().resolve("harbor-strike.txt"), UTF_8);
    try (LedgerStore store = TestLedgers.demoCopy(folder);
        LedgerServer server =
            LedgerServer.start(
                ServerOptions.defaults().at("127.0.0.1", 0), store, TestLedgers.engine())) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = "http://127.0.0.1:" + server.port();
      http.send(request(base, "/api/analyze", article), HttpResponse.BodyHandlers.discarding());
      System.gc();
      AtomicLong peakHeap = new AtomicLong();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(
          () ->
              peakHeap.accumulateAndGet(
                  ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
          0,
          20,
          TimeUnit.MILLISECONDS);
      Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
      Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      for (int c = 0; c < clients; c++) {
        pool.submit(
            () -> {
              while (System.nanoTime() < end) {
                boolean analyze = ThreadLocalRandom.current().nextInt(5) == 0;
                String kind = analyze ? "POST /api/analyze" : "GET reads";
                HttpRequest request =
                    analyze
                        ? request(base, "/api/analyze", article)
                        : HttpRequest.newBuilder(
                                URI.create(
                                    base
                                        + READS.get(
                                            ThreadLocalRandom.current().nextInt(READS.size()))))
                            .build();
                long start = System.nanoTime();
                try {
                  HttpResponse<Void> response =
                      http.send(request, HttpResponse.BodyHandlers.discarding());
                  int status = response.statusCode();
                  if (status == 503) {
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                  }
                  String key = kind + " " + status;
                  statuses.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                  latencies
                      .computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
                      .add(System.nanoTime() - start);
                } catch (Exception e) {
                  statuses
                      .computeIfAbsent(
                          kind + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                      .incrementAndGet();
                }
              }
              return null;
            });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)).isTrue();
      sampler.shutdownNow();
      report(clients, seconds, latencies, peakHeap.get());
      statuses.keySet().forEach(key -> assertThat(key).matches(".* (200|503)"));
    }
  }

  private static HttpRequest request(String base, String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path + "?name=harbor-strike.txt"))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
        .build();
  }

  private static void report(
      int clients, int seconds, Map<String, List<Long>> latencies, long peakHeap) {
    System.out.printf(
        Locale.ROOT,
        "%n%d clients, %d s, loopback, %d cores, max heap %d MB%n",
        clients,
        seconds,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(
        Locale.ROOT,
        "| %-24s | %9s | %8s | %9s | %9s |%n",
        "requests",
        "count",
        "req/s",
        "p50 ms",
        "p99 ms");
    for (Map.Entry<String, List<Long>> entry : new TreeMap<>(latencies).entrySet()) {
      List<Long> sorted = new ArrayList<>(entry.getValue());
      Collections.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "| %-24s | %9d | %8.1f | %9.1f | %9.1f |%n",
          entry.getKey(),
          sorted.size(),
          sorted.size() / (double) seconds,
          percentile(sorted, 0.50) / 1e6,
          percentile(sorted, 0.99) / 1e6);
    }
    System.out.printf(Locale.ROOT, "peak heap used (sampled every 20 ms): %d MB%n", peakHeap >> 20);
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size()));
  }
}
