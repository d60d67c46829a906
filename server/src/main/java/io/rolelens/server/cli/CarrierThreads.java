package io.rolelens.server.cli;

/**
 * Sizes the JVM's virtual-thread scheduler for the server. Request threads are virtual and only
 * read a request, hand the analysis to the analysis pool and write the answer: about a quarter of
 * the CPU an analysis takes. One carrier thread per three CPUs is plenty for that, and every idle
 * carrier costs wake-ups and spinning, which on a 2-core machine showed as 8% more CPU per request
 * with the JDK's default of one carrier per CPU. Must run before the JVM's first virtual thread.
 */
final class CarrierThreads {
  static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

  private CarrierThreads() {}

  /** Sets the scheduler's parallelism unless the user already chose one (-D on the command line). */
  static void configure() {
    if (System.getProperty(PARALLELISM) == null) {
      System.setProperty(PARALLELISM, Integer.toString(forCpus(Runtime.getRuntime().availableProcessors())));
    }
  }

  /** One carrier per three CPUs, at least one. */
  static int forCpus(int cpus) {
    return Math.max(1, (cpus + 2) / 3);
  }
}
