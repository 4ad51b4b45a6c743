package org.annalist.events;

import java.util.List;
import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageConformanceTest;
import org.annalist.time.TimeStage;

class EventStageConformanceTest extends StageConformanceTest {

  @Override
  protected Stage stage() {
    return new EventStage();
  }

  @Override
  protected List<Stage> prerequisites() {
    return List.of(new CleanStage(), new TimeStage(), new AnnotateStage());
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "In March 1820, the Duke sent a second and third letter to the Regent, asking him to withdraw.",
        "The council refused all four petitions. If the river floods, the town could fall.\n\nThe next day he arrived.",
        "Half a million people fled Arden in 1901. ** rejected the offer 😀 twice.");
  }
}
