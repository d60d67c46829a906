package io.rolelens.server.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockMapperTest {
  final List<Block> blocks = List.of(new Block("a", "Own the backlog."), new Block("b", ""), new Block("c", "Write user stories."));
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
  void movesMentionsIntoTheirBlockAndDropsOnesCrossingABoundary() {
    ObjectNode analysis = new ObjectMapper().createObjectNode();
    ArrayNode mentions = analysis.putArray("mentions");
    mentions.addObject().put("field", "title").put("start", 0).put("end", 3);
    mentions.addObject().put("field", "body").put("start", 4).put("end", 15);
    int write = body.indexOf("Write");
    mentions.addObject().put("field", "body").put("start", write + 6).put("end", write + 18);
    mentions.addObject().put("field", "body").put("start", 8).put("end", write + 5);
    analysis.putObject("profile").putArray("evidence").addObject().put("start", write).put("end", write + 5);

    new BlockMapper(blocks).apply(analysis);

    assertThat(analysis.get("mentions")).hasSize(3);
    assertThat(analysis.get("mentions").get(0).has("blockId")).isFalse();
    assertThat(analysis.get("mentions").get(1).get("blockId").asText()).isEqualTo("a");
    assertThat(analysis.get("mentions").get(1).get("start").asInt()).isEqualTo(4);
    ObjectNode stories = (ObjectNode) analysis.get("mentions").get(2);
    assertThat(stories.get("blockId").asText()).isEqualTo("c");
    assertThat("Write user stories.".substring(stories.get("start").asInt(), stories.get("end").asInt())).isEqualTo("user stories");
    assertThat(analysis.at("/profile/evidence/0/blockId").asText()).isEqualTo("c");
    assertThat(analysis.at("/profile/evidence/0/start").asInt()).isZero();
  }
}
