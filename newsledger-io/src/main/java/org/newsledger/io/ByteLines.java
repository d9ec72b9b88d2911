package org.newsledger.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it, so one bad line cannot spoil the others.
 * Lines longer than the limit are skipped over and reported with their size, never held in memory.
 */
final class ByteLines implements Closeable {

  /** One line without its line break; {@code bytes} is empty when the line was too long. */
  record Line(int number, byte[] bytes, long size) {

    /** True when the line was over the limit and its bytes were dropped. */
    boolean tooLong(long maxBytes) {
      return size > maxBytes;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private int lineNumber;

  ByteLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long size = 0;
    boolean started = false;
    while (true) {
      if (position >= limit && !fill()) {
        if (!started) {
          return null;
        }
        break;
      }
      started = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      size += end - position;
      if (size <= maxBytes) {
        line.write(buffer, position, end - position);
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    byte[] bytes = size > maxBytes ? new byte[0] : withoutCarriageReturn(line.toByteArray());
    return new Line(lineNumber, bytes, size);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] withoutCarriageReturn(byte[] bytes) {
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 0, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return bytes;
  }
}
