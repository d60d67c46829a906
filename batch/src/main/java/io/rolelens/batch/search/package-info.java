/** Querying the index: counts per facet and the best postings with a highlighted passage. */
package io.rolelens.batch.search;
