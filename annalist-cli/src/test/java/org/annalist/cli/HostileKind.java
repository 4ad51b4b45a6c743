package org.annalist.cli;

/** The classes of broken and hostile files the hostile-input harness writes. */
enum HostileKind {
  EMPTY("empty files, whitespace or a byte-order mark only, under every extension"),
  RANDOM_BYTES("random bytes under every extension"),
  FAKE_HEADER("random bytes after a PDF, zip, HTML, RTF or PostScript header"),
  TRUNCATED_PDF("a valid PDF cut at a random byte"),
  TRUNCATED_DOCX("a valid DOCX cut at a random byte"),
  TRUNCATED_EPUB("a valid EPUB cut at a random byte"),
  ZIP_BOMB(
      "DOCX, EPUB and ODT whose one entry inflates to hundreds of MB or GB; a zip of 60,000 entries"),
  GZIP_BOMB("gzip files that inflate to hundreds of MB or GB"),
  EMBEDDED_BOMB(
      "DOCX files of about 1 MB, each embedding a DOCX whose part inflates to hundreds of MB or a GB"),
  DEEP_HTML("HTML nested tens of thousands to 100,000 levels deep, closed or not"),
  BAD_ENCODING(
      "UTF-16/32 without BOM, lone surrogates, CESU-8, Latin-1 mixed with UTF-8, NULs, overlong UTF-8,"
          + " a lying BOM, combining-mark floods, bidi controls"),
  HUGE_LINE("one 100 MB line; one paragraph of words with no sentence end"),
  VANISHING("files deleted, emptied or rewritten by another thread while the run reads them"),
  UNREADABLE("files and a folder with permissions 000"),
  LINK_TRAP("symbolic link loops, links to themselves, dangling links, links to devices, a FIFO"),
  LINK_OUTSIDE(
      "links out of the folder: to a private file beside it, to /proc/self/status, to its parent folder");

  final String description;

  HostileKind(String description) {
    this.description = description;
  }
}
