package org.annalist.annotate;

import java.util.List;
import org.annalist.pipeline.EmptyMasks;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageConformanceTest;

class AnnotateStageConformanceTest extends StageConformanceTest {

  @Override
  protected Stage stage() {
    return new AnnotateStage();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new EmptyMasks());
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "Stalin sent a telegram to Mao Zedong.\n\nZhou Enlai arrived in Moscow on January 20, 1950.",
        "The Kuomintang and the Eighth Route Army fought in North China 😀 in 1941.\r\nChiang Kai-shek refused.",
        "Chairman Mao met Comrade Stalin in the Kremlin. He asked for loans.");
  }
}
