package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.DocumentFlags;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.model.layers.TimeLayers;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageOutput;
import org.annalist.time.AnchoringModes;
import org.annalist.time.TemporalExpression;

/**
 * The events stage: one {@link EventMention} per event trigger of the readable text, read from
 * the dependency parse, dated by the time stage, with named participants from the mentions.
 */
public final class EventStage implements Stage {
  /** Event mentions; span the trigger, value the mention as JSON ({@link EventMentionCodec}). */
  public static final LayerName MENTIONS = LayerName.of("event.mention");

  private final EventLexicon lexicon;

  public EventStage() {
    this(EventLexicon.english());
  }

  EventStage(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public String version() {
    return "7";
  }

  @Override
  public Set<LayerName> requires() {
    return Set.of(
        Layers.BOILERPLATE,
        Layers.REDACTION,
        AnnotateLayers.SENTENCE.name(),
        AnnotateLayers.TOKEN.name(),
        AnnotateLayers.DEPENDENCY.name(),
        AnnotateLayers.MENTION.name(),
        TimeLayers.TIMEX.name(),
        TimeLayers.RANGE.name(),
        TimeLayers.SENTENCE_REFERENCE.name());
  }

  @Override
  public Set<LayerName> produces() {
    return Set.of(MENTIONS);
  }

  @Override
  public StageOutput apply(AnnotatedDocument input, RunContext context) {
    List<TemporalExpression> expressions = new ArrayList<>();
    for (Annotation timex : input.expectLayer(TimeLayers.TIMEX.name()).annotations()) {
      expressions.add(TemporalExpression.of(timex.span(), timex.value(TimeLayers.TIMEX)));
    }
    DocumentContext document = new DocumentContext(
        input.text(),
        input.expectLayer(AnnotateLayers.MENTION.name()).annotations(),
        expressions,
        input.expectLayer(TimeLayers.RANGE.name()).annotations(),
        input.expectLayer(TimeLayers.SENTENCE_REFERENCE.name()).annotations(),
        input.expectLayer(Layers.REDACTION).spans(),
        input.document().metadata().published(),
        AnchoringModes.choose(input.maskedText(), input.document().metadata().published()));
    EventExtractor extractor = new EventExtractor(lexicon, document, input.text());
    List<SentenceGraph> sentences = SentenceGraph.of(input);
    List<EventMention> mentions = new ArrayList<>();
    sentences.forEach(sentence -> mentions.addAll(extractor.extract(sentence)));
    AnnotationLayer.Builder layer =
        AnnotationLayer.builder(MENTIONS, input.document(), context.provenance(this));
    for (EventMention mention : SeriesContext.carry(mentions, sentences)) {
      layer.add(mention.trigger(), EventMentionCodec.encode(mention));
    }
    return StageOutput.of(List.of(layer.build()), DocumentFlags.NONE);
  }
}
