/**
 * The Lucene index of scored postings: {@link io.rolelens.batch.index.PostingFields} is the schema
 * (full-text title and body, exact-value facets), {@link io.rolelens.batch.index.PostingIndexer}
 * adds a scored CSV keyed by posting id, so re-indexing replaces rather than duplicates.
 */
package io.rolelens.batch.index;
