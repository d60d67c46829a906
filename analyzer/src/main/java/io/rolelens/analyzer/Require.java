package io.rolelens.analyzer;

/**
 * Checks of arguments that RoleLens's records and builders share, so that a record checks all its
 * fields in one statement that names them. Stateless and thread-safe.
 */
public final class Require {
  private Require() {}

  /**
   * Throws {@link NullPointerException} naming the first of {@code values} that is null; {@code
   * names} gives their names in the same order, separated by spaces (as in {@code "id title"}).
   */
  public static void nonNull(String names, Object... values) {
    assert names.split(" ").length == values.length : "names '" + names + "' do not fit values";
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(names.split(" ")[i]);
      }
    }
  }
}
