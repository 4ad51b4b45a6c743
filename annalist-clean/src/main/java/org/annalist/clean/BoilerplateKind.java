package org.annalist.clean;

/**
 * The rules that mark a line as boilerplate; {@link #value()} is the annotation value in the
 * {@code clean.boilerplate} layer. When several rules match one line, the first kind in this
 * order wins.
 */
public enum BoilerplateKind {
  /** Navigation, sharing, notices and footers of a web page. */
  WEB_CHROME("web-chrome"),
  /** A dateline or byline near the top: a date with a few words such as the site's name. */
  BYLINE("byline"),
  /** A line that occurs three or more times, such as a repeated image caption. */
  REPEATED_LINE("repeated-line"),
  /** A short title-like label directly under a repeated line. */
  CAPTION_LABEL("caption-label");

  private final String value;

  BoilerplateKind(String value) {
    this.value = value;
  }

  /** The annotation value, e.g. {@code web-chrome}. */
  public String value() {
    return value;
  }
}
