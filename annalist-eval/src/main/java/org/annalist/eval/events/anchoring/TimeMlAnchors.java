package org.annalist.eval.events.anchoring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annalist.eval.events.EventText;
import org.annalist.eval.gold.TbaqSplit;
import org.annalist.eval.gold.TimeMlDocument;
import org.annalist.eval.gold.TimeMlReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the event anchors of TimeBank and AQUAINT as TempEval-3 cleaned them ({@code
 * tempeval3-tbaq}, TimeML 1.2.1, through {@link TimeMlReader}): every {@code TLINK} between an
 * event instance and a dated {@code TIMEX3} (the creation time included) that puts the event
 * within the time ({@code IS_INCLUDED}, {@code SIMULTANEOUS}, {@code DURING}, or from the time's
 * side {@code INCLUDES}). The text is the content of {@code <TEXT>} with the tags removed; the
 * creation time is the {@code <DCT>}'s. Splits: {@link TbaqSplit}.
 */
public final class TimeMlAnchors {
  private TimeMlAnchors() {}

  /** Reads the documents of the split ({@code dev}, {@code test} or {@code all}). */
  public static AnchoringCorpus read(Path evalData, String split) throws IOException {
    List<Path> all = TimeMlReader.tbaqFiles(evalData);
    List<Path> files = TbaqSplit.valueOf(split.toUpperCase(Locale.ROOT)).select(all);
    List<AnchoredDocument> documents = new ArrayList<>();
    int links = 0;
    int undated = 0;
    int several = 0;
    for (Path file : files) {
      TimeMlDocument timeMl = TimeMlReader.read(file);
      AnchorCollector collector = collect(timeMl);
      links += collector.links();
      undated += collector.undated();
      several += collector.several();
      documents.add(new AnchoredDocument(
          new EventText(timeMl.id(), timeMl.text(), List.of(), List.of()),
          creationDay(timeMl),
          collector.anchors()));
    }
    int anchors =
        documents.stream().mapToInt(document -> document.anchors().size()).sum();
    return new AnchoringCorpus(
        "tbaq",
        split,
        documents,
        List.of(
            documents.size() + " of " + all.size() + " files (TbaqSplit: test is every fifth)",
            links + " TLINKs put an event instance within a TIMEX3 or at its time; " + undated
                + " to a TIMEX3 without a day interval left out; " + several
                + " second links of an event (the narrowest date kept)",
            anchors + " gold events with a date anchor"));
  }

  private static @Nullable LocalDate creationDay(TimeMlDocument document) {
    TimeMlDocument.Timex creation = document.creationTime();
    String value = creation == null ? null : creation.value();
    return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
  }

  private static AnchorCollector collect(TimeMlDocument document) {
    Map<String, TimeMlDocument.Instance> instances = document.instancesById();
    LocalDate dct = creationDay(document);
    AnchorCollector collector = new AnchorCollector();
    for (TimeMlDocument.Link link : document.links()) {
      if (!link.tag().equals("TLINK")) {
        continue;
      }
      String instance = null;
      String time = null;
      if (link.fromKind() == TimeMlDocument.EndKind.EVENT_INSTANCE
          && link.toKind() == TimeMlDocument.EndKind.TIME
          && LinkTypes.EVENT_IN_TIME.contains(link.relType())) {
        instance = link.from();
        time = link.to();
      } else if (link.fromKind() == TimeMlDocument.EndKind.TIME
          && link.toKind() == TimeMlDocument.EndKind.EVENT_INSTANCE
          && LinkTypes.TIME_AROUND_EVENT.contains(link.relType())) {
        instance = link.to();
        time = link.from();
      }
      if (instance == null || time == null || !instances.containsKey(instance)) {
        continue;
      }
      Optional<TimeMlDocument.Event> event = document.eventOf(instance);
      Optional<TimeMlDocument.Timex> timex = document.timex(time);
      if (event.isPresent()
          && timex.isPresent()
          && (timex.get().type().equals("DATE") || timex.get().type().equals("TIME"))) {
        collector.link(
            document.id() + "/" + event.get().id(),
            event.get().span(),
            timex.get().value(),
            "CREATION_TIME".equals(timex.get().functionInDocument()),
            dct);
      }
    }
    return collector;
  }
}
