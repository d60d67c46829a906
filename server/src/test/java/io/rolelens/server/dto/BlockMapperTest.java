package io.rolelens.server.dto;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.json.BodySpans;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
