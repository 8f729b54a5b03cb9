/** Tests of the finance reports, and {@link dev.pointsledger.core.finance.FinanceScenario}. */
package dev.pointsledger.core.finance;
