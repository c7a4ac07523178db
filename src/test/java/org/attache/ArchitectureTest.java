package org.attache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.attache.core.model.ActionKind;
import org.attache.core.model.SupportAction;

/** The layers of architecture.md, enforced: the core and the command line never reach the UI toolkit. */
@AnalyzeClasses(packages = "org.attache", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPureJava = noClasses().that().resideInAPackage("org.attache.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.attache.app..",
                    "org.attache.cli..")
            .because("the core is shared by the app, the command line and tests, and must run without JavaFX");

    @ArchTest
    static final ArchRule cliIsHeadless = noClasses().that().resideInAPackage("org.attache.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.attache.app..")
            .because("the command line runs on machines without a display");

    @ArchTest
    static final ArchRule picocliStaysInTheCommandLine = noClasses().that().resideOutsideOfPackage("org.attache.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("parsing arguments is the command line's business; the core and the app never see it");

    @ArchTest
    static final ArchRule modelDoesNotKnowJsonOrPdf = noClasses().that().resideInAPackage("org.attache.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.apache.pdfbox..",
                    "org.attache.core.data..")
            .because("the model is plain records; reading and writing them belongs to core.data");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("view models hold state and commands; only views build nodes");

    @ArchTest
    static final ArchRule analysisRestsOnTheModelOnly = noClasses().that().resideInAPackage("org.attache.core.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.attache.core.data..", "org.attache.core.document..",
                    "org.attache.core.pdf..", "org.attache.core.pack..", "org.attache.core.export..",
                    "org.attache.core.chart..", "com.fasterxml..", "org.apache.pdfbox..")
            .because("the rules of what a fact means are pure functions of the model that every face asks");

    @ArchTest
    static final ArchRule onlyTheAnalysisDecidesWhatCounts = noClasses()
            .that().resideOutsideOfPackages("org.attache.core.analysis..", "org.attache.core.model..", "org.attache.core.data..")
            .should().callMethod(SupportAction.class, "attribution")
            .orShould().callMethod(SupportAction.class, "actorType")
            .orShould().accessField(ActionKind.class, "MENTION")
            .because("what counts as a country's action is one rule, CountingRule, which the app, the charts, the "
                    + "summary sentences and the batch all ask (data/README.md)");

    @ArchTest
    static final ArchRule onlyTheTagsMarkContent = noClasses().that().doNotHaveFullyQualifiedName("org.attache.core.pdf.Tags")
            .should().callMethodWhere(JavaCall.Predicates.target(DescribedPredicate.describe("a marked-content operator",
                    t -> t.getName().equals("beginMarkedContent") || t.getName().equals("endMarkedContent"))))
            .orShould().callConstructor(PDStructureElement.class, String.class, PDStructureNode.class)
            .because("one class keeps the marked content on the pages and the structure tree in step (Tags): content "
                    + "marked elsewhere would be missing from the tree a screen reader reads");

    @ArchTest
    static final ArchRule signingRestsOnTheJdkAlone = classes().that().resideInAPackage("org.attache.core.sign..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "com.fasterxml.jackson..",
                    "org.attache.core.sign..", "org.attache.core.io..")
            .because("what vouches for a dataset is small enough to read in one sitting: the JDK's own Ed25519, "
                    + "PBKDF2 and AES-GCM, a JSON reader, and atomic writes; nothing of datasets, packs or PDFs");
}
