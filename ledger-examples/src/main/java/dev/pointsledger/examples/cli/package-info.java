/**
 * The {@code points-ledger} command line (picocli): {@code demo}, the 2022 program end to end;
 * {@code generate}, a year of realistic activity; {@code verify}, {@code export} and {@code
 * migrate}; each against an in-memory ledger, any PostgreSQL ({@code --jdbc-url} or {@code
 * POINTS_LEDGER_JDBC_URL}) or an embedded one ({@code --embedded-postgres}). Every text comes from
 * the bundles beside these classes, in English and Traditional Chinese ({@code --lang}); exit codes
 * are those of {@link dev.pointsledger.examples.cli.ExitCode}; {@link
 * dev.pointsledger.examples.cli.Cli#run} runs it in-process.
 */
package dev.pointsledger.examples.cli;
