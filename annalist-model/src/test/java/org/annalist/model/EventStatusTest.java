package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventStatusTest {

  @ParameterizedTest
  @EnumSource(EventStatus.class)
  void everyStatusIsFoundByItsLabel(EventStatus status) {
    assertThat(EventStatus.ofLabel(status.label())).contains(status);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CORROBORATED", "single_source", "", "disputed"})
  void otherWordsAreNoStatus(String label) {
    assertThat(EventStatus.ofLabel(label)).isEmpty();
  }
}
