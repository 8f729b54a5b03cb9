/**
 * Tests of the finance reports, on the test kit's {@link
 * dev.pointsledger.core.testing.FinanceScenario}.
 */
package dev.pointsledger.core.finance;
