package org.attache.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDescriptionTest {
    private static ChartPoint value(double v, String label) {
        return new ChartPoint(v, label.endsWith("+"), label, "", List.of(), List.of());
    }

    @Test
    void aLineChartSaysEachSeriesYearByYearAndTheYearsWithoutValuesOnce() {
        ChartSpec spec = new ChartSpec(ChartType.LINE, "Victims rescued", "INTERPOL General Assembly", "Victims",
                List.of(new ChartCategory("2019", "88th", null),
                        new ChartCategory("2020", "no session", ChartCategory.State.NO_SESSION),
                        new ChartCategory("2021", "89th", null),
                        new ChartCategory("2022", "90th", null),
                        new ChartCategory("2023", "91st", null)),
                List.of(new ChartSeries("Reported by MOFA", 0,
                                List.of(value(120, "120"), ChartPoint.GAP, ChartPoint.GAP, value(60, "60+"), ChartPoint.GAP)),
                        new ChartSeries("Counted anew", 1,
                                List.of(ChartPoint.GAP, ChartPoint.GAP, ChartPoint.GAP, ChartPoint.GAP, value(75.5, "")))),
                "", ChartWords.ENGLISH);
        assertEquals("Victims rescued. No session: 2020. No data: 2021. Reported by MOFA: 2019 120, 2022 60+. "
                + "Counted anew: 2023 75.5.", ChartDescription.of(spec));
    }

    @Test
    void aStackedChartCountsAKindMissingFromAYearWithOthersAsNoneAndSaysYearsWithNothingRecordedOnce() {
        ChartSpec spec = new ChartSpec(ChartType.STACKED_BAR, "Latvia: counted acts per assembly",
                "INTERPOL General Assembly", "Counted actions",
                List.of(new ChartCategory("2022", "90th", ChartCategory.State.NOTHING_RECORDED),
                        new ChartCategory("2023", "91st", null),
                        new ChartCategory("2024", "92nd", ChartCategory.State.RECORDED_NONE),
                        new ChartCategory("2025", "93rd", null)),
                List.of(new ChartSeries("Letter", 0, List.of(ChartPoint.GAP, value(1, "1"), ChartPoint.GAP, ChartPoint.GAP)),
                        new ChartSeries("Other", 1, List.of(ChartPoint.GAP, value(2, "2"), ChartPoint.GAP, value(1, "1")))),
                "", ChartWords.ENGLISH);
        assertEquals("Latvia: counted acts per assembly. No act recorded: 2022. None: 2024. "
                + "Letter: 2023 1, 2025 0. Other: 2023 2, 2025 1.", ChartDescription.of(spec));
    }
}
