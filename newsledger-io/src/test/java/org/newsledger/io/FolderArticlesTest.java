package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderArticlesTest {

  @TempDir Path dir;

  private static List<String> labels(Path folder) {
    List<String> labels = new ArrayList<>();
    try (ArticleSource source = ArticleSource.open(folder.toString(), ReadOptions.defaults())) {
      source.forEachRemaining(result -> labels.add(result.label()));
    }
    return labels;
  }

  @Test
  void followsNoSymbolicLinkOutOfTheFolder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("articles"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "Secret\n\nroot:x:0:0\n", UTF_8);
    Files.writeString(folder.resolve("a.txt"), "Ferry\n\nThe ferry sailed.\n", UTF_8);
    Files.createSymbolicLink(folder.resolve("leak.txt"), secret);
    Files.createSymbolicLink(folder.resolve("alias.txt"), folder.resolve("a.txt"));

    List<String> labels = labels(folder);

    assertThat(labels).noneMatch(label -> label.contains("leak"));
    assertThat(labels).anyMatch(label -> label.endsWith("a.txt"));
    assertThat(labels).anyMatch(label -> label.endsWith("alias.txt"));
  }

  @Test
  void readsUtf16TextWithAByteOrderMark() throws IOException {
    String article = "Ferry \u00e9t\u00e9\n\nThe ferry sailed on Friday.\n";
    byte[] body = article.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path file = Files.write(dir.resolve("utf16.txt"), bytes);

    try (ArticleSource source = ArticleSource.open(file.toString(), ReadOptions.defaults())) {
      ReadResult result = source.next();
      assertThat(result.error()).isNull();
      assertThat(result.document().text()).isEqualTo(article);
    }
  }

  @Test
  void skipsReadmeAndLicenseFilesWithoutExtension() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(folder.resolve("README"), "How this folder is laid out.\n", UTF_8);
    Files.writeString(folder.resolve("LICENSE"), "Terms.\n", UTF_8);
    Files.writeString(folder.resolve("story"), "Ferry\n\nThe ferry sailed.\n", UTF_8);

    assertThat(labels(folder)).singleElement().satisfies(l -> assertThat(l).endsWith("story"));
  }
}
