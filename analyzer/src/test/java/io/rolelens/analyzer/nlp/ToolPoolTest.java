package io.rolelens.analyzer.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ToolPoolTest {

  @Test
  void reusesAnInstanceOnceItsCallerIsDone() {
    AtomicInteger made = new AtomicInteger();
    ToolPool<Object> pool = new ToolPool<>(() -> made.incrementAndGet());

    Object first = pool.with(t -> t);
    Object second = pool.with(t -> t);

    assertThat(second).isSameAs(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void lendsAnotherInstanceToACallerInsideAnotherCall() {
    ToolPool<Object> pool = new ToolPool<>(Object::new);

    boolean distinct = pool.with(outer -> pool.with(inner -> inner != outer));

    assertThat(distinct).isTrue();
    assertThat(pool.idle()).isEqualTo(2);
  }

  @Test
  void takesTheInstanceBackWhenTheCallFails() {
    ToolPool<Object> pool = new ToolPool<>(Object::new);

    assertThatThrownBy(
            () ->
                pool.with(
                    t -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(pool.idle()).isEqualTo(1);
  }
}
