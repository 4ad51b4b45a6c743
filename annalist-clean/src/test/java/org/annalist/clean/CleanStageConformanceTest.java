package org.annalist.clean;

import java.util.List;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageConformanceTest;

class CleanStageConformanceTest extends StageConformanceTest {

  @Override
  protected Stage stage() {
    return new CleanStage();
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        SampleTexts.WEB_PAGE,
        SampleTexts.CENSORED_CRLF,
        SampleTexts.SURROGATES,
        SampleTexts.WEB_PAGE.replace("\n", "\r\n"),
        "Breaking News\nSign in\nSubscribe\n\n**\n*\n***\n",
        "");
  }
}
