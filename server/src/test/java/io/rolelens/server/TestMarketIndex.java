package io.rolelens.server;

import io.rolelens.scoring.index.IndexFields;
import io.rolelens.server.market.MarketIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * A small posting index written with the field names {@code rolelens index} uses (batch's
 * MarketMatchesSearchTest holds the figures against {@code rolelens search} on a real scored
 * index): 2025Q3, title product_manager: 20 read as Product Manager (scores 0..19), 4 as Product
 * Owner (flagged mismatch, score 90), 1 unclear, and a duplicate, which never counts; 2026Q1, the
 * latest quarter: three Product Owner postings.
 */
final class TestMarketIndex {
  static final String PM_BODY =
      "Own the product vision and roadmap, talk to customers every week, size opportunities and"
          + " measure outcomes with product analytics.";
  static final String PO_BODY =
      "Own the product backlog, write user stories and acceptance criteria, refine the backlog with"
          + " the team and run sprint reviews.";

  private TestMarketIndex() {}

  /** Writes the index into {@code index} and opens it for a server. */
  static MarketIndex open(Path index) throws IOException {
    var analyzer =
        new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            Map.of(
                IndexFields.TITLE, new EnglishAnalyzer(), IndexFields.BODY, new EnglishAnalyzer()));
    try (var directory = FSDirectory.open(index);
        var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < 20; i++) {
        writer.addDocument(
            posting(
                "pm-" + i,
                "2025Q3",
                "product_manager",
                "product_manager",
                "consistent",
                String.valueOf(i),
                PM_BODY + " Team " + i + ".",
                false));
      }
      for (int i = 0; i < 4; i++) {
        writer.addDocument(
            posting(
                "po-" + i,
                "2025Q3",
                "product_manager",
                "product_owner",
                "mismatch",
                "90",
                PO_BODY + " Squad " + i + ".",
                false));
      }
      writer.addDocument(
          posting(
              "thin",
              "2025Q3",
              "product_manager",
              IndexFields.NONE,
              "unclear",
              "",
              "Great benefits.",
              false));
      writer.addDocument(
          posting(
              "dup",
              "2025Q3",
              "product_manager",
              "product_owner",
              "mismatch",
              "95",
              PO_BODY,
              true));
      for (int i = 0; i < 3; i++) {
        writer.addDocument(
            posting(
                "late-" + i,
                "2026Q1",
                "product_owner",
                "product_owner",
                "consistent",
                "5",
                PO_BODY,
                false));
      }
    }
    return MarketIndex.open(index, 16);
  }

  private static Document posting(
      String id,
      String quarter,
      String titleRole,
      String bodyRole,
      String verdict,
      String score,
      String body,
      boolean duplicate) {
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    d.add(new TextField(IndexFields.TITLE, "Product Manager " + id, Field.Store.YES));
    d.add(new TextField(IndexFields.BODY, body, Field.Store.YES));
    d.add(new StringField(IndexFields.QUARTER, quarter, Field.Store.YES));
    d.add(new StringField(IndexFields.TITLE_ROLE, titleRole, Field.Store.YES));
    d.add(new StringField(IndexFields.BODY_ROLE, bodyRole, Field.Store.YES));
    d.add(new StringField(IndexFields.VERDICT, verdict, Field.Store.YES));
    d.add(new StringField(IndexFields.COMPANY, "Acme " + id, Field.Store.YES));
    d.add(new StoredField(IndexFields.CONFUSION_SCORE, score));
    d.add(new StringField(IndexFields.DUPLICATE, Boolean.toString(duplicate), Field.Store.YES));
    return d;
  }
}
