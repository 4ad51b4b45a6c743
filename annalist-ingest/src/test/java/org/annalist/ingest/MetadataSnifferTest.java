package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.DocumentMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataSnifferTest {

  private static DocumentMetadata sniff(String text) {
    return MetadataSniffer.sniff(text, FormatMetadata.NONE, "UTF-8");
  }

  @Test
  void readsABylineWithSiteAndUpdateDate() {
    String text = """

        How the Winter Palace Fell
        Northern Chronicle Updated on 2024-02-08
        In October 1917 the Provisional Government met for the last time.
        """;

    DocumentMetadata metadata = sniff(text);

    assertThat(metadata.title()).isEqualTo("How the Winter Palace Fell");
    assertThat(metadata.site()).isEqualTo("Northern Chronicle");
    assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(metadata.charset()).isEqualTo("UTF-8");
  }

  @Test
  void readsAPublishedLabelWithAWordedDate() {
    DocumentMetadata metadata = sniff("Field Notes\nPublished: March 3, 2021\nText follows.");

    assertThat(metadata.published()).isEqualTo(LocalDate.of(2021, 3, 3));
    assertThat(metadata.site()).isNull();
  }

  @Test
  void readsADateGluedToATime() {
    DocumentMetadata metadata =
        sniff("The Harbour Question\nCoastal Daily 2024/05/2419:04:33\nThe harbour was closed.");

    assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 5, 24));
  }

  @Test
  void readsATimeStampOnItsOwnLine() {
    assertThat(sniff("Notes\n2023-11-05 08:12\nBody.").published())
        .isEqualTo(LocalDate.of(2023, 11, 5));
  }

  @Test
  void prefersThePublicationDateToTheUpdateDate() {
    String text = "Essay\nLast updated: 2024-01-10\nPublished on 12 May 2019\nBody.";

    assertThat(sniff(text).published()).isEqualTo(LocalDate.of(2019, 5, 12));
  }

  @Test
  void aLabelWithAWeekdayIsRead() {
    assertThat(sniff("Essay\nPosted on Monday, 4 March 2019\nBody.").published())
        .isEqualTo(LocalDate.of(2019, 3, 4));
  }

  @Test
  void datesInTheStoryAreNotPublicationDates() {
    String text = """
        The Night Train
        On June 22, 1941, the border guards heard engines across the river.
        By December 16, 1949 the delegation had reached the capital.
        """;

    DocumentMetadata metadata = sniff(text);

    assertThat(metadata.published()).isNull();
    assertThat(metadata.site()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Harbour fees to fall\nMarch 01, 2008\nThe port authority has cut its fees.",
        "March 01, 2008\nHarbour fees to fall\nThe port authority has cut its fees.",
        "Harbour fees to fall\nSaturday, 1 March 2008\nThe port authority has cut its fees.",
        "Harbour fees to fall\nPORTSMOUTH, March 1, 2008\nThe port authority has cut its fees."
      })
  void aDatelineAtTheTopIsThePublicationDate(String text) {
    assertThat(sniff(text).published()).isEqualTo(LocalDate.of(2008, 3, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Harbour fees to fall\nBy the spring of March 1, 2008 fees fell\nBody.",
        "Harbour fees to fall\nIt happened on March 1, 2008.\nBody.",
        "Harbour fees to fall\nA first line of the story.\nAnother line.\nMarch 1, 2008\nBody."
      })
  void aDateInProseOrBelowTheTopIsNoDateline(String text) {
    assertThat(sniff(text).published()).isNull();
  }

  @Test
  void datesBelowTheTopAreIgnored() {
    StringBuilder text = new StringBuilder("Title\n");
    for (int i = 0; i < 20; i++) {
      text.append("A line of the story, number ").append(i).append(".\n");
    }
    text.append("Published: March 3, 2021\n");

    assertThat(sniff(text.toString()).published()).isNull();
  }

  @Test
  void impossibleStatedDatesAreIgnored() {
    assertThat(sniff("Essay\nPublished: February 30, 2021\nBody.").published()).isNull();
  }

  @Test
  void anEmptyTextHasNoMetadataButItsCharset() {
    assertThat(MetadataSniffer.sniff("", FormatMetadata.NONE, null))
        .isEqualTo(DocumentMetadata.EMPTY);
  }

  @Test
  void formatPropertiesComeFirst() {
    FormatMetadata format = new FormatMetadata(
        "A Proper Title", "Proper Site", List.of("2020-06-01T00:00:00Z"), List.of("2001-01-01"));
    String text = "A Line\nOther Site Updated on 2024-02-08\nBody.";

    DocumentMetadata metadata = MetadataSniffer.sniff(text, format, null);

    assertThat(metadata.title()).isEqualTo("A Proper Title");
    assertThat(metadata.site()).isEqualTo("Proper Site");
    assertThat(metadata.published()).isEqualTo(LocalDate.of(2020, 6, 1));
  }

  @Test
  void creationDatesComeLast() {
    FormatMetadata created = new FormatMetadata(null, null, List.of(), List.of("2001-01-01"));

    assertThat(MetadataSniffer.sniff("Title\nPosted: 2010-10-10", created, null).published())
        .isEqualTo(LocalDate.of(2010, 10, 10));
    assertThat(MetadataSniffer.sniff("Title\nBody.", created, null).published())
        .isEqualTo(LocalDate.of(2001, 1, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "Northern Chronicle Updated on 2024-02-08        => Northern Chronicle",
        "Voice of the Valley | Published: March 3, 2021  => Voice of the Valley",
        "The Coastal Daily Posted 2023-11-05 08:12       => The Coastal Daily",
        "By Harbour Press                                => Harbour Press",
        "By Harbour Press | 2021-03-03                   => Harbour Press",
        "RIVERTON TIMES UPDATED ON 2024-02-08            => RIVERTON TIMES",
      })
  void readsSiteNamesFromBylines(String byline, String site) {
    assertThat(sniff("Title\n" + byline + "\nBody text.").site()).isEqualTo(site);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Last Updated on 2024-02-08",
        "Updated on 2024-02-08",
        "By the time the train arrived, it was dark.",
        "By Stalin's order, the troops moved east.",
        "Very Long Name Of Some Publication House Updated on 2024-02-08",
        "Northern Chronicle Updated in spring",
        "the northern chronicle updated on 2024-02-08",
      })
  void doesNotInventSiteNames(String line) {
    assertThat(sniff("Title\n" + line + "\nBody text.").site()).isNull();
  }

  @Test
  void titleIsTheFirstLineWithALetterWithoutMarkdownMarks() {
    assertThat(sniff("\n\n---\n## The   Treaty of 1950 ##\nBody").title())
        .isEqualTo("The Treaty of 1950");
  }

  @Test
  void longTitlesAreCutAtAWord() {
    String line = "word ".repeat(100).strip();

    String title = sniff(line + "\nBody").title();

    assertThat(title).hasSizeLessThanOrEqualTo(TitleFinder.MAX_CHARS).endsWith("word…");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Untitled", "untitled document", "report-final.docx", "scan 3.PDF", " "})
  void placeholderFormatTitlesGiveWayToTheText(String placeholder) {
    FormatMetadata format = new FormatMetadata(placeholder, null, List.of(), List.of());

    assertThat(MetadataSniffer.sniff("Real Title\nBody", format, null).title())
        .isEqualTo("Real Title");
  }
}
