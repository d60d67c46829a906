package io.rolelens.batch.mine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The n-gram table against counting every n-gram of every posting the slow way. */
class FrequentNgramsTest {
  private static final int WORDS = 6;
  private static final int MAX_N = 4;

  /** Random postings over a few words, with breaks and unusable tokens sprinkled in. */
  static List<int[]> postings(long seed, int count) {
    Random random = new Random(seed);
    List<int[]> postings = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      int[] codes = new int[5 + random.nextInt(30)];
      for (int i = 0; i < codes.length; i++) {
        int word = random.nextInt(WORDS);
        codes[i] =
            random.nextInt(20) == 0
                ? -1
                : word
                    | (i == 0 || codes[i - 1] < 0 || random.nextInt(6) == 0 ? WordCodes.BREAK : 0);
      }
      postings.add(codes);
    }
    return postings;
  }

  /**
   * How many postings hold each n-gram (as a word list), counting every window that no break cuts.
   */
  static Map<List<Integer>, Integer> slowCounts(List<int[]> postings, int n) {
    Map<List<Integer>, Integer> counts = new HashMap<>();
    for (int[] codes : postings) {
      Set<List<Integer>> seen = new HashSet<>();
      for (int i = 0; i + n <= codes.length; i++) {
        List<Integer> gram = new ArrayList<>();
        boolean whole = WordCodes.word(codes[i]) >= 0;
        for (int k = 0; k < n && whole; k++) {
          whole = k == 0 || WordCodes.joined(codes[i + k]);
          gram.add(WordCodes.word(codes[i + k]));
        }
        if (whole) {
          seen.add(gram);
        }
      }
      seen.forEach(g -> counts.merge(g, 1, Integer::sum));
    }
    return counts;
  }

  @ParameterizedTest(name = "seed {0}, counting table of {1}")
  @CsvSource({"1, 1000000", "2, 1000000", "3, 7", "4, 1"})
  void holdsExactlyTheNgramsInEnoughPostingsWithTheirCountsHoweverCountingIsSplit(
      long seed, int tableCap) {
    List<int[]> postings = postings(seed, 60);
    int min = 4;

    NgramTable table =
        FrequentNgrams.count(postings, WORDS, MAX_N, min, Integer.MAX_VALUE, tableCap);

    for (int n = 1; n <= MAX_N; n++) {
      Map<List<Integer>, Integer> frequent = new HashMap<>(slowCounts(postings, n));
      frequent.values().removeIf(c -> c < min);
      assertThat(table.size(n)).as("%d-grams", n).isEqualTo(frequent.size());
      for (var e : frequent.entrySet()) {
        int id = table.find(e.getKey().stream().mapToInt(Integer::intValue).toArray(), 0, n);
        assertThat(id).as("%s", e.getKey()).isNotNegative();
        assertThat(table.foreground(n, id)).as("%s", e.getKey()).isEqualTo(e.getValue());
        assertThat(Arrays.stream(table.words(n, id)).boxed().toList()).isEqualTo(e.getKey());
      }
    }
  }

  @Test
  void countsBackgroundPostingsOncePerPostingForTheNgramsOfTheTable() {
    List<int[]> foreground = postings(5, 40);
    List<int[]> background = postings(6, 50);
    NgramTable table = FrequentNgrams.count(foreground, WORDS, MAX_N, 3, Integer.MAX_VALUE, 1000);

    for (int p = 0; p < background.size(); p++) {
      table.countBackground(background.get(p), p);
    }

    for (int n = 1; n <= MAX_N; n++) {
      Map<List<Integer>, Integer> slow = slowCounts(background, n);
      for (int id = 0; id < table.size(n); id++) {
        List<Integer> gram = Arrays.stream(table.words(n, id)).boxed().toList();
        assertThat(table.background(n, id)).as("%s", gram).isEqualTo(slow.getOrDefault(gram, 0));
      }
    }
  }

  @Test
  void aLengthOverItsCapKeepsTheMostFrequentAndRaisesItsMinimumToAWholeCount() {
    List<int[]> postings = postings(7, 80);
    Map<List<Integer>, Integer> pairs = slowCounts(postings, 2);

    NgramTable table = FrequentNgrams.count(postings, WORDS, 2, 1, 10, 1000);

    int raised = table.minPostings(2);
    assertThat(raised).isGreaterThan(1);
    assertThat(table.size(2))
        .isLessThanOrEqualTo(10)
        .isEqualTo((int) pairs.values().stream().filter(c -> c >= raised).count());
  }
}
