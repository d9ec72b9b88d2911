package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * One PolNeAR article: its raw text file and the brat file of the annotator whose file sorts first
 * (a few articles were annotated by all annotators).
 *
 * @param name the file name without extension ("nyt_2016-10-03_...")
 * @param text the raw text file
 * @param annotations the brat {@code .ann} file
 * @param title headline from metadata.tsv, or null
 * @param published publication date from metadata.tsv, or null
 */
public record PolnearArticle(
    String name, Path text, Path annotations, String title, String published) {

  /** Validates the fields; title and published may be null. */
  public PolnearArticle {
    requireNonNull(name, "name is null");
    requireNonNull(text, "text is null");
    requireNonNull(annotations, "annotations is null");
  }

  /** The article as a document: the raw text, its title span when the first line is the title. */
  public Document document() {
    String raw = read(text);
    ArticleMeta meta = ArticleMeta.of(name).withPublished(published);
    int firstLineEnd = raw.indexOf('\n') < 0 ? raw.length() : raw.indexOf('\n');
    String firstLine = raw.substring(0, firstLineEnd).strip();
    if (title != null && !firstLine.isEmpty() && firstLine.startsWith(title.strip())) {
      int begin = raw.indexOf(firstLine);
      meta = meta.withTitle(title, new CharSpan(begin, begin + firstLine.length()));
    }
    return Document.of(meta, raw);
  }

  /** The gold attributions, char offsets into {@link #document()}'s text. */
  public List<PolnearAttribution> gold(String documentText) {
    return BratAttributions.parse(read(annotations), documentText);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
