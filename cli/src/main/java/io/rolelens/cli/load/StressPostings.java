package io.rolelens.cli.load;

/**
 * Postings made to stress the server, each distinct per seed so that no answer comes from the
 * cache.
 */
public final class StressPostings {
  private StressPostings() {}

  /** An ordinary posting of about 500 chars: a Product Manager title over Product Owner duties. */
  public static String ordinary(int seed) {
    return "Posting "
        + seed
        + ". We are hiring a Product Manager to join a Scrum team.\n\n"
        + "Own the product backlog and prioritize the backlog based on value. Write user stories"
        + " with clear acceptance criteria. Take part in sprint planning, sprint reviews and"
        + " retrospectives. Work with stakeholders to refine requirements and keep the roadmap"
        + " current.";
  }

  /** About {@code chars} of duty sentences, nearly every word part of a mention. */
  public static String mentionHeavy(int chars, int seed) {
    String[] duties = {
      "Own the product backlog.",
      "Write user stories.",
      "Own the product roadmap.",
      "Manage the project budget."
    };
    StringBuilder sb = new StringBuilder("Posting " + seed + ". ");
    for (int i = 0; sb.length() < chars; i++) {
      sb.append(duties[(i + seed) % duties.length]).append(' ');
    }
    return sb.toString();
  }
}
