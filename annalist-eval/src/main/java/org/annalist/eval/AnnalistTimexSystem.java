package org.annalist.eval;

import java.time.LocalDate;
import java.util.List;
import org.annalist.eval.score.SystemTimex;
import org.annalist.time.AnchoringMode;
import org.annalist.time.TemporalContext;
import org.annalist.time.TemporalExpression;
import org.annalist.time.TemporalTagger;

/** Annalist's own English temporal tagger, {@link TemporalTagger#english()}, as a {@link TimexSystem}. */
public final class AnnalistTimexSystem implements TimexSystem {
  private final TemporalTagger tagger = TemporalTagger.english();

  @Override
  public String name() {
    return "annalist TemporalTagger.english()";
  }

  @Override
  public List<SystemTimex> tag(String text, LocalDate creationDate, AnchoringMode mode) {
    return tagger.tag(text, new TemporalContext(creationDate, mode)).stream()
        .map(AnnalistTimexSystem::toSystemTimex)
        .toList();
  }

  private static SystemTimex toSystemTimex(TemporalExpression expression) {
    return new SystemTimex(
        expression.span(),
        expression.value(),
        expression.type().name(),
        expression.mod() == null ? null : expression.mod().name());
  }
}
