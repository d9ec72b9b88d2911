package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadResult;

/**
 * Reads a partition of article files through the one reading path ({@link ArticleSource}), one file
 * at a time: a local file is opened as `analyze` opens it (JSON Lines and WARC streamed), a file on
 * another Hadoop file system is read into memory first. Results keep the command line's labels. A
 * file that cannot be read becomes one failed article, never an exception.
 */
final class ReadFiles implements FlatMapFunction<Iterator<InputPlan.InputFile>, ReadArticle> {

  private static final long serialVersionUID = 1L;

  /** Largest streamed file (JSON Lines, WARC) read into memory from a remote file system. */
  private static final long MAX_STREAMED_BYTES = Integer.MAX_VALUE - 8;

  private final ReadSettings settings;

  ReadFiles(ReadSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Iterator<ReadArticle> call(Iterator<InputPlan.InputFile> files) {
    Configuration conf = new Configuration();
    return new FlatIterator<>(files, file -> read(conf, file));
  }

  private List<ReadArticle> read(Configuration conf, InputPlan.InputFile file) {
    List<ReadArticle> articles = new ArrayList<>();
    Path path = new Path(file.path());
    try (ArticleSource source = open(conf, path, file)) {
      while (source.hasNext()) {
        ReadResult read = relabel(source.next(), path, file.label());
        articles.add(ReadArticle.of(file.index(), file.path(), articles.size(), read));
      }
      return articles;
    } catch (IOException | RuntimeException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String error = file.label() + ": " + detail.lines().findFirst().orElse("");
      return List.of(
          ReadArticle.of(file.index(), file.path(), 0, ReadResult.failed(file.label(), error)));
    }
  }

  private ArticleSource open(Configuration conf, Path path, InputPlan.InputFile file)
      throws IOException {
    if (isLocal(path)) {
      return ArticleSource.open(path.toUri().getPath(), settings.options());
    }
    FileSystem fs = path.getFileSystem(conf);
    long size = fs.getFileStatus(path).getLen();
    long limit = isStreamed(path.getName()) ? MAX_STREAMED_BYTES : settings.maxBytes();
    if (size > limit) {
      throw new IOException("too large (" + size + " bytes, limit " + limit + ")");
    }
    try (InputStream in = fs.open(path)) {
      return ArticleSource.ofBytes(in.readAllBytes(), file.label(), settings.options());
    }
  }

  /** The result with the command line's label where the reader used the local path. */
  private static ReadResult relabel(ReadResult read, Path path, String label) {
    String local = path.toUri().getPath();
    if (!isLocal(path) || !read.label().startsWith(local)) {
      return read;
    }
    String newLabel = label + read.label().substring(local.length());
    return read.isOk()
        ? ReadResult.ok(newLabel, read.document())
        : ReadResult.failed(newLabel, read.error().replace(local, label));
  }

  private static boolean isLocal(Path path) {
    String scheme = path.toUri().getScheme();
    return scheme == null || scheme.equals("file");
  }

  private static boolean isStreamed(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }
}
