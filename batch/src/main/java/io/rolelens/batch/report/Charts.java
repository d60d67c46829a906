package io.rolelens.batch.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Draws the report's charts as inline SVG with JFreeChart; nothing is fetched when viewed. */
final class Charts {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 300;
  private static final Color[] ROLE_COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)};

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /** A line per title role of a share column over quarters, from the trend table. */
  static String trend(Table trend, String column, String title) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int at = trend.columns().indexOf(column);
    for (List<Object> row : trend.rows()) {
      if (row.get(at) instanceof Double d) {
        data.addValue(d, Roles.display((String) row.get(1)) + " titles", (String) row.get(0));
      }
    }
    JFreeChart chart = ChartFactory.createLineChart(title, "quarter", column.replace('_', ' '), data,
        PlotOrientation.VERTICAL, true, false, false);
    return svg(chart, "trend");
  }

  /** Bars of postings per confusion band for each title role. */
  static String distribution(Table distribution) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (List<Object> row : distribution.rows()) {
      for (int i = 1; i < row.size(); i++) {
        data.addValue((Integer) row.get(i), Roles.display((String) row.get(0)) + " titles", distribution.columns().get(i));
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("Confusion-score distribution", "confusion score", "postings", data,
        PlotOrientation.VERTICAL, true, false, false);
    return svg(chart, "dist");
  }

  /** Stacked bars: for each title role, how many bodies read as each role. */
  static String matrix(Table matrix) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (List<Object> row : matrix.rows()) {
      String titleRole = (String) row.get(0);
      if (!Roles.IDS.contains(titleRole)) {
        continue;
      }
      for (int i = 1; i <= 3; i++) {
        data.addValue((Integer) row.get(i), Roles.display(Roles.IDS.get(i - 1)) + " body", Roles.display(titleRole) + " title");
      }
    }
    JFreeChart chart = ChartFactory.createStackedBarChart("What the bodies describe, per title", "", "postings", data,
        PlotOrientation.HORIZONTAL, true, false, false);
    return svg(chart, "matrix");
  }

  private static String svg(JFreeChart chart, String prefix) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    if (chart.getPlot() instanceof CategoryPlot plot) {
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(new Color(0xcccccc));
      for (int i = 0; i < ROLE_COLOURS.length; i++) {
        plot.getRenderer().setSeriesPaint(i, ROLE_COLOURS[i]);
      }
      if (plot.getRenderer() instanceof BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
      }
    }
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    g.setDefsKeyPrefix(prefix);
    chart.draw(g, new Rectangle(WIDTH, HEIGHT));
    return g.getSVGElement(prefix + "-chart", true, null, null, null);
  }
}
