package org.annalist.eval.factuality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annalist.eval.gold.CatDocument;
import org.annalist.eval.gold.CatParser;
import org.annalist.eval.gold.MeantimeReader;
import org.annalist.eval.gold.TbaqSplit;
import org.annalist.eval.gold.TokenText;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads the factuality attributes of MEANTIME English's event mentions ({@code
 * intra_cross-doc_annotation/corpus_*}): every {@code EVENT_MENTION} with token anchors and its
 * {@code certainty}, {@code polarity}, {@code time}, {@code tense} and {@code special_cases}.
 *
 * <ul>
 *   <li>The text is rebuilt from the tokens as {@link TokenText} does; a mention's span runs from
 *       its first anchored token to its last.
 *   <li>Mentions added only for coreference (after the first sentences) carry no attributes; they
 *       are counted and left out.
 *   <li>An empty attribute is left out of that attribute's scoring; {@code UNDERSPECIFIED} is
 *       counted apart.
 *   <li>{@code special_cases}: {@code GEN} gives {@link Attribute#GENERIC}; {@code COND_IF_CLAUSE}
 *       and {@code COND_MAIN_CLAUSE} give {@link Attribute#CONDITION}.
 *   <li>Split: {@link TbaqSplit}'s rule applied to each topic folder's files in name order.
 * </ul>
 */
public final class MeantimeFactuality {
  private MeantimeFactuality() {}

  /** The attributes MEANTIME annotates, in report order. */
  public static final List<Attribute> ATTRIBUTES = List.of(
      Attribute.FACTUAL,
      Attribute.CERTAINTY,
      Attribute.POLARITY,
      Attribute.TIME,
      Attribute.GENERIC,
      Attribute.CONDITION,
      Attribute.TENSE);

  /** Reads the documents of the split. */
  public static FactualityCorpus read(Path evalData, TbaqSplit split) throws IOException {
    Path folder = evalData.resolve(MeantimeReader.ANNOTATION);
    if (!Files.isDirectory(folder)) {
      throw new IOException("MEANTIME gold folder not found: " + folder
          + " (give --eval-data the folder that holds meantime-english/)");
    }
    Map<String, List<Path>> byTopic = new LinkedHashMap<>();
    for (Path file : MeantimeReader.files(folder)) {
      byTopic
          .computeIfAbsent(MeantimeReader.topic(file), t -> new ArrayList<>())
          .add(file);
    }
    List<FactualityDocument> documents = new ArrayList<>();
    int unannotated = 0;
    for (List<Path> files : byTopic.values()) {
      for (Path file : split.select(files)) {
        CatDocument cat = CatParser.read(file);
        Read read = document(cat);
        documents.add(read.document());
        unannotated += read.unannotated();
      }
    }
    if (documents.isEmpty()) {
      throw new IOException("no MEANTIME documents in " + folder);
    }
    int mentions = documents.stream().mapToInt(d -> d.mentions().size()).sum();
    return new FactualityCorpus(
        "meantime",
        split.name().toLowerCase(Locale.ROOT),
        documents,
        ATTRIBUTES,
        List.of(
            documents.size() + " documents (every fifth file of each topic is test), " + mentions
                + " EVENT_MENTIONs with attributes",
            unannotated + " EVENT_MENTIONs without attributes (added for coreference) left out",
            "factual (gold) = certainty CERTAIN, polarity POS, time NON_FUTURE, special_cases NONE"));
  }

  private record Read(FactualityDocument document, int unannotated) {}

  private static Read document(CatDocument cat) {
    TokenText tokens = TokenText.join(cat.tokens());
    List<GoldFactuality> mentions = new ArrayList<>();
    int unannotated = 0;
    for (CatDocument.Markable markable : cat.markables()) {
      if (!markable.tag().equals("EVENT_MENTION") || markable.tokenIds().isEmpty()) {
        continue;
      }
      if (!markable.hasAttribute("certainty")) {
        unannotated++;
        continue;
      }
      Span span = tokens.cover(markable.tokenIds());
      Map<Attribute, String> values = new EnumMap<>(Attribute.class);
      put(values, Attribute.CERTAINTY, markable.attribute("certainty"));
      put(values, Attribute.POLARITY, markable.attribute("polarity"));
      put(values, Attribute.TIME, markable.attribute("time"));
      String tense = markable.attribute("tense");
      put(values, Attribute.TENSE, tense == null ? null : Attribute.tenseOf(tense));
      String special = markable.attribute("special_cases");
      if (special != null) {
        values.put(Attribute.GENERIC, special.equals("GEN") ? "GENERIC" : "SPECIFIC");
        values.put(Attribute.CONDITION, special.startsWith("COND") ? "CONDITIONAL" : "NONE");
      }
      factual(values).ifPresent(value -> values.put(Attribute.FACTUAL, value));
      String pos = markable.attribute("pos");
      mentions.add(new GoldFactuality(
          cat.id() + "/m" + markable.id(), span, pos == null ? "?" : pos, values));
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return new Read(new FactualityDocument(cat.id(), tokens.text(), mentions), unannotated);
  }

  /** Factual when certain, positive, not future and no special case; open when any is open. */
  private static Optional<String> factual(Map<Attribute, String> values) {
    List<Attribute> parts =
        List.of(Attribute.CERTAINTY, Attribute.POLARITY, Attribute.TIME, Attribute.GENERIC);
    if (!values.keySet().containsAll(parts)) {
      return Optional.empty();
    }
    if (parts.stream().anyMatch(part -> Attribute.UNDERSPECIFIED.equals(values.get(part)))) {
      return Optional.of(Attribute.UNDERSPECIFIED);
    }
    boolean factual = "CERTAIN".equals(values.get(Attribute.CERTAINTY))
        && "POS".equals(values.get(Attribute.POLARITY))
        && "NON_FUTURE".equals(values.get(Attribute.TIME))
        && "SPECIFIC".equals(values.get(Attribute.GENERIC))
        && "NONE".equals(values.get(Attribute.CONDITION));
    return Optional.of(factual ? "FACTUAL" : "NOT_FACTUAL");
  }

  private static void put(
      Map<Attribute, String> values, Attribute attribute, @Nullable String value) {
    if (value != null) {
      values.put(attribute, value.toUpperCase(Locale.ROOT));
    }
  }
}
