package org.annalist.eval.events;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.annalist.model.Span;

/**
 * Parts of speech and lemmas from Stanford CoreNLP 4.5.10 ({@code tokenize, ssplit, pos,
 * lemma}), one sentence at a time. Tokens are split at whitespace only, so on a gold text (tokens
 * joined by spaces) CoreNLP's tokens are the annotators' tokens. The models load once per
 * process, on first use, and are shared by all threads.
 */
public final class PosLemmaTagger {
  private PosLemmaTagger() {}

  /** The tokens of one sentence of the text, with spans into the whole text. */
  public static List<TaggedToken> tag(String text, Span sentence) {
    CoreDocument document = new CoreDocument(sentence.quote(text));
    Holder.PIPELINE.annotate(document);
    return document.tokens().stream()
        .map(token -> tagged(token, sentence.start()))
        .toList();
  }

  private static TaggedToken tagged(CoreLabel token, int offset) {
    return new TaggedToken(
        Span.of(offset + token.beginPosition(), offset + token.endPosition()),
        token.tag(),
        token.lemma());
  }

  static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    properties.setProperty("tokenize.whitespace", "true");
    properties.setProperty("ssplit.isOneSentence", "true");
    return properties;
  }

  /** Loads the models when first asked for, once (initialization-on-demand holder). */
  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());
  }
}
