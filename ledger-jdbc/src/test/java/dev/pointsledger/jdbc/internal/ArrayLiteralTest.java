package dev.pointsledger.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArrayLiteralTest {
  @Test
  void strings_areQuotedAndEscaped_nullsAreBare() {
    String literal =
        new ArrayLiteral(4).add("plain").add("say \"hi\"").add("back\\slash").add(null).build();
    assertEquals("{\"plain\",\"say \\\"hi\\\"\",\"back\\\\slash\",NULL}", literal);
  }

  @Test
  void numbers_andEmptyArrays() {
    assertEquals("{1,-2,3}", new ArrayLiteral(3).add(1).add(-2).add(3).build());
    assertEquals("{}", new ArrayLiteral(0).build());
  }
}
