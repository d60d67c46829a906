package io.rolelens.analyzer.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.rolelens.analyzer.LowerCaseId;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strings that every answer repeats (role, category and phrase ids, explanations), kept with their
 * JSON-quoted UTF-8 bytes so that writing one is a copy rather than an escape-and-encode pass. The
 * lexicon bounds how many there are; past {@link #MAX} distinct strings nothing more is kept.
 * Thread-safe.
 */
final class Encoded {
  static final int MAX = 8192;

  private final ConcurrentHashMap<String, SerializedString> strings = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<LowerCaseId, SerializedString> ids = new ConcurrentHashMap<>();

  /** The string ready to write. */
  SerializableString of(String s) {
    SerializedString known = strings.get(s);
    if (known != null) {
      return known;
    }
    SerializedString fresh = new SerializedString(s);
    if (strings.size() < MAX) {
      strings.putIfAbsent(s, fresh);
    }
    return fresh;
  }

  /** The id of an enum constant ready to write (enums are few, so every one is kept). */
  SerializableString of(LowerCaseId constant) {
    SerializedString known = ids.get(constant);
    if (known == null) {
      known = new SerializedString(constant.id());
      ids.putIfAbsent(constant, known);
    }
    return known;
  }

  /** A field name ready to write. */
  static SerializedString name(String name) {
    return new SerializedString(name);
  }
}
