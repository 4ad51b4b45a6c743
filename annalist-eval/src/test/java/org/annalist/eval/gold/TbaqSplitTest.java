package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.annalist.eval.EvalData;
import org.junit.jupiter.api.Test;

class TbaqSplitTest {
  @Test
  void everyFifthFileIsTest() {
    List<Path> files =
        IntStream.rangeClosed(1, 12).mapToObj(i -> Path.of("f" + i + ".tml")).toList();

    assertThat(TbaqSplit.TEST.select(files)).containsExactly(Path.of("f5.tml"), Path.of("f10.tml"));
    assertThat(TbaqSplit.DEV.select(files)).hasSize(10).doesNotContain(Path.of("f5.tml"));
    assertThat(TbaqSplit.ALL.select(files)).isEqualTo(files);
  }

  @Test
  void timeBankAndAquaintHave51TestFiles() throws IOException {
    List<Path> files = TimeMlReader.tbaqFiles(EvalData.path());

    assertThat(TbaqSplit.TEST.select(files)).hasSize(51);
    assertThat(TbaqSplit.DEV.select(files)).hasSize(205);
    assertThat(files.get(0).getParent().getFileName()).hasToString("AQUAINT");
  }
}
