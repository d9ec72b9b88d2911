package org.newsledger.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles of every file in a folder, recursively and in path order, one file open at a time.
 * Hidden files and files not named like articles (a manifest, a README.md, a README or LICENSE
 * without extension) are skipped, and so is a symbolic link leading out of the folder: ingesting a
 * folder never reads {@code /etc/passwd} through a link planted in it.
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
    Path root = folder.toRealPath();
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(file -> insideRegularFile(file, root))
          .filter(file -> !isHidden(folder.relativize(file)))
          .filter(file -> InputFormat.isArticleName(file.getFileName().toString()))
          .filter(file -> !isProjectFile(file.getFileName().toString()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** A regular file, or a link to one that lies inside the folder. */
  private static boolean insideRegularFile(Path file, Path root) {
    if (!Files.isSymbolicLink(file)) {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
    try {
      Path target = file.toRealPath();
      return target.startsWith(root) && Files.isRegularFile(target);
    } catch (IOException e) {
      return false;
    }
  }

  /** README, LICENSE, COPYING, NOTICE ...: a name in capitals without extension. */
  private static boolean isProjectFile(String name) {
    return name.indexOf('.') < 0
        && name.chars().anyMatch(Character::isLetter)
        && name.chars().noneMatch(Character::isLowerCase);
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
