package org.annalist.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A normalized union of spans: sorted, non-overlapping, non-adjacent, no empty spans.
 * Used to tell which parts of a text later stages must skip.
 */
public record SpanSet(List<Span> spans) {

  public static final SpanSet EMPTY = new SpanSet(List.of());

  public SpanSet {
    spans = List.copyOf(spans);
  }

  /** The union of the given spans. */
  public static SpanSet union(Collection<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<Span> merged = new ArrayList<>();
    for (Span span : sorted) {
      if (span.isEmpty()) {
        continue;
      }
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).end() >= span.start()) {
        Span previous = merged.get(last);
        merged.set(last, Span.of(previous.start(), Math.max(previous.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return new SpanSet(merged);
  }

  /** The parts of {@code [0, length)} this set does not cover. */
  public SpanSet complement(int length) {
    List<Span> gaps = new ArrayList<>();
    int cursor = 0;
    for (Span span : spans) {
      int start = Math.min(span.start(), length);
      if (start > cursor) {
        gaps.add(Span.of(cursor, start));
      }
      cursor = Math.max(cursor, Math.min(span.end(), length));
    }
    if (cursor < length) {
      gaps.add(Span.of(cursor, length));
    }
    return new SpanSet(gaps);
  }

  /** True if any span of this set overlaps the given span. */
  public boolean overlaps(Span span) {
    int index = firstEndingAfter(span.start());
    return index < spans.size() && spans.get(index).start() < span.end();
  }

  /** True if the offset lies in a span of this set. */
  public boolean covers(int offset) {
    int index = firstEndingAfter(offset);
    return index < spans.size() && spans.get(index).start() <= offset;
  }

  /** Total number of code units covered. */
  public int coveredLength() {
    return spans.stream().mapToInt(Span::length).sum();
  }

  public boolean isEmpty() {
    return spans.isEmpty();
  }

  private int firstEndingAfter(int offset) {
    int low = 0;
    int high = spans.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (spans.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
