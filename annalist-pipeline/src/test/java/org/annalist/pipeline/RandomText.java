package org.annalist.pipeline;

import java.util.List;
import java.util.Random;

/**
 * Random texts that stress offset handling: surrogate pairs, lone surrogates, control
 * characters, CR/LF mixes, markup, redaction-like asterisks, and pieces of real samples.
 */
final class RandomText {
  private static final String[] PIECES = {
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
    "\t",
    "*",
    "**",
    "***",
    "* *",
    "<script>",
    "&amp;",
    "\u0000",
    "\uFEFF",
    "\u00A0",
    "😀",
    "\uD83D",
    "\uDE00",
    "é",
    "中文",
    "Related",
    "2024-02-08",
    "Chapter 12",
    ".",
    "\"",
    "”",
    "  \n  ",
    "a",
    "The",
    "Stalingrad",
  };

  private RandomText() {}

  static String next(Random random, List<String> samples) {
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(40);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(PIECES[random.nextInt(PIECES.length)]);
        case 1 -> text.append((char) random.nextInt(0x3000));
        case 2 -> {
          String sample = samples.get(random.nextInt(samples.size()));
          int start = random.nextInt(sample.length() + 1);
          text.append(sample, start, Math.min(sample.length(), start + random.nextInt(200)));
        }
        default -> {
          String line = PIECES[random.nextInt(PIECES.length)] + "\n";
          text.append(line.repeat(1 + random.nextInt(4)));
        }
      }
    }
    return text.toString();
  }
}
