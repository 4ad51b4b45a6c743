package org.annalist.time;

import java.util.List;
import org.annalist.pipeline.EmptyMasks;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageConformanceTest;

class TimeStageConformanceTest extends StageConformanceTest {

  @Override
  protected Stage stage() {
    return new TimeStage();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new EmptyMasks());
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "On December 6, 1949, he left Beijing. After 10 days he arrived in Moscow on December 16.\nThe next day he met Stalin.",
        "In July 1941 Stalin asked for troops. At the end of 1941 he asked again; between May and July 1942 twice more.",
        "Updated 2024-02-08\r\nIn the thirties of the last century, crisis came. Now 😀 it is over.",
        "Rome fell in AD 476; Athens rose in the fifth century BC and fought from 499-493 BC.");
  }
}
