package org.mtlworkbench.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;
import org.mtlworkbench.report.series.Points;

/**
 * An XY dataset over plain arrays that changes without telling anyone: fill every series with
 * {@link #set}, then call {@link #changed()} once, so that a frame costs one redraw however many
 * series moved (JFreeChart's own series fire an event per added point).
 */
public final class ArrayXYDataset extends AbstractXYDataset implements PublicCloneable {
  private static final long serialVersionUID = 1L;

  private List<String> keys = new ArrayList<>();
  private List<Points> series = new ArrayList<>();

  /** A copy with its own points (an exported chart is drawn from it while the live one moves on). */
  @Override
  public ArrayXYDataset clone() throws CloneNotSupportedException {
    ArrayXYDataset copy = (ArrayXYDataset) super.clone();
    copy.keys = new ArrayList<>(keys);
    copy.series = new ArrayList<>();
    for (Points p : series) {
      Points q = new Points();
      q.copyFrom(p);
      copy.series.add(q);
    }
    return copy;
  }

  /** Sets the series, emptied, keyed {@code names} (silently). */
  public void setKeys(List<String> names) {
    keys.clear();
    series.clear();
    keys.addAll(names);
    for (int i = 0; i < names.size(); i++) {
      series.add(new Points());
    }
  }

  /** Replaces series {@code i}'s points by a copy of {@code points} (silently). */
  public void set(int i, Points points) {
    series.get(i).copyFrom(points);
  }

  /** Empties series {@code i} (silently). */
  public void clear(int i) {
    series.get(i).clear();
  }

  /** Tells the plot, once, that the data changed. */
  public void changed() {
    fireDatasetChanged();
  }

  @Override
  public DomainOrder getDomainOrder() {
    return DomainOrder.ASCENDING;
  }

  @Override
  public int getSeriesCount() {
    return keys.size();
  }

  @Override
  public Comparable<?> getSeriesKey(int s) {
    return keys.get(s);
  }

  @Override
  public int getItemCount(int s) {
    return series.get(s).size();
  }

  @Override
  public Number getX(int s, int item) {
    return series.get(s).x(item);
  }

  @Override
  public Number getY(int s, int item) {
    return series.get(s).y(item);
  }

  @Override
  public double getXValue(int s, int item) {
    return series.get(s).x(item);
  }

  @Override
  public double getYValue(int s, int item) {
    return series.get(s).y(item);
  }
}
