package dev.pointsledger.jdbc.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.pointsledger.core.store.CommandProcessor;
import dev.pointsledger.core.store.Decision;

/**
 * The shape of ledger-jdbc: the public package on top, the migrator under it, the internals at
 * the bottom and hidden; logging only through SLF4J, and none in the core.
 *
 * <p>The classes of {@code dev.pointsledger} are imported with the tests (the core's jars are on
 * this module's test class path), so that the rules also see who uses the internals; the rules
 * about main code only filter the tests out themselves. Rules are checked in {@code @ArchTest}
 * methods, not fields: Surefire 3.5.3 silently skips {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "dev.pointsledger")
class JdbcArchitectureTest {
  private static final String JDBC = "dev.pointsledger.jdbc";
  private static final String INTERNAL = "dev.pointsledger.jdbc.internal";
  private static final String MIGRATION = "dev.pointsledger.jdbc.migration";

  private static final ImportOption NOT_TESTS = new ImportOption.DoNotIncludeTests();

  /** The module's main classes, without its tests and without the core. */
  private static JavaClasses main(JavaClasses all) {
    return all.that(
        DescribedPredicate.describe(
            "main classes of ledger-jdbc",
            c ->
                c.getPackageName().startsWith(JDBC)
                    && c.getSource()
                        .map(s -> NOT_TESTS.includes(Location.of(s.getUri())))
                        .orElse(false)));
  }

  @ArchTest
  void jdbcPackages_areFreeOfCycles(JavaClasses all) {
    SliceAssignment byPackage =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals(JDBC)) {
              return SliceIdentifier.of("jdbc");
            }
            if (p.startsWith(JDBC + ".")) {
              return SliceIdentifier.of(p.substring(JDBC.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
          }

          @Override
          public String getDescription() {
            return "the packages of ledger-jdbc";
          }
        };
    ArchRule rule = slices().assignedFrom(byPackage).should().beFreeOfCycles();
    rule.check(main(all));
  }

  @ArchTest
  void internals_dependOnNeitherThePublicPackageNorTheMigrator(JavaClasses all) {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(INTERNAL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JDBC, MIGRATION)
            .because("the store's public types are built on the internals, not the other way");
    rule.check(main(all));
  }

  @ArchTest
  void theMigrator_usesOfTheInternalsOnlyTheSchemaPlaceholder(JavaClasses all) {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(MIGRATION)
            .should()
            .dependOnClassesThat(
                DescribedPredicate.describe(
                    "are internal other than SchemaSql",
                    c ->
                        c.getPackageName().equals(INTERNAL)
                            && !c.getSimpleName().equals("SchemaSql")))
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage(JDBC)
            .because(
                "the migrator stands alone (Flyway may replace it): it shares only the"
                    + " schema placeholder and the schema name's check with the store");
    rule.check(main(all));
  }

  @ArchTest
  void onlyTheStoreAndTheMigrator_useTheInternals(JavaClasses all) {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(JDBC, MIGRATION, INTERNAL)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(INTERNAL)
            .because(
                "the internals are no API: only the store's package (main code, and"
                    + " PostgresMatchesInMemoryTest, which checks the JSON codec's round trip of"
                    + " every record kind) and the migrator use them; test helpers in"
                    + " dev.pointsledger.jdbc.testing and the load runner go through the public"
                    + " store");
    rule.check(all);
  }

  @ArchTest
  void publicInternalClasses_areOnlyThoseUsedFromOutsideTheInternals(JavaClasses all) {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(INTERNAL)
            .and()
            .arePublic()
            .should(beUsedFromOutside())
            .because("whatever only the internals use stays package-private");
    rule.check(all);
  }

  @ArchTest
  void publicMembersOfInternalClasses_areOnlyThoseUsedFromOutsideTheInternals(JavaClasses all) {
    ArchRule rule =
        codeUnits()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(INTERNAL)
            .and()
            .areDeclaredInClassesThat()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .areNotRecords()
            .and()
            .arePublic()
            .should(beCalledFromOutside())
            .because("whatever only the internals call stays package-private");
    rule.check(all);
  }

  @ArchTest
  void nothingButTheLedgersRules_implementsTheProcessor_mainOrTest(JavaClasses all) {
    ArchRule rule =
        classes()
            .that()
            .implement(CommandProcessor.class)
            .should()
            .haveFullyQualifiedName("dev.pointsledger.core.rules.LedgerRules")
            .because(
                "a store's writer takes the ledger's own rules and nothing else; tests reach a"
                    + " unit of work through the test kit's Seams, which cannot change a decision");
    rule.check(all);
  }

  @ArchTest
  void theStore_makesNoDecision(JavaClasses all) {
    ArchRule rule =
        noClasses()
            .should()
            .callConstructorWhere(target(owner(assignableTo(Decision.class))))
            .because("the store carries out the rules' decisions; it never makes one");
    rule.check(main(all));
  }

  @ArchTest
  void mainCode_logsOnlyThroughSlf4j(JavaClasses all) {
    ArchRule rule =
        noClasses()
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.logging..", "org.apache.log4j..")
            .because("operators choose where the store's log goes, through an SLF4J binding");
    rule.check(main(all));
  }

  @ArchTest
  void core_hasNoLoggingDependency(JavaClasses all) {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.pointsledger.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.slf4j..",
                "java.util.logging..",
                "org.apache.logging..",
                "org.apache.log4j..",
                "org.apache.commons.logging..")
            .because(
                "the core decides and reports through return values and exceptions; the"
                    + " stores log");
    rule.check(all);
  }

  private static boolean outsideInternals(JavaClass origin) {
    return !origin.getPackageName().equals(INTERNAL);
  }

  private static ArchCondition<JavaClass> beUsedFromOutside() {
    return new ArchCondition<>("be used from outside " + INTERNAL) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean used =
            c.getDirectDependenciesToSelf().stream()
                .anyMatch(d -> outsideInternals(d.getOriginClass()));
        events.add(
            new SimpleConditionEvent(
                c, used, c.getName() + " is public but used only inside " + INTERNAL));
      }
    };
  }

  private static ArchCondition<JavaCodeUnit> beCalledFromOutside() {
    return new ArchCondition<>("be called from outside " + INTERNAL) {
      @Override
      public void check(JavaCodeUnit u, ConditionEvents events) {
        boolean overrides = u.isAnnotatedWith(Override.class);
        boolean called =
            u.getAccessesToSelf().stream().anyMatch(a -> outsideInternals(a.getOriginOwner()));
        events.add(
            new SimpleConditionEvent(
                u,
                overrides || called || u.getModifiers().contains(JavaModifier.SYNTHETIC),
                u.getFullName() + " is public but called only inside " + INTERNAL));
      }
    };
  }
}
