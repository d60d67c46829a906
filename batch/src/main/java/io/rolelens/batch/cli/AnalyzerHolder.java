package io.rolelens.batch.cli;

import io.rolelens.analyzer.RoleAnalyzer;

/** Builds the shared {@link RoleAnalyzer} once per process, on first use. */
final class AnalyzerHolder {
  private static volatile RoleAnalyzer analyzer;

  private AnalyzerHolder() {}

  static RoleAnalyzer get() {
    RoleAnalyzer a = analyzer;
    if (a == null) {
      synchronized (AnalyzerHolder.class) {
        a = analyzer;
        if (a == null) {
          a = RoleAnalyzer.builder().build();
          analyzer = a;
        }
      }
    }
    return a;
  }
}
