/**
 * RoleLens analyzer: tells which of Product Manager, Project Manager and Product Owner a job
 * posting describes, and whether that matches its title.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * RoleAnalyzer analyzer = RoleAnalyzer.builder().build();      // once; thread-safe
 * Analysis a = analyzer.analyze("Senior Product Manager", body);
 * a.verdict();          // CONSISTENT, MIXED, MISMATCH or UNCLEAR
 * a.bodyStatus();       // OK, THIN, OTHER_JOB (a different job) or NOT_ENGLISH
 * a.confusionScore();   // 0-100, null when unclear
 * a.findSuggestedTitle(); // for mixed and mismatch: the title that fits the body, and why
 * a.profile().share(Role.PROJECT_MANAGER);
 * a.mentions();         // every role phrase with UTF-16 [start, end) offsets
 * }</pre>
 *
 * <h2>How it works</h2>
 *
 * <ol>
 *   <li>{@link io.rolelens.analyzer.text.Tokenizer} cuts the body into words in one pass, keeping
 *       exact offsets; {@link io.rolelens.analyzer.text.TermNormalizer} folds each word with
 *       Lucene's KStem and plural stemmer (cached, so each distinct word is analysed once).
 *   <li>{@link io.rolelens.analyzer.match.PhraseTagger} matches the lexicon's compiled patterns
 *       over the words (gaps, lists, word order), asks OpenNLP's tagger only about the rare words
 *       whose part of speech the context leaves open, keeps the longest of overlapping matches and
 *       marks negated ones.
 *   <li>{@link io.rolelens.analyzer.language.LanguageGuard} confirms the body is English from its
 *       function words, and only otherwise runs OpenNLP's language detector.
 *   <li>{@link io.rolelens.analyzer.score.Profiler} sums the evidence per role into a {@link
 *       io.rolelens.analyzer.score.RoleProfile}; {@link io.rolelens.analyzer.otherjob.OtherJobCues}
 *       finds the tools and duties of other jobs (SQL, care plans, cold calling) by the same term
 *       ids; {@link io.rolelens.analyzer.score.BodyStatus} reads the body as role work, thin,
 *       another job or not English.
 *   <li>{@link io.rolelens.analyzer.score.Judgement} compares the body with what {@link
 *       io.rolelens.analyzer.title.TitleReader} read from the title; {@link
 *       io.rolelens.analyzer.suggest.TitleSuggestions} names the title that fits a flagged body.
 * </ol>
 *
 * <p>All offsets in this library are UTF-16 {@code char} indexes into the original text, start
 * inclusive, end exclusive.
 */
package io.rolelens.analyzer;
