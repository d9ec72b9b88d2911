package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadResult;

/**
 * Reads a partition of article files through the one reading path ({@link ArticleSource}), one file
 * at a time and lazily, article by article: a local file is opened as `analyze` opens it, a file on
 * another Hadoop file system is opened as a stream ({@link ArticleSource#openStream}), so a JSON
 * Lines or WARC file of any size is never held whole. Results keep the command line's labels. A
 * file that cannot be opened, or whose reading throws, becomes one failed article, never an
 * exception; the articles read before stay.
 */
final class ReadFiles implements FlatMapFunction<Iterator<InputPlan.InputFile>, ReadArticle> {

  private static final long serialVersionUID = 1L;

  private final ReadSettings settings;

  ReadFiles(ReadSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Iterator<ReadArticle> call(Iterator<InputPlan.InputFile> files) {
    Configuration conf = new Configuration();
    return new Iterator<>() {
      private FileArticles current;

      @Override
      public boolean hasNext() {
        while ((current == null || !current.hasNext()) && files.hasNext()) {
          current = new FileArticles(conf, files.next());
        }
        return current != null && current.hasNext();
      }

      @Override
      public ReadArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The articles of one file, read as they are asked for; the file is closed after the last. */
  private final class FileArticles implements Iterator<ReadArticle> {
    private final InputPlan.InputFile file;
    private final Path path;
    private ArticleSource source;
    private ReadArticle failure;
    private int position;

    FileArticles(Configuration conf, InputPlan.InputFile file) {
      this.file = file;
      this.path = new Path(file.path());
      try {
        source = open(conf, path, file);
      } catch (IOException | RuntimeException e) {
        fail(e);
      }
    }

    @Override
    public boolean hasNext() {
      if (failure != null) {
        return true;
      }
      if (source == null) {
        return false;
      }
      try {
        if (source.hasNext()) {
          return true;
        }
      } catch (RuntimeException e) {
        fail(e);
        return true;
      }
      source.close();
      source = null;
      return false;
    }

    @Override
    public ReadArticle next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (failure != null) {
        ReadArticle failed = failure;
        failure = null;
        return failed;
      }
      try {
        ReadResult read = relabel(source.next(), path, file.label());
        return ReadArticle.of(file.index(), file.path(), position++, read);
      } catch (RuntimeException e) {
        fail(e);
        return next();
      }
    }

    /** Ends the file with one failed article at the current position. */
    private void fail(Exception e) {
      if (source != null) {
        source.close();
        source = null;
      }
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String error = file.label() + ": " + detail.lines().findFirst().orElse("");
      failure =
          ReadArticle.of(
              file.index(), file.path(), position++, ReadResult.failed(file.label(), error));
    }
  }

  private ArticleSource open(Configuration conf, Path path, InputPlan.InputFile file)
      throws IOException {
    if (isLocal(path)) {
      return ArticleSource.open(path.toUri().getPath(), settings.options());
    }
    FileSystem fs = path.getFileSystem(conf);
    return ArticleSource.openStream(fs.open(path), file.label(), settings.options());
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
}
