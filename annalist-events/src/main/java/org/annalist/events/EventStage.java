package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.annotate.AnnotateStage;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.DocumentFlags;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageOutput;
import org.annalist.time.TemporalExpression;
import org.annalist.time.TimeStage;
import org.annalist.time.TimexCodec;

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
    return "4";
  }

  @Override
  public Set<LayerName> requires() {
    return Set.of(Layers.BOILERPLATE, Layers.REDACTION, AnnotateStage.SENTENCES, AnnotateStage.TOKENS,
        AnnotateStage.DEPENDENCIES, AnnotateStage.MENTIONS, TimeStage.TIMEX, TimeStage.RANGE,
        TimeStage.SENTENCE_REFERENCE);
  }

  @Override
  public Set<LayerName> produces() {
    return Set.of(MENTIONS);
  }

  @Override
  public StageOutput apply(AnnotatedDocument input, RunContext context) {
    List<TemporalExpression> expressions = new ArrayList<>();
    for (Annotation timex : input.expectLayer(TimeStage.TIMEX).annotations()) {
      TimexCodec.decode(timex.span(), timex.value()).ifPresent(expressions::add);
    }
    DocumentContext document = new DocumentContext(input.text(),
        input.expectLayer(AnnotateStage.MENTIONS).annotations(), expressions,
        input.expectLayer(TimeStage.RANGE).annotations(), input.expectLayer(TimeStage.SENTENCE_REFERENCE).annotations(),
        input.expectLayer(Layers.REDACTION).spans());
    EventExtractor extractor = new EventExtractor(lexicon, document);
    List<SentenceGraph> sentences = SentenceGraph.of(input);
    List<EventMention> mentions = new ArrayList<>();
    sentences.forEach(sentence -> mentions.addAll(extractor.extract(sentence)));
    AnnotationLayer.Builder layer = AnnotationLayer.builder(MENTIONS, input.document(), context.provenance(this));
    for (EventMention mention : SeriesContext.carry(mentions, sentences)) {
      layer.add(mention.trigger(), EventMentionCodec.encode(mention));
    }
    return StageOutput.of(List.of(layer.build()), DocumentFlags.NONE);
  }
}
