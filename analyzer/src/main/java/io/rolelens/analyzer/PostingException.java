package io.rolelens.analyzer;

/** A posting RoleAnalyzer refuses to analyse, with a message naming the problem. */
public class PostingException extends IllegalArgumentException {
  public PostingException(String message) {
    super(message);
  }
}
