package org.newsledger.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Checks and reads input files, turning every user mistake into a one-line error. */
final class Inputs {

  private static final double MEGABYTE = 1024.0 * 1024.0;
  private static final int SNIFF_BYTES = 8192;

  private Inputs() {}

  /** Throws an {@link ErrorCode#INPUT_UNREADABLE} error unless {@code path} is a readable file. */
  static void checkFile(Path path, String label, long maxBytes) {
    if (!Files.exists(path)) {
      throw unreadable(label + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw unreadable(label + ": is a directory, not a file");
    }
    if (!Files.isReadable(path)) {
      throw unreadable(label + ": permission denied");
    }
    long size = size(path, label);
    if (size > maxBytes) {
      throw tooLarge(label, size, maxBytes);
    }
  }

  /** All bytes of a file; call {@link #checkFile} first. */
  static byte[] readFile(Path path, String label, long maxBytes) {
    try (InputStream in = Files.newInputStream(path)) {
      return readAll(in, label, maxBytes);
    } catch (IOException e) {
      throw ioError(label, e);
    }
  }

  /** All bytes of a stream, failing once more than {@code maxBytes} arrive. */
  static byte[] readAll(InputStream in, String label, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[SNIFF_BYTES];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw unreadable(label + ": too large (more than " + megabytes(maxBytes) + " limit)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Throws when the bytes look binary: a NUL byte, or many control chars near the start. */
  static void checkNotBinary(byte[] bytes, int length, String label) {
    int sniffed = Math.min(length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw unreadable(label + ": binary file (NUL byte at offset " + i + "), not text");
      }
      if (i < sniffed && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (sniffed > 0 && controls * 10 > sniffed) {
      throw unreadable(label + ": binary file (many control characters), not text");
    }
  }

  /** The error for an input over the size limit. */
  static NewsledgerException tooLarge(String label, long size, long maxBytes) {
    return unreadable(
        label
            + ": too large ("
            + String.format(Locale.ROOT, "%.1f MB", size / MEGABYTE)
            + " > "
            + megabytes(maxBytes)
            + " limit)");
  }

  /** The one-line error for an I/O failure. */
  static NewsledgerException ioError(String label, IOException e) {
    if (e instanceof NoSuchFileException) {
      return unreadable(label + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return unreadable(label + ": permission denied");
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return unreadable(label + ": cannot read: " + firstLine(detail));
  }

  /** An {@link ErrorCode#INPUT_UNREADABLE} error with the given message. */
  static NewsledgerException unreadable(String message) {
    return new NewsledgerException(ErrorCode.INPUT_UNREADABLE, message);
  }

  /** The first line of a message, without trailing white space. */
  static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  /** A size limit as "50 MB" (MiB) when whole, else "0.5 MB". */
  static String megabytes(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / MEGABYTE);
  }

  private static long size(Path path, String label) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw ioError(label, e);
    }
  }
}
