package org.newsledger.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * The files an analysis reads, listed on the driver from any Hadoop path: article files (text,
 * HTML, JSON Lines, WARC, as a folder holds them: recursively, in path order, hidden files and
 * files not named like articles skipped) and Parquet files of (id, url, published, title, text).
 *
 * @param files article files, read by the one reading path
 * @param parquet Parquet files or folders of article rows
 * @param bytes the size of all of them, in bytes (as stored, compressed or not)
 */
public record InputPlan(List<InputFile> files, List<String> parquet, long bytes) {

  /**
   * One article file.
   *
   * @param index its position among the files, in the order the command line reads them
   * @param path its Hadoop path
   * @param label how the command line names it: a local input as given, a file in a local folder as
   *     the folder joined with the file's path inside it
   */
  public record InputFile(int index, String path, String label) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static final Set<String> ARTICLE_EXTENSIONS =
      Set.of("txt", "text", "html", "htm", "xhtml", "jsonl", "warc");

  /** Copies the lists. */
  public InputPlan {
    files = List.copyOf(files);
    parquet = List.copyOf(parquet);
  }

  /** Lists the inputs; a missing input is a one-line {@link ErrorCode#INPUT_UNREADABLE} error. */
  public static InputPlan of(Configuration conf, List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    long bytes = 0;
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
          bytes += status.getLen();
          if (isParquet(path.getName())) {
            parquet.add(status.getPath().toString());
          } else {
            files.add(new InputFile(files.size(), status.getPath().toString(), input));
          }
        } else if (fs.exists(new Path(path, "_SUCCESS"))) {
          parquet.add(status.getPath().toString());
          bytes += fs.getContentSummary(path).getLength();
        } else {
          bytes += addFolder(fs, status.getPath(), input, files, parquet);
        }
      } catch (FileNotFoundException e) {
        throw new NewsledgerException(ErrorCode.INPUT_UNREADABLE, input + ": no such file");
      } catch (IOException | IllegalArgumentException e) {
        throw new NewsledgerException(
            ErrorCode.INPUT_UNREADABLE, input + ": cannot list: " + e.getMessage());
      }
    }
    return new InputPlan(files, parquet, bytes);
  }

  /** Adds the article and Parquet files of a folder; returns their size in bytes. */
  private static long addFolder(
      FileSystem fs, Path folder, String input, List<InputFile> files, List<String> parquet)
      throws IOException {
    long bytes = 0;
    List<InputFile> found = new ArrayList<>();
    List<String> foundParquet = new ArrayList<>();
    String root = folder.toUri().getPath();
    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(folder, true);
    while (listing.hasNext()) {
      LocatedFileStatus status = listing.next();
      Path file = status.getPath();
      String relative = file.toUri().getPath().substring(root.length()).replaceFirst("^/", "");
      if (isHidden(relative)) {
        continue;
      }
      if (isParquet(file.getName())) {
        foundParquet.add(file.toString());
        bytes += status.getLen();
      } else if (isArticleFile(file.getName())) {
        found.add(new InputFile(0, file.toString(), label(input, relative)));
        bytes += status.getLen();
      }
    }
    found.sort(Comparator.comparing(InputFile::path));
    for (InputFile file : found) {
      files.add(new InputFile(files.size(), file.path(), file.label()));
    }
    foundParquet.sort(null);
    parquet.addAll(foundParquet);
    return bytes;
  }

  /** The command line's label of a file in a folder: a local folder's path joined with it. */
  private static String label(String folder, String relative) {
    if (new Path(folder).toUri().getScheme() != null) {
      return new Path(new Path(folder), relative).toString();
    }
    return java.nio.file.Path.of(folder).resolve(relative).toString();
  }

  /** In a folder, only files named like articles: a manifest or a README is not one. */
  static boolean isArticleFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc.gz")) {
      return true;
    }
    int dot = lower.lastIndexOf('.');
    return dot < 0 || ARTICLE_EXTENSIONS.contains(lower.substring(dot + 1));
  }

  private static boolean isParquet(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  private static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
