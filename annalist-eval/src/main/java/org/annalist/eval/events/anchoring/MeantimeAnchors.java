package org.annalist.eval.events.anchoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.eval.events.EventText;
import org.annalist.eval.gold.CatDocument;
import org.annalist.eval.gold.CatParser;
import org.annalist.eval.gold.MeantimeReader;
import org.annalist.eval.gold.TokenText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the event anchors of MEANTIME English (Minard et al. 2016): every {@code TLINK} between an
 * {@code EVENT_MENTION} and a dated {@code TIMEX3} (the creation time included) that puts the
 * event within the time ({@code IS_INCLUDED}, {@code SIMULTANEOUS}, {@code DURING}, or from the
 * time's side {@code INCLUDES}). An event linked to several dates keeps the narrowest.
 *
 * <p>Splits: the four topics hold the same Wikinews articles as the SemEval-2015 TimeLine data,
 * whose trial corpus is {@code apple} and whose test corpora are {@code airbus}, {@code gm} and
 * {@code stock}; so {@code dev} is {@code apple} and {@code test} the other three.
 */
public final class MeantimeAnchors {
  private MeantimeAnchors() {}

  /** The topics of each split. */
  static Set<String> topics(String split) {
    return switch (split) {
      case "dev" -> Set.of("apple");
      case "test" -> Set.of("airbus", "gm", "stock");
      case "all" -> Set.of("apple", "airbus", "gm", "stock");
      default -> throw new IllegalArgumentException("MEANTIME has dev, test and all, not " + split);
    };
  }

  /** Reads the documents of the split ({@code dev}, {@code test} or {@code all}). */
  public static AnchoringCorpus read(Path evalData, String split) throws IOException {
    Path folder = evalData.resolve(MeantimeReader.ANNOTATION);
    if (!Files.isDirectory(folder)) {
      throw new IOException("MEANTIME gold folder not found: " + folder
          + " (give --eval-data the folder that holds meantime-english/)");
    }
    Set<String> topics = topics(split);
    List<AnchoredDocument> documents = new ArrayList<>();
    int links = 0;
    int undated = 0;
    int several = 0;
    for (Path file : MeantimeReader.files(folder)) {
      if (!topics.contains(MeantimeReader.topic(file))) {
        continue;
      }
      CatDocument cat = CatParser.read(file);
      LocalDate dct = MeantimeReader.readDocument(file).gold().creationDate();
      AnchorCollector collector = collect(cat, LinkTypes.ofCatFile(file), dct);
      links += collector.links();
      undated += collector.undated();
      several += collector.several();
      documents.add(new AnchoredDocument(text(cat), dct, collector.anchors()));
    }
    int anchors =
        documents.stream().mapToInt(document -> document.anchors().size()).sum();
    return new AnchoringCorpus(
        "meantime",
        split,
        documents,
        List.of(
            "topics " + String.join(", ", topics.stream().sorted().toList()) + ": "
                + documents.size() + " documents; text rebuilt from the tokens",
            links + " TLINKs put an EVENT_MENTION within a TIMEX3 or at its time; " + undated
                + " to a TIMEX3 without a day interval left out; " + several
                + " second links of an event (the narrowest date kept)",
            anchors + " gold events with a date anchor"));
  }

  static EventText text(CatDocument cat) {
    TokenText tokens = TokenText.join(cat.tokens());
    return new EventText(
        cat.id(),
        tokens.text(),
        tokens.tokenSpans(),
        List.copyOf(tokens.sentenceSpans().values()));
  }

  private static AnchorCollector collect(
      CatDocument cat, Map<String, String> types, LocalDate dct) {
    TokenText tokens = TokenText.join(cat.tokens());
    Map<String, CatDocument.Markable> events = new HashMap<>();
    for (CatDocument.Markable markable : cat.markables()) {
      if (markable.tag().equals("EVENT_MENTION") && !markable.tokenIds().isEmpty()) {
        events.put(markable.id(), markable);
      }
    }
    Map<String, CatDocument.Timex> times = new HashMap<>();
    cat.timexes().forEach(timex -> times.put(timex.markableId(), timex));
    AnchorCollector collector = new AnchorCollector();
    for (CatDocument.Relation relation : cat.relations()) {
      if (!relation.tag().equals("TLINK")
          || relation.sources().size() != 1
          || relation.targets().size() != 1) {
        continue;
      }
      String type = types.getOrDefault(relation.id(), "");
      String source = relation.sources().get(0);
      String target = relation.targets().get(0);
      CatDocument.@Nullable Markable event = null;
      CatDocument.@Nullable Timex time = null;
      if (events.containsKey(source)
          && times.containsKey(target)
          && LinkTypes.EVENT_IN_TIME.contains(type)) {
        event = events.get(source);
        time = times.get(target);
      } else if (times.containsKey(source)
          && events.containsKey(target)
          && LinkTypes.TIME_AROUND_EVENT.contains(type)) {
        event = events.get(target);
        time = times.get(source);
      }
      if (event != null && time != null && isDate(time)) {
        collector.link(
            cat.id() + "/m" + event.id(),
            tokens.cover(event.tokenIds()),
            time.value(),
            "CREATION_TIME".equals(time.function()),
            dct);
      }
    }
    return collector;
  }

  private static boolean isDate(CatDocument.Timex time) {
    return "DATE".equals(time.type()) || "TIME".equals(time.type());
  }
}
