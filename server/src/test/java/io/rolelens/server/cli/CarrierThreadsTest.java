package io.rolelens.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarrierThreadsTest {
  @Test
  void givesSmallMachinesOneCarrierAndLargerOnesOnePerThreeCpus() {
    assertThat(CarrierThreads.forCpus(1)).isEqualTo(1);
    assertThat(CarrierThreads.forCpus(2)).isEqualTo(1);
    assertThat(CarrierThreads.forCpus(3)).isEqualTo(1);
    assertThat(CarrierThreads.forCpus(4)).isEqualTo(2);
    assertThat(CarrierThreads.forCpus(8)).isEqualTo(3);
    assertThat(CarrierThreads.forCpus(16)).isEqualTo(6);
  }

  @Test
  void setsTheParallelismWhenNoneIsGiven() {
    String before = System.getProperty(CarrierThreads.PARALLELISM);
    try {
      System.clearProperty(CarrierThreads.PARALLELISM);
      CarrierThreads.configure();
      assertThat(System.getProperty(CarrierThreads.PARALLELISM))
          .isEqualTo(Integer.toString(CarrierThreads.forCpus(Runtime.getRuntime().availableProcessors())));
    } finally {
      restore(before);
    }
  }

  @Test
  void leavesAParallelismTheUserChoseAlone() {
    String before = System.getProperty(CarrierThreads.PARALLELISM);
    try {
      System.setProperty(CarrierThreads.PARALLELISM, "5");
      CarrierThreads.configure();
      assertThat(System.getProperty(CarrierThreads.PARALLELISM)).isEqualTo("5");
    } finally {
      restore(before);
    }
  }

  /** Puts the parallelism property back as it was before a test that sets it (directly or through {@code serve}). */
  static void restore(String before) {
    if (before == null) {
      System.clearProperty(CarrierThreads.PARALLELISM);
    } else {
      System.setProperty(CarrierThreads.PARALLELISM, before);
    }
  }
}
