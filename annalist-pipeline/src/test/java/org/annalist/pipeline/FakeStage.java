package org.annalist.pipeline;

import java.util.Set;
import org.annalist.model.LayerName;

/** A stage of the pipeline module's tests: its name, what it requires and what it produces; version 1. */
abstract class FakeStage implements Stage {
  private final String name;
  private final Set<LayerName> requires;
  private final Set<LayerName> produces;

  FakeStage(String name, Set<LayerName> requires, Set<LayerName> produces) {
    this.name = name;
    this.requires = requires;
    this.produces = produces;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Set<LayerName> requires() {
    return requires;
  }

  @Override
  public Set<LayerName> produces() {
    return produces;
  }
}
