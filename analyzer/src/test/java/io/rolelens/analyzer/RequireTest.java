package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequireTest {
  @Test
  void passesWhenNothingIsNull() {
    assertThatCode(() -> Require.nonNull("id title", "p1", "")).doesNotThrowAnyException();
  }

  @Test
  void namesTheFirstNullValue() {
    assertThatThrownBy(() -> Require.nonNull("id title company", "p1", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
  }

  @Test
  void refusesNamesThatDoNotFitTheValuesWhenAssertionsAreOn() {
    assertThatThrownBy(() -> Require.nonNull("id title", "p1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("id title");
  }
}
