package dev.pointsledger.core.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.pointsledger.core.Ledger;
import dev.pointsledger.core.rules.LedgerRules;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;
import dev.pointsledger.core.store.LedgerStore;
import java.util.List;

/**
 * The shape of ledger-core: no JDBC, no package cycles, rules decide and stores only store; no
 * way around the rules (the processor a store is handed is sealed to them, a ledger exposes no
 * store).
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
  void onlyTheLedgersRules_implementTheProcessor(JavaClasses core) {
    ArchRule rule =
        classes()
            .that()
            .implement(CommandProcessor.class)
            .should()
            .be(LedgerRules.class)
            .because("a store's writer takes the ledger's own rules and nothing else");
    rule.check(core);
  }

  @ArchTest
  void theProcessor_isSealedToTheLedgersRules(JavaClasses core) {
    ArchRule rule =
        classes()
            .that()
            .areAssignableFrom(CommandProcessor.class)
            .and()
            .areInterfaces()
            .should(
                new ArchCondition<JavaClass>("be sealed, permitting LedgerRules alone") {
                  @Override
                  public void check(JavaClass c, ConditionEvents events) {
                    Class<?> type = c.reflect();
                    boolean sealed =
                        type.isSealed()
                            && List.of(type.getPermittedSubclasses())
                                .equals(List.of(LedgerRules.class));
                    events.add(new SimpleConditionEvent(c, sealed, c.getName() + " is sealed"));
                  }
                });
    rule.check(core);
  }

  @ArchTest
  void theLedger_exposesNoStore(JavaClasses core) {
    ArchRule methods =
        noMethods()
            .that()
            .areDeclaredIn(Ledger.class)
            .and()
            .arePublic()
            .should()
            .haveRawReturnType(assignableTo(LedgerStore.class))
            .because("a caller holding a ledger gets no way to a store's writer");
    methods.check(core);
    ArchRule fields =
        noFields()
            .that()
            .areDeclaredIn(Ledger.class)
            .and()
            .arePublic()
            .should()
            .haveRawType(assignableTo(LedgerStore.class))
            .allowEmptyShould(true);
    fields.check(core);
  }

  /** A call of the factory that makes an accepting decision. */
  private static final DescribedPredicate<JavaCall<?>> MAKES_AN_ACCEPT =
      target(owner(assignableTo(Decision.Accept.class))).and(target(name("writing")));

  @ArchTest
  void stores_makeNoDecision(JavaClasses core) {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("dev.pointsledger.core.store..", "dev.pointsledger.core.memory..")
            .and()
            .areNotAssignableTo(Decision.class) // Decision.Accept.writing makes its own
            .should()
            .callConstructorWhere(target(owner(assignableTo(Decision.class))))
            .orShould()
            .callMethodWhere(MAKES_AN_ACCEPT)
            .because("a store carries out the rules' decisions; it never makes one");
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
            .orShould()
            .callMethodWhere(MAKES_AN_ACCEPT)
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
