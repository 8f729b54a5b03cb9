package dev.pointsledger.core.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;

/**
 * The shape of ledger-core: no JDBC, no package cycles, rules decide and stores only store.
 *
 * <p>Rules are checked in {@code @ArchTest} methods, not fields: Surefire 3.5.3 silently skips
 * {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(
    packages = "dev.pointsledger.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  void core_dependsOnNoDatabaseLibrary(JavaClasses core) {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..", "org.postgresql..")
            .because("the core runs without a database; JDBC lives in ledger-jdbc");
    rule.check(core);
  }

  @ArchTest
  void core_dependsNotOnTheJdbcModule(JavaClasses core) {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.pointsledger.jdbc..")
            .because("ledger-jdbc depends on the core, never the other way");
    rule.check(core);
  }

  @ArchTest
  void featurePackages_areFreeOfCycles(JavaClasses core) {
    ArchRule rule = slices().matching("dev.pointsledger.core.(*)..").should().beFreeOfCycles();
    rule.check(core);
  }

  @ArchTest
  void onlyTheRules_decideCommands(JavaClasses core) {
    ArchRule rule =
        classes()
            .that()
            .implement(CommandProcessor.class)
            .should()
            .resideInAPackage("dev.pointsledger.core.rules..")
            .because("the rules are the one place every rule is checked");
    rule.check(core);
  }

  @ArchTest
  void onlyTheRules_makeDecisions(JavaClasses core) {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(
                "dev.pointsledger.core.rules..", "dev.pointsledger.core.store..")
            .should()
            .callConstructorWhere(target(owner(assignableTo(Decision.class))))
            .because("a store carries out decisions, it never makes one");
    rule.check(core);
  }

  @ArchTest
  void stores_dependNotOnTheRules(JavaClasses core) {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("dev.pointsledger.core.memory..", "dev.pointsledger.core.store..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.pointsledger.core.rules..")
            .because("stores decide nothing; they are handed a CommandProcessor");
    rule.check(core);
  }

  @ArchTest
  void theDomain_dependsNotOnAStore(JavaClasses core) {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "dev.pointsledger.core.rules..",
                "dev.pointsledger.core.command..",
                "dev.pointsledger.core.journal..",
                "dev.pointsledger.core.program..",
                "dev.pointsledger.core.state..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.pointsledger.core.memory..")
            .because("the rules work the same on every store");
    rule.check(core);
  }
}
