package io.rolelens.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void htmlFromAPostingBecomesEntities() {
    assertThat(MarkdownText.escape("<script>alert('x')</script> & co"))
        .isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co");
  }

  @Test
  void linksEmphasisCodeAndTableCellsCannotBeInjected() {
    assertThat(
            MarkdownText.escape(
                "[click](http://evil.example) ![img](x) *a* _b_ `c` ~~d~~ e|f # g \\"))
        .isEqualTo(
            "\\[click\\](http://evil.example) !\\[img\\](x) \\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~"
                + " e\\|f \\# g \\\\");
  }

  @Test
  void lineBreaksOfAnyKindBecomeOneSpace() {
    assertThat(MarkdownText.escape("one\r\ntwo\nthree\rfour")).isEqualTo("one two three four");
  }

  @Test
  void plainTextIsUnchanged() {
    assertThat(MarkdownText.escape("Product Manager → Product Owner, 83% (−3 pp)"))
        .isEqualTo("Product Manager → Product Owner, 83% (−3 pp)");
  }
}
