/**
 * Phrase mining for lexicon maintainers: which word n-grams are significantly more frequent in the
 * bodies of postings of one title role than in the rest of an index, and not matched by the lexicon
 * yet.
 *
 * <h2>Using it</h2>
 *
 * <pre>{@code
 * MinedPhrases found = PhraseMiner.builder().top(60).build()
 *     .mine(Path.of("index"), "product_manager", null);     // or "project_manager" to compare with
 * PhraseListing.text(found, Lexicon.bundled().version(), out);
 * }</pre>
 *
 * <h2>How it works</h2>
 *
 * <ol>
 *   <li>{@link io.rolelens.batch.mine.IndexPostings} selects each side's postings from the index's
 *       terms (duplicates and deleted documents never), and reads their stored bodies; a body that
 *       is only the evidence phrases (a CSV scored without {@code --include-description}) is no
 *       description.
 *   <li>{@link io.rolelens.batch.mine.SideReader} cuts each body into words with the analyzer's own
 *       tokenizer, leaves out bodies that are not English, and {@link
 *       io.rolelens.batch.mine.WordCodes} numbers the words by the form the lexicon matches on
 *       ({@link io.rolelens.batch.mine.Vocabulary}) and marks where a phrase must stop.
 *   <li>{@link io.rolelens.batch.mine.FrequentNgrams} counts, exactly and length by length, the
 *       n-grams held by enough foreground postings into an {@link
 *       io.rolelens.batch.mine.NgramTable}; the background is streamed once and counted only for
 *       those.
 *   <li>{@link io.rolelens.batch.mine.Ranking} scores each with Dunning's G² ({@link
 *       io.rolelens.batch.mine.LogLikelihood}) and drops stop-word edges and n-grams nested in a
 *       longer one; {@link io.rolelens.batch.mine.Shortlist} samples the best in context ({@link
 *       io.rolelens.batch.mine.ExampleFinder}, {@link io.rolelens.batch.mine.ExampleText}) and
 *       leaves out what the lexicon already matches ({@link io.rolelens.batch.mine.KnownPhrases}).
 * </ol>
 *
 * <p>Counts are of postings (document frequency): a phrase written five times in one posting counts
 * once. Offsets in examples are UTF-16 char offsets into the stored body, start inclusive, end
 * exclusive, as everywhere in RoleLens.
 */
package io.rolelens.batch.mine;
