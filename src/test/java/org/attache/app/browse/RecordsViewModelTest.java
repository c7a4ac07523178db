package org.attache.app.browse;

import static org.junit.jupiter.api.Assertions.*;

import org.attache.core.data.BundledDataset;
import org.attache.core.model.ActionKind;
import org.attache.core.model.Dataset;
import org.attache.core.model.Region;
import org.junit.jupiter.api.Test;

class RecordsViewModelTest {
    private static final Dataset DATASET = BundledDataset.load().dataset();
    private final RecordsViewModel model = new RecordsViewModel();

    {
        model.setDataset(DATASET);
    }

    @Test
    void actionsFilterByAssemblyKindRegionAndAllyStatus() {
        assertEquals(DATASET.actions().size(), model.actions().size());
        model.kindFilterProperty().set(ActionKind.LAW);
        assertEquals(DATASET.actions().stream().filter(a -> a.kind() == ActionKind.LAW).count(), model.actions().size());
        model.kindFilterProperty().set(null);
        model.assemblyFilterProperty().set(DATASET.assembly("ga-90").orElseThrow());
        assertTrue(model.actions().stream().allMatch(r -> r.assembly().id().equals("ga-90")));
        assertFalse(model.actions().isEmpty());
        model.assemblyFilterProperty().set(null);
        model.regionFilterProperty().set(Region.EUROPE);
        assertTrue(model.actions().stream().allMatch(r -> r.region() == Region.EUROPE));
        model.regionFilterProperty().set(null);
        model.allyFilterProperty().set(RecordsViewModel.AllyFilter.ALLIES);
        assertTrue(model.actions().stream().allMatch(RecordsViewModel.ActionRow::ally));
        assertTrue(model.actions().stream().anyMatch(r -> r.who().equals("Paraguay")));
    }

    @Test
    void factsIncludeAsksAndTalkingPointsAndFilterByKind() {
        assertEquals(DATASET.facts().size() + DATASET.asks().size() + DATASET.talkingPoints().size(), model.facts().size());
        model.factKindFilterProperty().set("Case");
        assertEquals(DATASET.facts().stream().filter(f -> f.kind() == org.attache.core.model.FactKind.CASE).count(),
                model.facts().size());
        model.factKindFilterProperty().set("Ask");
        assertEquals(DATASET.asks().size(), model.facts().size());
    }

    @Test
    void assembliesAndSourcesAreListed() {
        assertEquals(12, model.assemblies().size());
        assertTrue(model.assemblies().stream().anyMatch(a -> a.session().equals("no session") && a.year() == 2020));
        assertEquals(DATASET.sources().size(), model.sources().size());
        assertEquals(11, model.assemblyChoices().size(), "held assemblies only");
    }
}
