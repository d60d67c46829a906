/**
 * Scoring many postings: {@link io.rolelens.scoring.BatchScorer} runs the analyzer on every core in
 * input order with bounded memory, {@link io.rolelens.scoring.ScoredPosting} is one output row in
 * the documented column order, {@link io.rolelens.scoring.DuplicateIndex} finds exact duplicate
 * descriptions by 64-bit fingerprint, and {@link io.rolelens.scoring.AtomicOutput} makes sure an
 * interrupted run leaves no half file under the real name.
 */
package io.rolelens.scoring;
