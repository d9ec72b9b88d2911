package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.newsledger.core.Document;
import org.newsledger.core.NewsledgerException;

/**
 * The articles of one input: a plain-text file, a JSON Lines file (streamed), an HTML page or
 * standard input ("-"). A user's bad input never throws: it becomes a {@link ReadResult} error.
 */
public final class ArticleSource implements Iterator<ReadResult>, AutoCloseable {

  /** The label and id used for standard input. */
  public static final String STDIN = "stdin";

  private final Iterator<ReadResult> results;
  private final Closeable resource;

  private ArticleSource(Iterator<ReadResult> results, Closeable resource) {
    this.results = results;
    this.resource = resource;
  }

  /**
   * Opens a path ("-" for standard input); the format follows the extension (.jsonl, .html, .htm).
   */
  public static ArticleSource open(String pathOrDash, ReadOptions options) {
    requireNonNull(pathOrDash, "pathOrDash is null");
    requireNonNull(options, "options is null");
    if (pathOrDash.equals("-")) {
      return single(readPlainStream(System.in, STDIN, options), () -> {});
    }
    try {
      Path path = Path.of(pathOrDash);
      String extension = extension(path);
      if (extension.equals("jsonl")) {
        return openJsonLines(path, pathOrDash, options);
      }
      return single(readFile(path, pathOrDash, extension, options), () -> {});
    } catch (InvalidPathException e) {
      return single(ReadResult.failed(pathOrDash, pathOrDash + ": not a valid path"), () -> {});
    } catch (NewsledgerException e) {
      return single(ReadResult.failed(pathOrDash, e.getMessage()), () -> {});
    }
  }

  /** Reads plain text from a stream (not closed) under the given label, which is also the id. */
  public static ArticleSource ofStream(InputStream in, String label, ReadOptions options) {
    requireNonNull(in, "in is null");
    requireNonNull(label, "label is null");
    requireNonNull(options, "options is null");
    return single(readPlainStream(in, label, options), () -> {});
  }

  /** True while another result is to come. */
  @Override
  public boolean hasNext() {
    return results.hasNext();
  }

  /** The next article or error, in input order. */
  @Override
  public ReadResult next() {
    if (!results.hasNext()) {
      throw new NoSuchElementException();
    }
    return results.next();
  }

  /** Releases the open file, if any. */
  @Override
  public void close() {
    try {
      resource.close();
    } catch (IOException e) {
      // Only read from: nothing is lost when closing fails.
    }
  }

  private static ArticleSource single(ReadResult result, Closeable resource) {
    return new ArticleSource(List.of(result).iterator(), resource);
  }

  private static ArticleSource openJsonLines(Path path, String label, ReadOptions options) {
    Inputs.checkFile(path, label, Long.MAX_VALUE);
    try {
      InputStream in = Files.newInputStream(path);
      JsonLinesReader reader = new JsonLinesReader(in, label, fileName(path), options);
      return new ArticleSource(reader, reader);
    } catch (IOException e) {
      throw Inputs.ioError(label, e);
    }
  }

  private static ReadResult readFile(
      Path path, String label, String extension, ReadOptions options) {
    Inputs.checkFile(path, label, options.maxBytes());
    byte[] bytes = Inputs.readFile(path, label, options.maxBytes());
    Inputs.checkNotBinary(bytes, bytes.length, label);
    Document doc =
        extension.equals("html") || extension.equals("htm")
            ? HtmlReader.read(bytes, fileName(path), label, options)
            : PlainTextReader.read(
                fileName(path), StrictUtf8.decode(bytes, bytes.length, label), options);
    return ReadResult.ok(label, doc);
  }

  private static ReadResult readPlainStream(InputStream in, String label, ReadOptions options) {
    try {
      byte[] bytes = Inputs.readAll(in, label, options.maxBytes());
      Inputs.checkNotBinary(bytes, bytes.length, label);
      String text = StrictUtf8.decode(bytes, bytes.length, label);
      return ReadResult.ok(label, PlainTextReader.read(label, text, options));
    } catch (IOException e) {
      return ReadResult.failed(label, Inputs.ioError(label, e).getMessage());
    } catch (NewsledgerException e) {
      return ReadResult.failed(label, e.getMessage());
    }
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  private static String extension(Path path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
