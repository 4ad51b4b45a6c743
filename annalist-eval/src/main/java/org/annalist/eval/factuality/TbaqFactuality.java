package org.annalist.eval.factuality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.eval.gold.TbaqSplit;
import org.annalist.eval.gold.TimeMlDocument;
import org.annalist.eval.gold.TimeMlReader;

/**
 * Reads the event attributes of TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned) with {@link
 * TimeMlReader}: each {@code EVENT}'s class and its first {@code MAKEINSTANCE}'s polarity, tense
 * and modality.
 *
 * <ul>
 *   <li>An event without a {@code MAKEINSTANCE} is scored on its class only.
 *   <li>Tense: {@code INFINITIVE}, {@code PRESPART} and {@code PASTPART} are read as {@code NONE}.
 *   <li>Modality: the word in lower case ({@code COULD} is {@code could}); absent is {@code none}.
 *   <li>Polarity: in some AQUAINT files nearly every event is {@code NEG}, so the attribute was
 *       written inverted there ("refused" and "said" are {@code NEG}, "does not guarantee" is
 *       {@code POS}). A file whose events are more often {@code NEG} than {@code POS} is left out
 *       of polarity scoring, and the report says how many.
 *   <li>Split: {@link TbaqSplit} over {@link TimeMlReader#tbaqFiles}.
 * </ul>
 */
public final class TbaqFactuality {
  private TbaqFactuality() {}

  /** The attributes TimeML annotates, in report order. */
  public static final List<Attribute> ATTRIBUTES =
      List.of(Attribute.POLARITY, Attribute.TENSE, Attribute.MODALITY, Attribute.CLASS);

  /** Reads the documents of the split. */
  public static FactualityCorpus read(Path evalData, TbaqSplit split) throws IOException {
    List<Path> files = split.select(TimeMlReader.tbaqFiles(evalData));
    List<FactualityDocument> documents = new ArrayList<>();
    int inverted = 0;
    int noInstance = 0;
    for (Path file : files) {
      TimeMlDocument timeMl = TimeMlReader.read(file);
      boolean invertedPolarity = isPolarityInverted(timeMl);
      inverted += invertedPolarity ? 1 : 0;
      List<GoldFactuality> mentions = new ArrayList<>();
      for (TimeMlDocument.Event event : timeMl.events()) {
        Map<Attribute, String> values = new EnumMap<>(Attribute.class);
        values.put(Attribute.CLASS, event.eventClass().toUpperCase(Locale.ROOT));
        String pos = "?";
        if (event.firstInstance().isPresent()) {
          TimeMlDocument.Instance instance = event.firstInstance().get();
          if (!invertedPolarity) {
            values.put(Attribute.POLARITY, instance.polarity().toUpperCase(Locale.ROOT));
          }
          values.put(Attribute.TENSE, Attribute.tenseOf(instance.tense()));
          String modality = instance.modality();
          values.put(
              Attribute.MODALITY, modality == null ? "none" : modality.toLowerCase(Locale.ROOT));
          pos = instance.pos() == null ? "?" : instance.pos();
        } else {
          noInstance++;
        }
        mentions.add(new GoldFactuality(timeMl.id() + "/" + event.id(), event.span(), pos, values));
      }
      documents.add(new FactualityDocument(timeMl.id(), timeMl.text(), mentions));
    }
    int mentions = documents.stream().mapToInt(d -> d.mentions().size()).sum();
    return new FactualityCorpus(
        "tbaq",
        split.name().toLowerCase(Locale.ROOT),
        documents,
        ATTRIBUTES,
        List.of(
            documents.size() + " documents (AQUAINT then TimeBank in name order, every fifth is"
                + " test), " + mentions + " EVENTs",
            inverted + " files whose polarity is inverted (more NEG than POS) are left out of"
                + " polarity scoring",
            noInstance + " EVENTs without MAKEINSTANCE are scored on their class only"));
  }

  private static boolean isPolarityInverted(TimeMlDocument document) {
    long negative = 0;
    long positive = 0;
    for (TimeMlDocument.Event event : document.events()) {
      for (TimeMlDocument.Instance instance : event.firstInstance().stream().toList()) {
        if (instance.polarity().equalsIgnoreCase("NEG")) {
          negative++;
        } else {
          positive++;
        }
      }
    }
    return negative > positive;
  }
}
