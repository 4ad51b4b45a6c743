package org.annalist.eval.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;

/**
 * A mention detection baseline: every verb (CoreNLP tag {@code VB*}) is an event mention, except
 * forms of be, have and do, which are mostly auxiliaries. Nominal events ("the attack") are
 * missed by design; the baseline shows what the harness gives for the simplest reasonable rule.
 */
public final class VerbBaseline implements EventMentionSystem {

  @Override
  public String name() {
    return "verb-baseline (CoreNLP VB* except be, have, do)";
  }

  @Override
  public List<SystemEventMention> find(EventText document) {
    List<SystemEventMention> mentions = new ArrayList<>();
    for (Span sentence : document.sentences()) {
      for (TaggedToken token : PosLemmaTagger.tag(document.text(), sentence)) {
        if (token.isVerb() && !MentionHeads.AUXILIARIES.contains(token.lemma())) {
          mentions.add(new SystemEventMention(token.span(), token.lemma()));
        }
      }
    }
    return mentions;
  }
}
