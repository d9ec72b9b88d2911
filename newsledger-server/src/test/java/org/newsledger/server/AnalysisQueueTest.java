package org.newsledger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnalysisQueueTest {

  @Test
  void runsAnAnalysisAndReturnsItsResult() throws Exception {
    try (AnalysisQueue queue = new AnalysisQueue(1, 1, 10_000)) {
      assertThat(queue.run(() -> "record")).isEqualTo("record");
    }
  }

  @Test
  void refusesWithRetryAfterWhenWorkersAndQueueAreFull() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    try (AnalysisQueue queue = new AnalysisQueue(1, 1, 60_000)) {
      CompletableFuture<String> running =
          CompletableFuture.supplyAsync(
              () ->
                  call(
                      queue,
                      () -> {
                        started.countDown();
                        release.await();
                        return "first";
                      }));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<String> waiting =
          CompletableFuture.supplyAsync(() -> call(queue, () -> "second"));
      awaitQueued(queue);

      assertThatThrownBy(() -> queue.run(() -> "third"))
          .isInstanceOfSatisfying(
              Problem.class,
              p -> {
                assertThat(p.status()).isEqualTo(503);
                assertThat(p.retryAfterSeconds()).isPositive();
              });
      release.countDown();
      assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }
  }

  @Test
  void refusesWithRetryAfterWhenTheWaitIsTooLong() {
    CountDownLatch never = new CountDownLatch(1);
    try (AnalysisQueue queue = new AnalysisQueue(1, 1, 50)) {
      assertThatThrownBy(() -> queue.run(() -> never.await(10, TimeUnit.SECONDS)))
          .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(503));
    }
  }

  @Test
  void passesTheAnalysisFailureOn() {
    try (AnalysisQueue queue = new AnalysisQueue(1, 1, 10_000)) {
      assertThatThrownBy(
              () ->
                  queue.run(
                      () -> {
                        throw Problem.badRequest("unreadable");
                      }))
          .isInstanceOf(Problem.class)
          .hasMessage("unreadable");
    }
  }

  private static void awaitQueued(AnalysisQueue queue) throws InterruptedException {
    for (int i = 0; i < 1000 && queue.waiting() == 0; i++) {
      Thread.sleep(10);
    }
    assertThat(queue.waiting()).isEqualTo(1);
  }

  private static String call(AnalysisQueue queue, java.util.concurrent.Callable<String> work) {
    try {
      return queue.run(work);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
