package org.newsledger.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.io.Article;
import org.newsledger.store.LedgerStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium against the demo ledger: every view renders, facts show
 * their evidence and rule, search and export work, and hostile article text stays text. Writes a
 * screenshot of each view to target/screenshots/.
 */
class WorkbenchBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String HOSTILE =
      "Council vote delayed <script>window.__pwned = 'script'</script>\n"
          + "24 March 2025\n"
          + "The clerk said the agenda read <img src=x onerror=\"window.__pwned = 'img'\"> today.\n"
          + "A reader wrote <a href=\"javascript:window.__pwned = 'link'\">click here</a> and"
          + " javascript:alert(1) in a comment, the council said.\n";

  @TempDir static Path folder;
  private static LedgerStore store;
  private static LedgerServer server;
  private static ChromeDriver browser;
  private static Path downloads;
  private static long hostileId;

  @BeforeAll
  static void start() throws IOException {
    String missing = Browsers.missing();
    if (missing != null) {
      System.err.println(missing);
    }
    assumeTrue(missing == null, missing);
    store = TestLedgers.demoCopy(folder);
    hostileId =
        store
            .put(
                TestLedgers.engine()
                    .analyze(new Article("hostile.txt", null, null, null, HOSTILE))
                    .document())
            .articleId();
    server =
        LedgerServer.start(
            ServerOptions.defaults().at("127.0.0.1", 0), store, TestLedgers.engine());
    downloads = Files.createDirectories(folder.resolve("downloads"));
    Files.createDirectories(SCREENSHOTS);
    browser = Browsers.start(folder.resolve("profile"), downloads);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      store.close();
    }
  }

  @Test
  void everyViewRendersTheDemoLedger() throws IOException {
    long entity = firstId("/api/entities?q=okonkwo");
    List<String[]> views =
        List.of(
            new String[] {"home", "/", "Stories"},
            new String[] {"stories", "/stories", "Port Valmora"},
            new String[] {"articles", "/articles", "Dockworkers"},
            new String[] {"entities", "/entities", "Marta Okonkwo"},
            new String[] {"claims", "/claims", "reported"},
            new String[] {"article", "/articles/1", "Who said what"},
            new String[] {"entity", "/entities/" + entity, "Statements"},
            new String[] {"story", "/stories/1", "Claims board"},
            new String[] {"claim", "/claims/1", "Status history"},
            new String[] {"search", "/search?q=pension", "Statements"},
            new String[] {"analyze", "/analyze", "Analyze an article"});
    for (String[] view : views) {
      open(view[1]);
      String text = browser.findElement(By.id("view")).getText();
      assertThat(browser.findElements(By.cssSelector("#view .error"))).as(view[1]).isEmpty();
      assertThat(text).as(view[1]).contains(view[2]);
      screenshot(view[0]);
    }
    browser.get("http://127.0.0.1:" + server.port() + "/api/docs");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
    screenshot("api-docs");
  }

  @Test
  void clickingAnAttributionShowsItsSpeakerSpanAndRule() {
    open("/articles/1");
    browser.findElement(By.cssSelector("#article-text .l-sources")).click();

    WebElement panel = browser.findElement(By.id("fact-panel"));
    String speaker = panel.findElement(By.cssSelector(".fd-speaker")).getText();
    String evidence = panel.findElement(By.cssSelector(".fd-evidence")).getText();
    assertThat(speaker).isNotBlank();
    assertThat(evidence).containsIgnoringCase(lastWord(speaker));
    assertThat(browser.findElement(By.cssSelector("#article-text .selected")).getText())
        .isNotBlank();
    assertThat(panel.findElement(By.cssSelector(".fd-span")).getText()).matches("\\d+–\\d+");
    assertThat(panel.findElement(By.cssSelector(".fd-rule")).getText()).startsWith("attribution");
    assertThat(browser.getCurrentUrl()).contains("fact=");
    screenshot("article-fact");
  }

  @Test
  void layersToggleOffAndTheAddressKeepsThem() {
    open("/articles/1");
    browser.findElement(By.id("layer-contents")).click();

    assertThat(browser.findElements(By.cssSelector("#article-text .l-contents"))).isEmpty();
    assertThat(browser.getCurrentUrl()).contains("layers=").doesNotContain("contents");
  }

  @Test
  void searchFindsAStatement() {
    open("/search?q=pension");

    String statements = browser.findElement(By.id("search-statements")).getText();
    assertThat(statements).containsIgnoringCase("pension");
    assertThat(browser.findElement(By.id("facets")).getText()).contains("speaker");
  }

  @Test
  void exportDownloadsTheFilteredRows() throws Exception {
    open("/claims?status=reported");
    int shown = browser.findElements(By.cssSelector("#claims-table tbody tr")).size();
    browser.findElement(By.cssSelector(".export-csv")).click();

    Path file = downloads.resolve("claims.csv");
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(file));
    List<String> lines = Files.readAllLines(file, UTF_8);
    assertThat(shown).isPositive();
    assertThat(lines.get(0)).startsWith("id,proposition,status");
    assertThat(lines.stream().skip(1).filter(l -> !l.isBlank()))
        .hasSize(shown)
        .allSatisfy(line -> assertThat(line).contains(",reported,"));
  }

  @Test
  void hostileArticleTextIsShownAsTextAndRunsNothing() {
    open("/articles/" + hostileId);

    WebElement text = browser.findElement(By.id("article-text"));
    assertThat(text.getText())
        .contains("<script>window.__pwned = 'script'</script>")
        .contains("<img src=x onerror=")
        .contains("javascript:");
    assertThat(text.findElements(By.tagName("img"))).isEmpty();
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThat(text.findElements(By.tagName("a"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined"))
        .isEqualTo(true);
    screenshot("hostile-article");
  }

  @Test
  void analyzeShowsThePastedArticleInTheReader() {
    open("/analyze");
    browser
        .findElement(By.id("analyze-text"))
        .sendKeys("Ferry talks resume\n25 March 2025\nThe operator said ferries would sail again.");
    browser.findElement(By.id("analyze-run")).click();

    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> !d.findElements(By.cssSelector("#analyze-result #article-text")).isEmpty());
    assertThat(browser.findElement(By.id("who-said")).getText()).contains("operator");
    screenshot("analyze-result");
  }

  @Test
  void aSplitQuotationReadsAsItsPartsWithoutTheReportingClause() {
    open("/analyze");
    browser
        .findElement(By.id("analyze-text"))
        .sendKeys(
            "Pier closed\n25 March 2025\n\"The pier is unsafe,\" harbour master Ines Vale said."
                + " \"We closed it at noon.\"");
    browser.findElement(By.id("analyze-run")).click();

    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> !d.findElements(By.cssSelector("#analyze-result #article-text")).isEmpty());
    String said = browser.findElement(By.cssSelector("#who-said a.said")).getText();
    assertThat(said).isEqualTo("The pier is unsafe … We closed it at noon");
  }

  private static void open(String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                "1"
                    .equals(
                        ((JavascriptExecutor) d)
                            .executeScript("return document.body.dataset.ready")));
  }

  private static void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write screenshot " + name, e);
    }
  }

  private static long firstId(String path) throws IOException {
    browser.get("http://127.0.0.1:" + server.port() + path);
    String body = browser.findElement(By.tagName("body")).getText();
    return LedgerServer.mapper().readTree(body).get("items").get(0).get("id").asLong();
  }

  private static String lastWord(String name) {
    String[] words = name.split("\\s+");
    return Stream.of(words).reduce((a, b) -> b).orElse(name);
  }
}
