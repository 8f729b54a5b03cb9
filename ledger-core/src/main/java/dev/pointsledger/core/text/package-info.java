/**
 * What a person reads, in the reader's language: Traditional Chinese (zh-TW) or English.
 *
 * <ul>
 *   <li>{@link dev.pointsledger.core.text.Messages}: the texts of one package's resource bundle
 *       (English in the root bundle, Traditional Chinese in its {@code _zh_TW} bundle), looked up
 *       by key and formatted with {@link java.text.MessageFormat} for a {@link java.util.Locale};
 *   <li>{@link dev.pointsledger.core.text.LocaleFormat}: points, NTD amounts and dates for a locale
 *       and a {@link dev.pointsledger.core.text.DateStyle} (ISO, or the Minguo calendar's long
 *       {@code 民國111年8月31日} and short {@code 111-08-31} forms);
 *   <li>{@link dev.pointsledger.core.text.Language}: which of the two languages a locale reads.
 * </ul>
 *
 * <p>Only what a person reads is translated: codes, ids and stored data stay language-free. Any
 * package (or an embedder's) keeps its own bundle and reads it through {@code Messages}; the test
 * kit's {@code BundleParity} checks that every bundle has the same keys and placeholders in both
 * languages.
 */
package dev.pointsledger.core.text;
