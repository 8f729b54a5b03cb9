package dev.pointsledger.core.text;

import dev.pointsledger.core.testing.BundleParity;
import org.junit.jupiter.api.Test;

/** Every resource bundle of ledger-core says the same in English and zh-TW. */
class TextBundlesTest {
  @Test
  void coreBundles_sayTheSameInBothLanguages() {
    BundleParity.assertModuleBundles();
  }
}
