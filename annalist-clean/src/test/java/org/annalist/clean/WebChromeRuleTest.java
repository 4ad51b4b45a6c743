package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebChromeRuleTest {
  private final WebChromeRule rule = WebChromeRule.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Related Posts",
        "Recommended Stories",
        "Popular Articles",
        "You may also like",
        "You'll Also Like",
        "Read more",
        "Continue reading",
        "Share this article",
        "Share on",
        "Subscribe to our newsletter",
        "Sign up",
        "Log in",
        "Sign in | Register",
        "We use cookies",
        "Accept all cookies",
        "Advertisement",
        "Sponsored",
        "Back to top",
        "Next chapter",
        "Previous page",
        "Table of Contents",
        "12 Comments",
        "Leave a comment",
        "Tap the screen to open the menu",
        "Click here to continue",
        "Tip: use the left and right arrow keys to move between pages",
        "Copyright © 2019 Example Press. All rights reserved.",
        "© 2020 The Morning Ledger",
        "Category",
        "Tags",
        "Tags: war, diplomacy, treaties",
        "Latest News",
        "culture Category Latest News",
        "Home > History > Asia",
        "Home / News",
        "Europe » Politics » Elections",
        "  Related Pages  ",
        "Facebook Twitter Email Print"
      })
  void marksShortLinesMadeOfChromeVocabulary(String line) {
    assertThat(rule.isChrome(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read more about the war in the letters he left behind, which the archive published in 1998.",
        "You can read more about the war in the second volume.",
        "Share the burden, he told the assembly.",
        "\"Subscribe!\" she shouted from the door.",
        "\"Next chapter,\" he said.",
        "Comments on the treaty were sharp",
        "Next, the delegation travelled by train to the capital.",
        "The Battle of the Bulge",
        "The Cranes",
        "Chapter 12 The Long Winter",
        "Related matters were settled by the commission in the following spring.",
        "The shareholders met at home in the valley",
        ""
      })
  void leavesNarrativeHeadingsAndDialogueAlone(String line) {
    assertThat(rule.isChrome(line)).as(line).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Related Posts Related Posts Related Posts Related Posts Related Posts Related Posts"
            + " Related Posts Related Posts Related Posts Related Posts Related Posts Related Posts"
            + " Related Posts"
      })
  void leavesLinesLongerThanTheLimitAlone(String line) {
    assertThat(line.split(" ")).hasSizeGreaterThan(WebChromeRule.MAX_WORDS);
    assertThat(rule.isChrome(line)).isFalse();
  }
}
