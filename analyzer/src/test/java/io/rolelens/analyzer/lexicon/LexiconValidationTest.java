package io.rolelens.analyzer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rolelens.analyzer.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad lexicon text fails with a LexiconException naming the line and the entry. */
class LexiconValidationTest {
  static final String VERSION = "lexicon-version: 2026.1.0\n";

  /** A valid entry whose header is on line {@code 2} when it follows {@link #VERSION}. */
  static String entry(
      String id, String role, String category, String weight, String explanation, String pattern) {
    StringBuilder s = new StringBuilder();
    s.append('[').append(id).append("]\n");
    if (role != null) {
      s.append("role: ").append(role).append('\n');
    }
    s.append("category: ").append(category).append('\n');
    s.append("orientation: output\n");
    s.append("weight: ").append(weight).append('\n');
    if (explanation != null) {
      s.append("explanation: ").append(explanation).append('\n');
    }
    s.append("pattern: ").append(pattern).append('\n');
    s.append("example: Own the backlog.\n");
    return s.toString();
  }

  static String good(String id) {
    return entry(
        id,
        "product_owner",
        "backlog_ownership",
        "2",
        "Owning the backlog is Product Owner work.",
        "own backlog");
  }

  static LexiconException failure(String text) {
    return catchThrowableOfType(LexiconException.class, () -> Lexicon.parse(text, "test.txt"));
  }

