package io.rolelens.batch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * How the report's charts look, shared by every chart: fonts, ink and grid colours, each role's
 * line style, bar labels that say the role (so colour is never the only cue), and the accessible
 * inline SVG each chart becomes. Stateless and thread-safe.
 */
final class ChartStyle {
  static final int WIDTH = 900;
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font ITEM = new Font(Font.SANS_SERIF, Font.BOLD, 11);
  static final Color INK = new Color(0x1d1d1f);
  static final Color GRID = new Color(0xd7d7dc);

  /** Solid, dashed and dotted, as the server page underlines each role's phrases. */
  static final float[][] DASHES = {null, {8f, 5f}, {2f, 4f}};

  private ChartStyle() {}

  /**
   * Labels each non-empty bar with its role's short label and value, so colour is not the only cue.
   */
  static void labelBars(CategoryItemRenderer renderer, boolean inside) {
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number n = dataset.getValue(row, column);
            if (n == null || n.doubleValue() == 0) {
              return null;
            }
            Comparable<?> key = dataset.getRowKey(row);
            return (isRole(key)
                    ? Roles.shortLabel(Roles.IDS.get(roleIndex(key)))
                    : OTHERS.get(key.toString()).label())
                + " "
                + n.intValue();
          }
        });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ITEM);
    if (inside) {
      renderer.setDefaultItemLabelPaint(Color.WHITE);
      renderer.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    } else {
      renderer.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }
  }

  /**
   * The series that are not one of the three roles, by their name: a short bar label and a grey
   * dark enough for white labels to read on it.
   */
  static final java.util.Map<String, Other> OTHERS =
      java.util.Map.of(
          Format.label("other_job"), new Other("other", new Color(0x3d3d3d)),
          Format.label("no_call"), new Other("no call", new Color(0x767676)));

  /** How a series that is not a role is labelled and painted. */
  record Other(String label, Color paint) {}

  static boolean isRole(Comparable<?> seriesKey) {
    return Roles.IDS.stream().anyMatch(r -> seriesKey.toString().startsWith(Roles.display(r)));
  }

  static String series(String role, String suffix) {
    return Roles.display(role) + suffix;
  }

  static int roleIndex(Comparable<?> seriesKey) {
    for (int i = 0; i < Roles.IDS.size(); i++) {
      if (seriesKey.toString().startsWith(Roles.display(Roles.IDS.get(i)))) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a role series: " + seriesKey);
  }

  static Shape triangle() {
    Path2D.Double t = new Path2D.Double();
    t.moveTo(0, -5);
    t.lineTo(5, 4);
    t.lineTo(-5, 4);
    t.closePath();
    return t;
  }

  /** Counts on the range axis: whole-number ticks only. */
  static void countTicks(JFreeChart chart) {
    chart
        .getCategoryPlot()
        .getRangeAxis()
        .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
  }

  /**
   * The chart styled and drawn as an SVG image {@code height} pixels high, named by {@code title}
   * and described by the figures it shows, {@code spoken}, for readers who cannot see it.
   */
  static String svg(
      JFreeChart chart, String prefix, int height, String title, List<String> spoken) {
    String description = String.join("; ", spoken) + ".";
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(LABEL);
      chart.getLegend().setPosition(RectangleEdge.TOP);
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.getDomainAxis().setTickLabelFont(TICK);
    plot.getDomainAxis().setLabelFont(LABEL);
    plot.getRangeAxis().setTickLabelFont(TICK);
    plot.getRangeAxis().setLabelFont(LABEL);
    plot.getDomainAxis().setTickLabelPaint(INK);
    plot.getRangeAxis().setTickLabelPaint(INK);
    CategoryItemRenderer renderer = plot.getRenderer();
    for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
      Comparable<?> key = plot.getDataset().getRowKey(i);
      if (isRole(key)) {
        renderer.setSeriesPaint(i, Color.decode(Roles.colour(Roles.IDS.get(roleIndex(key)))));
      } else if (OTHERS.containsKey(key.toString())) {
        renderer.setSeriesPaint(i, OTHERS.get(key.toString()).paint());
      }
    }
    if (renderer instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      bars.setItemMargin(0.05);
    }
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
    g.setDefsKeyPrefix(prefix);
    chart.draw(g, new Rectangle(WIDTH, height));
    String svg = g.getSVGElement(prefix + "-chart", true, null, null, null);
    return accessible(svg, prefix, title, description);
  }

  /** Marks the SVG as one image named by a title and described by the figures it shows. */
  private static String accessible(String svg, String prefix, String title, String description) {
    int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
    String head =
        svg.substring(0, open - 1)
            + " role=\"img\" aria-labelledby=\""
            + prefix
            + "-chart-title "
            + prefix
            + "-chart-desc\">";
    // "-chart-": the report's sections already use "<name>-title" for their headings' ids.
    return head
        + "<title id=\""
        + prefix
        + "-chart-title\">"
        + xml(title)
        + "</title><desc id=\""
        + prefix
        + "-chart-desc\">"
        + xml(description)
        + "</desc>"
        + svg.substring(open);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
