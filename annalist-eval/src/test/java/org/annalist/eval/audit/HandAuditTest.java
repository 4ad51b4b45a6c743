package org.annalist.eval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandAuditTest {
  private static final String EXPORT = """
      {"events": [
        {"id": "ev-1", "time": {"value": "1941"}, "attestations": [
          {"time_basis": "stated"}, {"time_basis": "story"}]},
        {"id": "ev-2", "time": null, "attestations": [{"time_basis": "none"}]},
        {"id": "ev-3", "time": {"value": "1942"}, "fiction": true,
         "attestations": [{"time_basis": "story"}]},
        {"id": "ev-4", "time": {"value": "1943"}, "attestations": [{"time_basis": "story"}]}
      ]}
      """;

  @Test
  void theEventsShownByDefaultAreDatedAndNotFictionOnly() throws Exception {
    JsonNode root = new ObjectMapper().readTree(EXPORT);

    List<String> ids = HandAudit.population(root, HandAudit.Kind.EVENTS).stream()
        .map(item -> item.event().path("id").asText())
        .toList();

    assertThat(ids).containsExactly("ev-1", "ev-4");
  }

  @Test
  void storyDatedTellingsAreSampledOneByOne() throws Exception {
    JsonNode root = new ObjectMapper().readTree(EXPORT);

    List<HandAudit.Item> items = HandAudit.population(root, HandAudit.Kind.STORY_DATED);

    assertThat(items).hasSize(2);
    assertThat(items).allSatisfy(item -> assertThat(item.tellings()).hasSize(1));
  }

  @Test
  void aShareComesWithItsWilsonInterval() {
    assertThat(HandAudit.share("real", 51, 60))
        .isEqualTo("real: 51 of 60 (85%; 95% Wilson interval 74-92%)");
    assertThat(HandAudit.share("real", 0, 0)).isEqualTo("real: no items");
  }
}
