package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FormulaGuardTest {

  @Property
  void aGuardedCellNeverStartsAFormulaAndReadsBackExactly(@ForAll String cell) {
    String guarded = FormulaGuard.guard(cell);

    assertThat(CsvExportReader.unguard(guarded)).isEqualTo(cell);
    if (!guarded.isEmpty()) {
      assertThat("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20").doesNotContain(guarded.substring(0, 1));
    }
  }

  @Property
  void aCellThatStartsWithATriggerOrAnApostropheGetsOneApostrophe(
      @ForAll("triggers") char first, @ForAll String rest) {
    assertThat(FormulaGuard.guard(first + rest)).isEqualTo("'" + first + rest);
  }

  @Provide
  Arbitrary<Character> triggers() {
    return Arbitraries.of(
        '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\'');
  }
}
