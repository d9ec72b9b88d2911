package org.newsledger.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {

  @TempDir Path dir;

  @Test
  void setsThePermissionsHadoopAsksForWithItsChecksums() throws IOException {
    try (FileSystem fs = new LocalFiles()) {
      fs.initialize(URI.create("file:///"), new Configuration());
      org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(dir.toUri() + "/t/d");
      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(folder, "part-0.parquet");

      assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
      try (OutputStream out = fs.create(file, true)) {
        out.write(new byte[] {1, 2, 3});
      }
      fs.setPermission(file, new FsPermission((short) 0604));

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("t/d"))))
          .isEqualTo("rwxr-x---");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dir.resolve("t/d/part-0.parquet"))))
          .isEqualTo("rw----r--");
      assertThat(dir.resolve("t/d/.part-0.parquet.crc")).exists();
      assertThat(fs.open(file).read()).isEqualTo(1);
    }
  }
}
