package org.neurocegis.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Cactus plots drawn with XChart: for each solver, its solved problems sorted by time, so the point (n, t) says that
 * n problems were each solved within t seconds. Further right and lower is better. The time axis is logarithmic.
 */
public final class CactusPlot {
    private static final double MIN_SECONDS = 0.01;
    /** Line colours, one per solver in order: ours first. */
    private static final Color[] PALETTE = {
        new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28), new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd)};

    private CactusPlot() {}

    /** Draws the plot of {@code results} (one track, or all) for {@code solvers} into {@code png}. */
    public static void write(Path png, String title, List<BenchResult> results, List<String> solvers,
                             int timeoutSeconds) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(600).title(title)
                .xAxisTitle("problems solved").yAxisTitle("time per problem (s, log scale)").build();
        XYStyler st = chart.getStyler();
        st.setYAxisLogarithmic(true);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        st.setMarkerSize(results.size() > 100 ? 3 : 5);
        st.setXAxisMin(0.0);
        st.setYAxisMin(MIN_SECONDS);
        st.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(Math.max(timeoutSeconds * 1.2, 1.0)))));
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotGridLinesColor(new Color(220, 220, 220));
        long problems = results.stream().map(BenchResult::key).distinct().count();
        st.setXAxisMax((double) Math.max(problems, 1));
        for (int k = 0; k < solvers.size(); k++) {
            String solver = solvers.get(k);
            Color color = PALETTE[k % PALETTE.length];
            List<Double> times = new ArrayList<>();
            for (BenchResult r : results) {
                if (r.solver().equals(solver) && r.status() == BenchStatus.SOLVED) {
                    times.add(Math.max(MIN_SECONDS, r.seconds()));
                }
            }
            times.sort(null);
            String name = solver + " (" + times.size() + " of " + problems + " solved)";
            if (times.isEmpty()) {
                // XChart cannot draw an empty series: a point at 0 keeps the solver in the legend.
                XYSeries s = chart.addSeries(name, new double[] {0}, new double[] {MIN_SECONDS});
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(color);
                continue;
            }
            double[] x = new double[times.size()];
            double[] y = new double[times.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i + 1;
                y[i] = times.get(i);
            }
            XYSeries s = chart.addSeries(name, x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(color);
            s.setLineColor(color);
        }
        XYSeries limit = chart.addSeries("time limit (" + timeoutSeconds + " s)",
                new double[] {0, Math.max(problems, 1)}, new double[] {timeoutSeconds, timeoutSeconds});
        limit.setMarker(SeriesMarkers.NONE);
        limit.setLineColor(Color.GRAY);
        limit.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
