package org.attache.app.dashboard;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attache.core.chart.ChartPoint;
import org.attache.core.chart.ChartSeries;
import org.attache.core.chart.ChartSpec;
import org.attache.core.data.BundledDataset;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private final DashboardViewModel model = new DashboardViewModel();

    @Test
    void opensOnTheAlliesSeriesWithItsRealValuesAndGaps() {
        model.setDataset(BundledDataset.load().dataset());
        assertEquals(DashboardViewModel.FIRST_MEASURE, model.selectedProperty().get().measure().id());

        ChartSpec chart = model.chart();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            values.put(chart.categories().get(i).label(), "gap");
            for (ChartSeries s : chart.series()) {
                ChartPoint p = s.points().get(i);
                if (p.hasValue()) values.put(chart.categories().get(i).label(), p.label() + " " + s.name());
            }
        }
        assertEquals(Map.of("2018", "11 Allies that wrote to INTERPOL\u2019s leadership",
                "2019", "11 Allies that wrote to INTERPOL\u2019s leadership", "2020", "gap",
                "2021", "11 Allies that voiced support orally or in writing",
                "2022", "10 Allies that voiced support in any form", "2023", "7 Allies that spoke at the Assembly",
                "2024", "gap", "2025", "8 Allies whose officials spoke or wrote to INTERPOL"), values,
                "each definition of what was counted is its own series");
        assertEquals(5, chart.series().size());
        assertTrue(chart.categories().get(2).noSession(), "2020 is marked");
        assertTrue(model.rows().stream().anyMatch(r -> r.assembly().startsWith("2020") && r.value().equals("no session")));
        assertTrue(model.rows().stream().anyMatch(r -> r.value().equals("11") && r.reportedBy().startsWith("MOFA")
                && r.caveats().equals("reported by MOFA") && r.counts().equals("allies that wrote to INTERPOL\u2019s leadership")
                && r.sources().contains("87th")));
    }

    @Test
    void everyMeasureWithValuesIsOffered() {
        model.setDataset(BundledDataset.load().dataset());
        assertEquals(11, model.measures().size());
        model.selectedProperty().set(model.measures().stream()
                .filter(s -> s.measure().id().equals("countries-voicing-support")).findFirst().orElseThrow());
        assertTrue(model.chart().series().stream().flatMap(s -> s.points().stream())
                .anyMatch(p -> p.lowerBound() && p.label().equals("60+")));
    }
}
