package io.rolelens.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code evidence} column of a scored CSV: {@code phraseId: text} pairs separated by {@code ";
 * "}, whose texts never hold a {@code ;} (the scorer writes them as spaces). Writes phrases in that
 * format and reads a cell of it back, once, where a scored CSV is read; everything after works on
 * the phrases. Phrase ids read {@code role.category.name}, so the category is the middle part.
 * Stateless and thread-safe.
 */
public final class EvidenceList {
  /**
   * One phrase of the evidence.
   *
   * @param phraseId the lexicon entry id, such as {@code po.backlog_ownership.own-backlog}
   * @param text the phrase as written in the posting
   */
  public record Phrase(String phraseId, String text) {
    /** The lexicon category, such as {@code backlog_ownership}; empty when the id has no dots. */
    public String category() {
      String[] parts = phraseId.split("\\.");
      return parts.length >= 3 ? parts[1] : "";
    }

    /** The role prefix of the id: {@code pm}, {@code pjm} or {@code po}. */
    public String rolePrefix() {
      int dot = phraseId.indexOf('.');
      return dot < 0 ? "" : phraseId.substring(0, dot);
    }

    /** Whether the phrase asks for a certification. */
    public boolean isCertification() {
      return category().endsWith("_certifications");
    }

    /** The text lower-cased, for grouping. */
    public String folded() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  private EvidenceList() {}

  /** The cell for {@code phrases}, in their order. */
  public static String format(List<Phrase> phrases) {
    return phrases.stream()
        .map(p -> p.phraseId() + ": " + p.text())
        .collect(Collectors.joining("; "));
  }

  /** The phrases of an evidence cell, in order; empty for an empty cell. */
  public static List<Phrase> parse(String cell) {
    List<Phrase> phrases = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return phrases;
    }
    for (String part : cell.split("; ")) {
      int colon = part.indexOf(": ");
      if (colon > 0) {
        phrases.add(
            new Phrase(part.substring(0, colon).strip(), part.substring(colon + 2).strip()));
      }
    }
    return phrases;
  }
}
