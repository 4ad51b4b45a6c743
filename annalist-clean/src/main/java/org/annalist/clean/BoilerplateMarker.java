package org.annalist.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the boilerplate lines of a document by composing the line rules. Each line gets at
 * most one mark; where rules overlap, the order of {@link BoilerplateKind} decides (chrome,
 * then byline, then repeated line, then caption label). A caption label is looked for only
 * under lines marked as repeated lines, so the line after a repeated "Advertisement" is not
 * taken for a label. Immutable and thread-safe.
 */
public final class BoilerplateMarker {
  private final WebChromeRule chrome;
  private final BylineRule byline = new BylineRule();
  private final RepeatedLineRule repeated = new RepeatedLineRule();
  private final CaptionLabelRule captionLabel = new CaptionLabelRule();

  /** The marker with the given chrome rule and the standard byline, repeat and label rules. */
  public BoilerplateMarker(WebChromeRule chrome) {
    this.chrome = chrome;
  }

  /** The marker with the standard chrome vocabulary. */
  public static BoilerplateMarker standard() {
    return new BoilerplateMarker(WebChromeRule.standard());
  }

  /** The marked lines, in document order. */
  public List<LineMark> mark(List<Line> lines) {
    BoilerplateKind[] kinds = new BoilerplateKind[lines.size()];
    for (Line line : lines) {
      if (!line.isBlank() && chrome.isChrome(line.text())) {
        kinds[line.index()] = BoilerplateKind.WEB_CHROME;
      }
    }
    assign(kinds, byline.find(lines), BoilerplateKind.BYLINE);
    assign(kinds, repeated.find(lines), BoilerplateKind.REPEATED_LINE);
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == BoilerplateKind.REPEATED_LINE) {
        anchors.add(i);
      }
    }
    assign(kinds, captionLabel.find(lines, anchors), BoilerplateKind.CAPTION_LABEL);
    List<LineMark> marks = new ArrayList<>();
    for (Line line : lines) {
      BoilerplateKind kind = kinds[line.index()];
      if (kind != null) {
        marks.add(new LineMark(line, kind));
      }
    }
    return marks;
  }

  private static void assign(BoilerplateKind[] kinds, List<Integer> indices, BoilerplateKind kind) {
    for (int index : indices) {
      if (kinds[index] == null) {
        kinds[index] = kind;
      }
    }
  }
}
