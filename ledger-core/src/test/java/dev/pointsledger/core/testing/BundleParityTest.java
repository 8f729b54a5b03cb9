package dev.pointsledger.core.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class BundleParityTest {
  @TempDir Path resources;

  private void write(String path, String text) throws IOException {
    Path file = resources.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  private void both(String english, String chinese) throws IOException {
    write("a/b/Messages.properties", english);
    write("a/b/Messages_zh_TW.properties", chinese);
  }

  private String onlyProblem() {
    List<String> problems = BundleParity.problems(resources);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void agreeingBundles_pass() throws IOException {
    both(
        "x=Granted {0,number,integer} points on {1}\ny=It''s {0}\n",
        "x=於{1}核給{0,number,integer}點\ny=是{0}\n");
    assertEquals(Set.of("a.b.Messages"), BundleParity.baseNames(resources));
    assertEquals(List.of(), BundleParity.problems(resources));
    BundleParity.assertBundles(resources);
  }

  @Test
  void aKeyMissingInChinese_fails() throws IOException {
    both("x=one\ny=two\n", "x=一\n");
    assertTrue(onlyProblem().contains("key y is in English but not in zh-TW"), onlyProblem());
    assertThrows(AssertionFailedError.class, () -> BundleParity.assertBundles(resources));
  }

  @Test
  void aKeyMissingInEnglish_fails() throws IOException {
    both("x=one\n", "x=一\nz=三\n");
    assertTrue(onlyProblem().contains("key z is in zh-TW but not in English"), onlyProblem());
  }

  @Test
  void aMissingPlaceholder_fails() throws IOException {
    both("x={0} points on {1}\n", "x={0}點\n");
    assertTrue(onlyProblem().contains("placeholders [0, 1] in English but [0]"), onlyProblem());
  }

  @Test
  void anotherFormatType_fails() throws IOException {
    both("x={0,number,integer} points\n", "x={0}點\n");
    assertTrue(onlyProblem().contains("placeholders"), onlyProblem());
  }

  @Test
  void aChoiceWithTranslatedBranches_passes() throws IOException {
    both(
        "x={0,choice,0#no points|1#one point|1<{0} points}\n", "x={0,choice,0#沒有點數|1#一點|1<{0}點}\n");
    assertEquals(List.of(), BundleParity.problems(resources));
  }

  @Test
  void aSwallowedApostrophe_fails() throws IOException {
    both("x=the manufacturer's {0}\n", "x=製造業者的{0}\n");
    List<String> problems = BundleParity.problems(resources);
    assertTrue(problems.stream().anyMatch(p -> p.contains("apostrophe")), problems::toString);
    both("x=the manufacturer''s '{'{0}'}'\n", "x=製造業者的'{'{0}'}'\n");
    assertEquals(List.of(), BundleParity.problems(resources));
  }

  @Test
  void aMalformedPattern_fails() throws IOException {
    both("x=broken {0\n", "x=壞{0}\n");
    assertTrue(onlyProblem().contains("not a MessageFormat pattern"), onlyProblem());
  }

  @Test
  void aMissingChineseBundle_fails() throws IOException {
    write("a/Only.properties", "x=one\n");
    assertTrue(onlyProblem().contains("no zh-TW bundle"), onlyProblem());
  }

  @Test
  void aMissingEnglishBundle_fails() throws IOException {
    write("a/Only_zh_TW.properties", "x=一\n");
    assertTrue(onlyProblem().contains("no English (root) bundle"), onlyProblem());
  }

  @Test
  void aFileThatIsNotUtf8_fails() throws IOException {
    both("x=one\n", "");
    Files.write(
        resources.resolve("a/b/Messages_zh_TW.properties"), new byte[] {'x', '=', (byte) 0xA4});
    assertTrue(BundleParity.problems(resources).get(0).contains("is not UTF-8"));
  }

  @Test
  void noBundleAtAll_fails() {
    assertThrows(AssertionFailedError.class, () -> BundleParity.assertBundles(resources));
  }
}
