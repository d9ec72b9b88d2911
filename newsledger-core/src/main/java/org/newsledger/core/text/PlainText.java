package org.newsledger.core.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Articles read as plain UTF-8 text, for evaluations and tests that need no other reader. */
public final class PlainText {

  private PlainText() {}

  /** The article as plain UTF-8 text, its id the file name. */
  public static Document read(Path article) {
    try {
      String text = Files.readString(article, StandardCharsets.UTF_8);
      return Document.of(ArticleMeta.of(article.getFileName().toString()), text);
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot read article " + article + ": " + e.getMessage(), e);
    }
  }
}
