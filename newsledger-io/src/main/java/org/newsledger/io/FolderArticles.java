package org.newsledger.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles of every file in a folder, recursively and in path order, one file open at a time.
 * Hidden files and files not named like articles (a manifest, a README.md) are skipped.
 */
final class FolderArticles {

  private FolderArticles() {}

  /** The articles of the folder; a folder that cannot be listed or holds none gives one error. */
  static ArticleSource open(Path folder, ReadOptions options) {
    try {
      List<String> files = files(folder).stream().map(Path::toString).toList();
      if (files.isEmpty()) {
        return ArticleSource.failed(folder.toString(), folder + ": no article files in the folder");
      }
      return ArticleSource.openAll(files, options);
    } catch (IOException | RuntimeException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ArticleSource.failed(
          folder.toString(), folder + ": cannot list the folder: " + Inputs.firstLine(detail));
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !isHidden(folder.relativize(file)))
          .filter(file -> InputFormat.isArticleName(file.getFileName().toString()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
