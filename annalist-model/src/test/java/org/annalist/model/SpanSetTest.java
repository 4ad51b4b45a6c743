package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SpanSetTest {

  @Test
  void unionMergesOverlappingAndAdjacentSpansAndDropsEmptyOnes() {
    SpanSet set = SpanSet.union(
        List.of(Span.of(5, 8), Span.of(0, 2), Span.of(2, 3), Span.of(7, 10), Span.of(4, 4)));
    assertThat(set.spans()).containsExactly(Span.of(0, 3), Span.of(5, 10));
  }

  @Test
  void complementIsWhatTheSetLeavesOfTheText() {
    SpanSet set = SpanSet.union(List.of(Span.of(2, 4), Span.of(6, 7)));
    assertThat(set.complement(9).spans())
        .containsExactly(Span.of(0, 2), Span.of(4, 6), Span.of(7, 9));
    assertThat(SpanSet.EMPTY.complement(3).spans()).containsExactly(Span.of(0, 3));
  }

  @Property
  void everyOffsetIsCoveredByExactlyOneOfTheSetAndItsComplement(
      @ForAll @Size(max = 20) List<@IntRange(max = 100) Integer> starts,
      @ForAll @Size(max = 20) List<@IntRange(max = 30) Integer> lengths) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
      spans.add(Span.of(starts.get(i), starts.get(i) + lengths.get(i)));
    }
    SpanSet set = SpanSet.union(spans);
    SpanSet complement = set.complement(130);
    for (int offset = 0; offset < 130; offset++) {
      final int at = offset;
      boolean inSpans = spans.stream().anyMatch(span -> span.contains(at));
      assertThat(set.covers(offset)).isEqualTo(inSpans);
      assertThat(complement.covers(offset)).isNotEqualTo(inSpans);
      assertThat(set.overlaps(Span.of(offset, offset + 1))).isEqualTo(inSpans);
    }
    assertThat(set.coveredLength() + complement.coveredLength()).isEqualTo(130);
  }
}