  @Test
  void parsesAValidLexicon() {
    Lexicon lexicon =
        Lexicon.parse(
            VERSION + "role-weight: product_owner 1.5\n" + good("po.backlog.own"), "test.txt");
    assertThat(lexicon.version()).isEqualTo("2026.1.0");
    assertThat(lexicon.find("po.backlog.own"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.role()).isEqualTo(Role.PRODUCT_OWNER);
              assertThat(e.line()).isEqualTo(3);
            });
    assertThat(lexicon.roleWeight(Role.PRODUCT_OWNER)).isEqualTo(1.5);
    assertThat(lexicon.roleWeight(Role.PROJECT_MANAGER)).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown role         | scrum_master    | backlog_ownership | 2   | unknown role"
            + " 'scrum_master'",
        "category of another role | product_manager | backlog_ownership | 2 | category"
            + " 'backlog_ownership' does not belong to role 'product_manager'",
        "unknown category     | product_owner   | backlogs          | 2   | unknown category"
            + " 'backlogs'",
        "weight zero          | product_owner   | backlog_ownership | 0   | weight must be in (0,"
            + " 5], was 0",
        "weight above five    | product_owner   | backlog_ownership | 5.5 | weight must be in (0,"
            + " 5], was 5.5",
        "weight not a number  | product_owner   | backlog_ownership | high | weight must be a"
            + " number, was 'high'",
      })
  void namesLineAndEntryForABadField(
      String what, String role, String category, String weight, String message) {
    String text =
        VERSION
            + good("po.backlog.first")
            + entry(
                "po.backlog.bad",
                role,
                category,
                weight,
                "Why it matters to a job seeker.",
                "own backlog");
    LexiconException e = failure(text);
    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("line 10: entry po.backlog.bad: ")
        .contains(message);
    assertThat(e.getMessage())
        .contains("test.txt")
        .contains("line 10")
        .contains("po.backlog.bad")
        .contains(message);
  }

  @Test
  void namesLineAndEntryForAMissingRole() {
    LexiconException e =
        failure(
            VERSION
                + entry("po.backlog.bad", null, "backlog_ownership", "2", "Why.", "own backlog"));
    assertThat(e.problems()).containsExactly("line 2: entry po.backlog.bad: missing 'role:'");
  }

  @Test
  void namesLineAndEntryForAMissingExplanation() {
    LexiconException e =
        failure(
            VERSION
                + entry(
                    "po.backlog.bad",
                    "product_owner",
                    "backlog_ownership",
                    "2",
                    null,
                    "own backlog"));
    assertThat(e.problems())
        .containsExactly("line 2: entry po.backlog.bad: missing 'explanation:'");
  }

  @Test
  void namesLineAndEntryForAnExplanationOverTwoHundredCharacters() {
    String text =
        VERSION
            + entry(
                "po.backlog.bad",
                "product_owner",
                "backlog_ownership",
                "2",
                "x".repeat(201),
                "own backlog");
    assertThat(failure(text).problems())
        .containsExactly(
            "line 2: entry po.backlog.bad: explanation is 201 characters, at most 200");
    String fine =
        VERSION
            + entry(
                "po.backlog.ok",
                "product_owner",
                "backlog_ownership",
                "2",
                "x".repeat(200),
                "own backlog");
    assertThat(Lexicon.parse(fine, "test.txt").entries()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "own||order backlog    ; empty alternative",
        "own| backlog          ; empty alternative",
        "|own backlog          ; empty alternative",
        "own:ADJ backlog       ; unknown part of speech ':ADJ'",
        "own:verb backlog      ; unknown part of speech ':verb'",
        "own backlog!          ; may hold only letters and digits",
        "~ backlog             ; needs two words or more",
        "~ own backlog?        ; cannot have optional words",
        "own? backlog?         ; only optional words",
      })
  void namesThePatternLineAndEntryForBadPatternSyntax(String pattern, String message) {
    String text =
        VERSION
            + entry(
                "po.backlog.bad",
                "product_owner",
                "backlog_ownership",
                "2",
                "Why it matters.",
                pattern);
    assertThat(failure(text).problems())
        .singleElement()
        .asString()
        .startsWith("line 8: entry po.backlog.bad: ")
        .contains(message);
  }

  @Test
  void namesTheLineOfADuplicateId() {
    LexiconException e =
        failure(VERSION + good("po.backlog.same") + "\n" + good("po.backlog.same"));
    assertThat(e.problems()).containsExactly("line 11: entry po.backlog.same: duplicate id");
  }

  @Test
  void requiresTheVersionLine() {
    LexiconException e = failure(good("po.backlog.own"));
    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("line 1: missing 'lexicon-version");
  }

  @Test
  void rejectsAMalformedVersion() {
    assertThat(failure("lexicon-version: 1.0\n" + good("po.backlog.own")).problems())
        .singleElement()
        .asString()
        .startsWith("line 1: lexicon-version must look like");
  }

  @Test
  void collectsEveryProblemBeforeFailing() {
    String text =
        VERSION
            + entry("po.backlog.a", "nobody", "backlog_ownership", "2", "Why.", "own backlog")
            + entry(
                "po.backlog.b",
                "product_owner",
                "backlog_ownership",
                "9",
                "Why.",
                "own:ADJ backlog");
    assertThat(failure(text).problems())
        .containsExactly(
            "line 2: entry po.backlog.a: unknown role 'nobody' (product_manager, project_manager,"
                + " product_owner)",
            "line 16: entry po.backlog.b: unknown part of speech ':ADJ' in 'own:ADJ backlog' (use"
                + " :VERB or :NOUN)",
            "line 10: entry po.backlog.b: weight must be in (0, 5], was 9");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "role-weight: scrum_master 1.2           | role-weight must look like 'product_owner 1.2'",
        "role-weight: product_owner              | role-weight must look like 'product_owner 1.2'",
        "role-weight: product_owner 0            | role-weight must be in (0, 5], was 0",
        "role-weight: product_owner 6            | role-weight must be in (0, 5], was 6",
        "role-weight: product_owner heavy        | role-weight must be a number, was 'heavy'",
      })
  void namesTheLineOfABadRoleWeight(String line, String message) {
    assertThat(failure(VERSION + line + "\n" + good("po.backlog.own")).problems())
        .singleElement()
        .asString()
        .startsWith("line 2: ")
        .contains(message);
  }

  @Test
  void rejectsARoleWeightGivenTwice() {
    String text =
        VERSION
            + "role-weight: product_owner 1.2\nrole-weight: product_owner 1.3\n"
            + good("po.backlog.own");
    assertThat(failure(text).problems())
        .containsExactly("line 3: role-weight for product_owner given twice");
  }

  @Test
  void rejectsTheBundledFormatsOtherMistakes() {
    assertThatThrownBy(
            () -> Lexicon.parse(VERSION + "[po.backlog.own\nrole: product_owner\n", "test.txt"))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("line 2: entry header must look like [entry.id]");
    assertThatThrownBy(
            () ->
                Lexicon.parse(
                    VERSION
                        + "[PO Backlog]\n"
                        + good("x.y").lines().skip(1).map(l -> l + "\n").reduce("", String::concat),
                    "t"))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("line 2: entry PO Backlog: id must be lower-case words");
  }
}
