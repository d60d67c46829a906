package io.rolelens.server.dto;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.json.BodySpans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockMapperTest {
  final List<Block> blocks =
      List.of(
          new Block("a", "Own the backlog."),
          new Block("b", ""),
          new Block("c", "Write user stories."));
  final String body = new AnalyzeRequest("", null, blocks).body();

  @Test
  void joinsBlocksWithABlankLine() {
    assertThat(body).isEqualTo("Own the backlog.\n\n\n\nWrite user stories.");
  }

  @Test
  void findsTheBlockOfEachOffsetAndNoneOnSeparators() {
    BlockMapper mapper = new BlockMapper(blocks);
    assertThat(mapper.blockAt(0)).isZero();
    assertThat(mapper.blockAt(15)).isZero();
    assertThat(mapper.blockAt(16)).isEqualTo(-1);
    assertThat(mapper.blockAt(body.indexOf("Write"))).isEqualTo(2);
  }

  @Test
  void placesSpansInTheirBlockAndLeavesOutOnesCrossingABoundary() {
    BlockMapper mapper = new BlockMapper(blocks);
    int write = body.indexOf("Write");

    assertThat(mapper.place(4, 15)).isEqualTo(new BodySpans.Placed("a", 4, 15));
    BodySpans.Placed stories = mapper.place(write + 6, write + 18);
    assertThat(stories.blockId()).isEqualTo("c");
    assertThat("Write user stories.".substring(stories.start(), stories.end()))
        .isEqualTo("user stories");
    assertThat(mapper.place(write, write + 5)).isEqualTo(new BodySpans.Placed("c", 0, 5));
    assertThat(mapper.place(8, write + 5)).isNull();
    assertThat(mapper.place(16, 17)).isNull();
  }

  /**
   * Each letter a block: {@code -} an empty one, {@code x} one with text. Every block's text, found
   * where the mapper says the block starts in the body the request joins, is the block's own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"--x", "-x", "x-x", "x--x", "x-", "x--", "-x-x-", "x", "--"})
  void placesEveryBlockWhereTheJoinedBodyHasItWhereverEmptyBlocksStand(String layout) {
    List<Block> laid = new ArrayList<>();
    for (int i = 0; i < layout.length(); i++) {
      laid.add(new Block("b" + i, layout.charAt(i) == '-' ? "" : "Own the backlog " + i + "."));
    }
    String joined = new AnalyzeRequest("", null, laid).body();
    BlockMapper mapper = new BlockMapper(laid);
    assertThat(joined).isEqualTo(String.join("\n\n", laid.stream().map(Block::text).toList()));
    int from = 0;
    for (Block block : laid) {
      int start = joined.indexOf(block.text(), from);
      if (!block.text().isEmpty()) {
        assertThat(mapper.place(start, start + block.text().length()))
            .isEqualTo(new BodySpans.Placed(block.id(), 0, block.text().length()));
        from = start + block.text().length();
      }
    }
  }
}
