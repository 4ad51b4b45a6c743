package org.annalist.time;

import java.util.List;

/** Reads tokens forward from a position; rules use it to try a pattern and back out. */
final class Cursor {
  private final List<TimeToken> tokens;
  private int position;

  Cursor(List<TimeToken> tokens, int position) {
    this.tokens = tokens;
    this.position = position;
  }

  int position() {
    return position;
  }

  void reset(int to) {
    position = to;
  }

  boolean atEnd() {
    return position >= tokens.size();
  }

  TimeToken peek() {
    return tokens.get(position);
  }

  boolean peekIs(String... words) {
    if (atEnd()) {
      return false;
    }
    for (String word : words) {
      if (peek().is(word)) {
        return true;
      }
    }
    return false;
  }

  /** Consumes the next token if it is one of the words (ignoring case). */
  boolean word(String... words) {
    if (peekIs(words)) {
      position++;
      return true;
    }
    return false;
  }

  /** Consumes a punctuation token glued or not. */
  boolean punct(String symbol) {
    if (!atEnd() && peek().text().equals(symbol)) {
      position++;
      return true;
    }
    return false;
  }

  /** Consumes a token glued to the previous one (no space between) if it is one of the words. */
  boolean glued(String... words) {
    if (!atEnd() && !peek().spaceBefore() && peekIs(words)) {
      position++;
      return true;
    }
    return false;
  }

  /** Consumes any dash or hyphen. */
  boolean dash() {
    return punct("-") || punct("–") || punct("—");
  }

  /** Month 1-12 from a name or an abbreviation (with an optional dot), or 0 without moving. */
  int month() {
    if (atEnd() || !peek().isWord()) {
      return 0;
    }
    String lower = peek().lower();
    int month = TimeLexicon.monthOfName(lower);
    if (month > 0) {
      position++;
      return month;
    }
    month = TimeLexicon.monthOfAbbreviation(lower);
    if (month > 0 && peek().isCapitalized()) {
      position++;
      punct(".");
      return month;
    }
    return 0;
  }

  /** A day of month 1-31, as digits with an optional ordinal suffix, or 0 without moving. */
  int day() {
    if (atEnd() || !peek().isNumber() || peek().text().length() > 2) {
      return 0;
    }
    int day = peek().number();
    if (day < 1 || day > 31) {
      return 0;
    }
    position++;
    glued("st", "nd", "rd", "th");
    return day;
  }

  /** A four-digit year 1000-2999 not glued to letters other than a plural s, or 0. */
  int year() {
    if (atEnd() || !peek().isNumber() || peek().text().length() != 4) {
      return 0;
    }
    int year = peek().number();
    if (year < 1000 || year > 2999) {
      return 0;
    }
    if (position + 1 < tokens.size()
        && !tokens.get(position + 1).spaceBefore()
        && tokens.get(position + 1).isWord()) {
      return 0;
    }
    position++;
    return year;
  }

  /** An era marker: BC, B.C., BCE, AD, A.D., CE. Returns -1 for before, 1 for common era, 0 none. */
  int era() {
    int start = position;
    if (word("bc", "bce")) {
      return -1;
    }
    if (word("ad", "ce")
        && tokens
            .get(position - 1)
            .text()
            .toUpperCase(java.util.Locale.ROOT)
            .equals(tokens.get(position - 1).text())) {
      return 1;
    }
    position = start;
    if (word("b") && punct(".") && word("c")) {
      punct(".");
      word("e");
      punct(".");
      return -1;
    }
    position = start;
    if (word("a") && punct(".") && word("d")) {
      punct(".");
      return 1;
    }
    position = start;
    return 0;
  }

  TimeToken token(int index) {
    return tokens.get(index);
  }

  List<TimeToken> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }
}
