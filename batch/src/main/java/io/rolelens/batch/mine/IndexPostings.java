package io.rolelens.batch.mine;

import io.rolelens.batch.index.PostingIndexer;
import io.rolelens.scoring.index.IndexFields;
import io.rolelens.scoring.index.IndexedEvidence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The postings of a RoleLens index on either side of a comparison: which documents carry a title
 * role (found from the index's terms, without reading a stored field), and each one's id and body
 * read on demand. Deleted documents and duplicates ({@code duplicate_of} set) are never selected.
 * Not thread-safe (one stored-fields reader is reused).
 */
final class IndexPostings {

  private static final Set<String> READ = read();

  private static Set<String> read() {
    Set<String> fields = new java.util.HashSet<>(IndexedEvidence.fields());
    fields.add(IndexFields.ID);
    fields.add(IndexFields.BODY);
    return Set.copyOf(fields);
  }

  /**
   * One posting's text.
   *
   * @param doc the Lucene document number in the whole index
   * @param id the posting's id
   * @param body the stored body
   * @param described whether the body is the posting's description, not the evidence phrases that
   *     stand in for it when the scored CSV was made without {@code --include-description}
   */
  record Posting(int doc, String id, String body, boolean described) {}

  /**
   * The documents of one side in index order, and how many duplicates of its postings were passed
   * over.
   */
  record Selection(int[] docs, int duplicates) {}

  private final DirectoryReader reader;
  private final StoredFields stored;

  IndexPostings(DirectoryReader reader) throws IOException {
    this.reader = reader;
    this.stored = reader.storedFields();
  }

  /** The postings titled {@code titleRole}. */
  Selection titled(String titleRole) throws IOException {
    return select(titleRole, true);
  }

  /** Every posting not titled {@code titleRole}. */
  Selection notTitled(String titleRole) throws IOException {
    return select(titleRole, false);
  }

  /** The title roles of the index's postings, for a message naming the ones there are. */
  Set<String> titleRoles() throws IOException {
    Set<String> roles = new TreeSet<>();
    Terms terms = MultiTerms.getTerms(reader, IndexFields.TITLE_ROLE);
    if (terms != null) {
      TermsEnum values = terms.iterator();
      for (var value = values.next(); value != null; value = values.next()) {
        roles.add(value.utf8ToString());
      }
    }
    return roles;
  }

  /** Reads posting {@code doc}. */
  Posting read(int doc) throws IOException {
    Document d = stored.document(doc, READ);
    String body = orEmpty(d.get(IndexFields.BODY));
    boolean described =
        !body.isBlank() && !body.equals(PostingIndexer.evidenceBody(IndexedEvidence.read(d)));
    return new Posting(doc, orEmpty(d.get(IndexFields.ID)), body, described);
  }

  private Selection select(String titleRole, boolean titled) throws IOException {
    List<Integer> docs = new ArrayList<>();
    int duplicateCount = 0;
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      FixedBitSet role = docsWith(leaf, new Term(IndexFields.TITLE_ROLE, titleRole));
      FixedBitSet duplicates = docsWith(leaf, new Term(IndexFields.DUPLICATE, "true"));
      Bits live = leaf.getLiveDocs();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if (role.get(doc) != titled || (live != null && !live.get(doc))) {
          continue;
        }
        if (duplicates.get(doc)) {
          duplicateCount++;
        } else {
          docs.add(context.docBase + doc);
        }
      }
    }
    return new Selection(docs.stream().mapToInt(Integer::intValue).toArray(), duplicateCount);
  }

  private static FixedBitSet docsWith(LeafReader leaf, Term term) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, leaf.maxDoc()));
    PostingsEnum docs = leaf.postings(term);
    if (docs != null) {
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        bits.set(doc);
      }
    }
    return bits;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
