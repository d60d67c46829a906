package io.rolelens.analyzer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose stable id in JSON, CSV and the lexicon is its constant's name in lower case, such
 * as {@code other_job} for {@code OTHER_JOB}. The rule is written here once, and each enum's ids
 * are computed once, since they are written for every mention of every answer.
 *
 * <p>Thread-safe: the ids are computed on first use and shared.
 */
public interface LowerCaseId {

  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  /** The constant's position, as {@link Enum#ordinal()} gives it. */
  int ordinal();

  /** The enum this constant belongs to, as {@link Enum#getDeclaringClass()} gives it. */
  Class<?> getDeclaringClass();

  /** The lower-case id, such as {@code other_job}. */
  default String id() {
    return Ids.BY_ENUM.get(getDeclaringClass())[ordinal()];
  }

  /** The ids of {@code type}'s constants, in declaration order. */
  static <E extends Enum<E> & LowerCaseId> List<String> ids(Class<E> type) {
    return List.of(Ids.BY_ENUM.get(type));
  }

  /**
   * Finds the constant of {@code type} whose id is {@code id}; empty when none has it (or null).
   */
  static <E extends Enum<E> & LowerCaseId> Optional<E> find(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
  }

  /** The ids of each enum, by ordinal, computed on first use. */
  final class Ids {
    private static final ClassValue<String[]> BY_ENUM =
        new ClassValue<>() {
          @Override
          protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
          }
        };

    private Ids() {}
  }
}
