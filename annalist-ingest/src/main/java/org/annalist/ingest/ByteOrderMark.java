package org.annalist.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The byte-order marks that name a Unicode encoding at the start of a text file. */
enum ByteOrderMark {
  // UTF-32LE must be tried before UTF-16LE: its mark starts with the UTF-16LE mark.
  UTF_32LE(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
  UTF_32BE(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
  UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
  UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
  UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

  private final Charset charset;
  private final byte[] mark;

  ByteOrderMark(Charset charset, int... mark) {
    this.charset = charset;
    this.mark = new byte[mark.length];
    for (int i = 0; i < mark.length; i++) {
      this.mark[i] = (byte) mark[i];
    }
  }

  /** The mark the bytes start with, or null if they start with none. */
  static @Nullable ByteOrderMark of(byte[] bytes) {
    for (ByteOrderMark bom : values()) {
      if (bytes.length >= bom.mark.length
          && Arrays.equals(bytes, 0, bom.mark.length, bom.mark, 0, bom.mark.length)) {
        return bom;
      }
    }
    return null;
  }

  Charset charset() {
    return charset;
  }

  /** The length of the mark in bytes. */
  int length() {
    return mark.length;
  }
}
