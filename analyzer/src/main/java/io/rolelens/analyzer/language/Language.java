package io.rolelens.analyzer.language;

import java.util.Objects;

/**
 * The language a posting is written in.
 *
 * @param code ISO 639-3 code such as {@code eng} or {@code por}; {@code und} when undetermined
 * @param confidence how sure the detector is, in [0, 1]
 * @param method {@code function-words} when the cheap English check decided, {@code opennlp} when
 *     OpenNLP's language detector did, {@code too-short} when there was too little text
 */
public record Language(String code, double confidence, String method) {
  /** The code for English. */
  public static final String ENGLISH = "eng";

  /** The code for an undetermined language. */
  public static final String UNDETERMINED = "und";

  public Language {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(method, "method");
  }

  /** Whether the text is English, the only language the lexicon covers. */
  public boolean isEnglish() {
    return ENGLISH.equals(code);
  }
}
