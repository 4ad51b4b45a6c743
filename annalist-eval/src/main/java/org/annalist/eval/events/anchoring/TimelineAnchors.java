package org.annalist.eval.events.anchoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.eval.events.EventText;
import org.annalist.eval.gold.CatDocument;
import org.annalist.eval.gold.CatParser;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.annalist.time.TimexIntervals;
import org.jspecify.annotations.Nullable;

/**
 * Reads the date anchors of the SemEval-2015 Task 4 TimeLine gold (Minard et al. 2015): each line
 * of a gold timeline is {@code ordinal TAB date TAB doc-sentence-word [TAB doc-sentence-word
 * ...]}, every mention on the line anchored to the date ({@code 2003-XX-XX} is all of 2003; {@code
 * XXXX-XX-XX} is no anchor). A mention is found in its document as the first token of that
 * sentence with that text. The documents are the Track A CAT files (tokens and sentences), their
 * creation time the DCT of the TimeML copy of the same document.
 *
 * <p>Splits: {@code dev} is the trial data (30 Apple articles, 6 timelines); {@code test} the
 * three test corpora (airbus, gm, stock: 90 articles, 39 timelines).
 */
public final class TimelineAnchors {
  private static final String ROOT = "semeval2015-task4-timeline";
  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern DOC_ID = Pattern.compile("^(\\d+)[_-]");

  private TimelineAnchors() {}

  /** One corpus: where its documents, their TimeML copies and its gold timelines lie. */
  private record Part(Path cat, Path timeMl, Path timelines) {}

  private static List<Part> parts(Path evalData, String split) {
    Path root = evalData.resolve(ROOT);
    Part trial = new Part(
        root.resolve("Corpus-trial-data_task4"),
        root.resolve("Corpus-trial-data_task4_TimeML"),
        root.resolve("TimeLines_trial_data_task4_v1.2"));
    List<Part> test = new ArrayList<>();
    for (int corpus = 1; corpus <= 3; corpus++) {
      Path folder = root.resolve("SemEval_Task4_data").resolve("corpus_" + corpus);
      test.add(new Part(
          folder.resolve("corpus_trackA_CAT"),
          folder.resolve("corpus_trackA_TimeML"),
          folder.resolve("TimeLines_Gold_Standard")));
    }
    return switch (split) {
      case "dev" -> List.of(trial);
      case "test" -> test;
      case "all" -> Stream.concat(Stream.of(trial), test.stream()).toList();
      default ->
        throw new IllegalArgumentException("the TimeLine data has dev, test and all, not " + split);
    };
  }

  /** Reads the documents and anchors of the split ({@code dev}, {@code test} or {@code all}). */
  public static AnchoringCorpus read(Path evalData, String split) throws IOException {
    List<AnchoredDocument> documents = new ArrayList<>();
    Counts counts = new Counts();
    for (Part part : parts(evalData, split)) {
      for (Path folder : List.of(part.cat(), part.timeMl(), part.timelines())) {
        if (!Files.isDirectory(folder)) {
          throw new IOException("TimeLine gold folder not found: " + folder
              + " (give --eval-data the folder that holds " + ROOT + "/)");
        }
      }
      Map<String, String> dates = dates(part.timelines(), counts);
      Map<String, LocalDate> creation = creationTimes(part.timeMl());
      for (Path file : files(part.cat(), ".xml")) {
        CatDocument cat = CatParser.read(file);
        documents.add(document(cat, dates, creation.get(cat.id()), counts));
      }
    }
    return new AnchoringCorpus(
        "timeline",
        split,
        documents,
        List.of(
            documents.size() + " documents (Track A CAT, text rebuilt from the tokens)",
            counts.entries + " timeline mentions: " + counts.undated
                + " without a date (XXXX-XX-XX), "
                + counts.repeated + " repeats of a mention in another timeline, "
                + counts.conflicting + " of them with another date (the first kept), "
                + counts.missing + " whose word is not in its sentence, " + counts.ambiguous
                + " whose word is twice in its sentence (the first taken)",
            counts.anchors + " gold events with a date anchor"));
  }

  /** What reading left out, for the notes. */
  private static final class Counts {
    int entries;
    int undated;
    int repeated;
    int conflicting;
    int missing;
    int ambiguous;
    int anchors;
  }

  /** The dated mentions of every timeline of a folder: {@code doc-sentence-word} to its date. */
  private static Map<String, String> dates(Path folder, Counts counts) throws IOException {
    Map<String, String> dates = new LinkedHashMap<>();
    for (Path file : files(folder, ".txt")) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] fields = line.strip().split("\t");
        if (fields.length < 3) {
          continue;
        }
        for (int i = 2; i < fields.length; i++) {
          counts.entries++;
          String mention = fields[i].strip();
          String date = fields[1].strip();
          if (date.startsWith("XXXX")) {
            counts.undated++;
            continue;
          }
          String before = dates.putIfAbsent(mention, date);
          if (before != null) {
            counts.repeated++;
            counts.conflicting += before.equals(date) ? 0 : 1;
          }
        }
      }
    }
    return dates;
  }

  private static Map<String, LocalDate> creationTimes(Path folder) throws IOException {
    Map<String, LocalDate> times = new HashMap<>();
    for (Path file : files(folder, ".tml")) {
      Matcher id = DOC_ID.matcher(file.getFileName().toString());
      Matcher dct = DCT.matcher(Files.readString(file, StandardCharsets.UTF_8));
      if (id.find() && dct.find()) {
        times.put(id.group(1), LocalDate.parse(dct.group(1)));
      }
    }
    return times;
  }

  private static AnchoredDocument document(
      CatDocument cat, Map<String, String> dates, @Nullable LocalDate dct, Counts counts) {
    EventText text = MeantimeAnchors.text(cat);
    List<GoldAnchor> anchors = new ArrayList<>();
    String prefix = cat.id() + "-";
    for (Map.Entry<String, String> entry : dates.entrySet()) {
      if (!entry.getKey().startsWith(prefix)) {
        continue;
      }
      String rest = entry.getKey().substring(prefix.length());
      int dash = rest.indexOf('-');
      Optional<DayInterval> days = TimexIntervals.of(entry.getValue(), null);
      if (dash < 0 || days.isEmpty()) {
        counts.missing++;
        continue;
      }
      List<Span> found =
          find(cat, text, Integer.parseInt(rest.substring(0, dash)), rest.substring(dash + 1));
      if (found.isEmpty()) {
        counts.missing++;
        continue;
      }
      counts.ambiguous += found.size() > 1 ? 1 : 0;
      counts.anchors++;
      anchors.add(
          new GoldAnchor(entry.getKey(), found.get(0), entry.getValue(), days.get(), false));
    }
    anchors.sort((a, b) -> a.span().compareTo(b.span()));
    return new AnchoredDocument(text, dct, anchors);
  }

  /** The spans of the tokens of that sentence whose text is the word, in text order. */
  private static List<Span> find(CatDocument cat, EventText text, int sentence, String word) {
    List<CatDocument.Token> tokens = cat.tokens().stream()
        .sorted((a, b) -> a.sentence() != b.sentence()
            ? Integer.compare(a.sentence(), b.sentence())
            : Integer.compare(a.number(), b.number()))
        .toList();
    List<Span> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      CatDocument.Token token = tokens.get(i);
      if (token.sentence() == sentence && token.text().equals(word)) {
        found.add(text.tokens().get(i));
      }
    }
    return found;
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed
          .filter(file -> file.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }
}
