package org.annalist.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * The passages of a text inside quotation marks: quoted speech and dialogue. What a quote says
 * happened is told by its speaker, at the speaker's time, so its dates are not the narration's.
 *
 * <p>Marks pair within a line, as paragraphs of extracted text are lines: a straight {@code "}
 * opens and closes in turn, {@code “ „ «} and the typewriter {@code ``} open, {@code ” »} and
 * {@code ''} close. A mark left open at the end
 * of its line pairs with nothing: a block quotation of a source (which a history tells as its
 * own) or a stray mark, not speech (WikiWars: reading such a line as quoted cost three dates).
 * Single quotes are not read: {@code ’} is also the apostrophe. A passage holds the text between
 * its marks.
 */
public final class Quotations {
  private final List<Span> passages;

  private Quotations(List<Span> passages) {
    this.passages = List.copyOf(passages);
  }

  /** The quoted passages of the text, in order. */
  public static Quotations of(String text) {
    List<Span> passages = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        open = -1;
      } else if (c == '`' && text.startsWith("``", i)) {
        open = i + 2;
        i++;
      } else if (c == '\'' && text.startsWith("''", i) && open >= 0) {
        passages.add(Span.of(open, i));
        open = -1;
        i++;
      } else if (c == '"') {
        if (open >= 0) {
          passages.add(Span.of(open, i));
          open = -1;
        } else {
          open = i + 1;
        }
      } else if (c == '“' || c == '„' || c == '«') {
        open = i + 1;
      } else if ((c == '”' || c == '»') && open >= 0) {
        passages.add(Span.of(open, i));
        open = -1;
      }
    }
    return new Quotations(passages);
  }

  /** The quoted passages, in text order. */
  public List<Span> passages() {
    return passages;
  }

  /** The quoted passage around this offset, if it lies in one. */
  public Optional<Span> around(int offset) {
    int low = 0;
    int high = passages.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Span passage = passages.get(middle);
      if (offset < passage.start()) {
        high = middle - 1;
      } else if (offset >= passage.end()) {
        low = middle + 1;
      } else {
        return Optional.of(passage);
      }
    }
    return Optional.empty();
  }

  /** Whether the offset lies inside a quoted passage. */
  public boolean quotes(int offset) {
    return around(offset).isPresent();
  }
}
