package io.rolelens.batch.report;

import io.rolelens.scoring.Quarters;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the report's charts as inline SVG with JFreeChart; nothing is fetched when viewed. Series
 * are the three roles in the product's colours, and each also carries a non-colour cue (a line
 * style and marker, or a short label on the bar), so no reading depends on colour alone. Each SVG
 * is an image to assistive technology, with a title and a description of the figures it shows.
 */
final class Charts {
  static {
    // Before any chart touches AWT: reports are drawn on servers and in CI, with no display.
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /**
   * A line per title role of a share column over quarters, from the trend table: every quarter from
   * the first to the last is on the axis, evenly spaced, and a share on fewer than {@code minGroup}
   * postings with a body role called is left out (a gap in its line), as one posting moves it a
   * lot.
   */
  static String trend(Table trend, String column, String title, int minGroup) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int at = trend.columns().indexOf(column);
    int base = trend.columns().indexOf("body_role_called");
    List<String> spoken = new ArrayList<>();
    List<String> quarters = everyQuarter(trend);
    for (String role : Roles.IDS) {
      for (String quarter : quarters) {
        data.addValue(null, ChartStyle.series(role, " titles"), quarter);
      }
    }
    for (List<Object> row : trend.rows()) {
      if (row.get(at) instanceof Double d && (Integer) row.get(base) >= minGroup) {
        data.addValue(d, ChartStyle.series((String) row.get(1), " titles"), (String) row.get(0));
        spoken.add(Roles.display((String) row.get(1)) + " " + row.get(0) + " " + Format.percent(d));
      }
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
    Shape[] shapes = {
      new Ellipse2D.Double(-4, -4, 8, 8),
      new Rectangle2D.Double(-4, -4, 8, 8),
      ChartStyle.triangle()
    };
    for (int i = 0; i < data.getRowCount(); i++) {
      int role = ChartStyle.roleIndex(data.getRowKey(i));
      lines.setSeriesStroke(
          i,
          new BasicStroke(
              2.5f,
              BasicStroke.CAP_ROUND,
              BasicStroke.JOIN_ROUND,
              10f,
              ChartStyle.DASHES[role],
              0f));
      lines.setSeriesShape(i, shapes[role]);
    }
    lines.setDefaultLegendShape(new Rectangle2D.Double(-12, -2, 24, 4));
    plot.setRenderer(lines);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(0, 1.0);
    axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    axis.setLabel(title);
    return ChartStyle.svg(chart, "trend", 300, title + " by quarter", spoken);
  }

  /** The quarters of the trend table and every quarter between them, in order. */
  private static List<String> everyQuarter(Table trend) {
    java.util.TreeSet<String> present = new java.util.TreeSet<>();
    trend.rows().forEach(row -> present.add((String) row.get(0)));
    java.util.LinkedList<String> all = new java.util.LinkedList<>();
    if (present.isEmpty()) {
      return all;
    }
    for (String q = present.last(); q.compareTo(present.first()) >= 0; q = Quarters.previous(q)) {
      all.addFirst(q);
    }
    return all;
  }

  /** Bars of postings per confusion band for each title role, each bar labelled with its role. */
  static String distribution(Table distribution) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> spoken = new ArrayList<>();
    for (List<Object> row : distribution.rows()) {
      List<String> counts = new ArrayList<>();
      for (int i = 1; i < row.size(); i++) {
        String band = Format.label(distribution.columns().get(i));
        data.addValue(
            (Integer) row.get(i), ChartStyle.series((String) row.get(0), " titles"), band);
        counts.add(band + ": " + row.get(i));
      }
      spoken.add(Roles.display((String) row.get(0)) + " titles, " + String.join(", ", counts));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null,
            "confusion score",
            "postings",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    ChartStyle.labelBars(chart.getCategoryPlot().getRenderer(), false);
    chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.15);
    ChartStyle.countTicks(chart);
    return ChartStyle.svg(
        chart, "dist", 300, "Postings per confusion-score band, by title role", spoken);
  }

  /** Stacked bars: for each title role, how many bodies read as each role. */
  static String matrix(Table matrix) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> spoken = new ArrayList<>();
    for (List<Object> row : matrix.rows()) {
      String titleRole = (String) row.get(0);
      if (!Roles.IDS.contains(titleRole)) {
        continue;
      }
      List<String> counts = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        data.addValue(
            (Integer) row.get(i),
            ChartStyle.series(Roles.IDS.get(i - 1), " body"),
            Roles.display(titleRole) + " title");
        counts.add(row.get(i) + " read as " + Roles.display(Roles.IDS.get(i - 1)));
      }
      // Another job and no call too, so each bar is every posting with that title.
      for (int i = 4; i < row.size(); i++) {
        String name = Format.label(matrix.columns().get(i));
        data.addValue((Integer) row.get(i), name, Roles.display(titleRole) + " title");
        counts.add(row.get(i) + " " + name.toLowerCase(Locale.ROOT));
      }
      spoken.add(Roles.display(titleRole) + " titles: " + String.join(", ", counts));
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            null, null, "postings", data, PlotOrientation.HORIZONTAL, true, false, false);
    ChartStyle.labelBars(chart.getCategoryPlot().getRenderer(), true);
    ChartStyle.countTicks(chart);
    ((BarRenderer) chart.getCategoryPlot().getRenderer()).setMaximumBarWidth(0.6);
    return ChartStyle.svg(chart, "matrix", 220, "What the bodies describe, per title role", spoken);
  }

  /** A bar per title role of its mean outcome-versus-output index, on the scale −1 to +1. */
  static String outcomeOutput(Table outcome) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> spoken = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (List<Object> row : outcome.rows()) {
      if (row.get(2) instanceof Double mean) {
        data.addValue(
            mean,
            "mean index",
            Roles.shortLabel((String) row.get(0)) + " " + Roles.display((String) row.get(0)));
        roles.add((String) row.get(0));
        spoken.add(Roles.display((String) row.get(0)) + " " + Format.cell("mean_index", mean));
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null,
            null,
            "mean index: output work (−1) to outcome work (+1)",
            data,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    BarRenderer byRole =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return Color.decode(Roles.colour(roles.get(column)));
          }
        };
    byRole.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator(
            "{2}", new java.text.DecimalFormat("+0.00;\u22120.00")));
    byRole.setDefaultItemLabelsVisible(true);
    byRole.setDefaultItemLabelFont(ChartStyle.ITEM);
    byRole.setMaximumBarWidth(0.5);
    byRole.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    byRole.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    byRole.setItemLabelAnchorOffset(6);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRenderer(byRole);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(ChartStyle.INK);
    plot.setRangeZeroBaselineStroke(new BasicStroke(1.5f));
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(-1.0, 1.0);
    axis.setTickUnit(new NumberTickUnit(0.25, new java.text.DecimalFormat("0.00;\u22120.00")));
    return ChartStyle.svg(
        chart, "outcome", 200, "Mean outcome-versus-output index per title role", spoken);
  }
}
