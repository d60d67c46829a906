/**
 * Fix hints for a flagged posting: what would make its title and body agree, either by retitling it
 * or by reworking the body against the seed's duties of the title's role. Start at {@link
 * io.rolelens.analyzer.hint.FixHints#of}.
 */
package io.rolelens.analyzer.hint;
