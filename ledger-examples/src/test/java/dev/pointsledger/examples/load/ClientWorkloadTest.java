package dev.pointsledger.examples.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pointsledger.core.command.Command;
import dev.pointsledger.core.command.CommandType;
import dev.pointsledger.core.command.GrantPoints;
import dev.pointsledger.core.command.PurchaseSolution;
import dev.pointsledger.core.sample.ActivityBatch;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientWorkloadTest {
  private static LoadSettings settings(int clients, int batch, LoadMix mix, int manufacturers) {
    return new LoadSettings(
        clients, batch, Duration.ofSeconds(1), Duration.ZERO, mix, manufacturers, true, 0, 3, true,
        Duration.ofSeconds(10));
  }

  @Test
  void clientsAndRounds_neverShareAManufacturer() {
    LoadSettings s = settings(3, 100, LoadMix.GRANTS, 300);
    Set<String> all = new HashSet<>();
    int sum = 0;
    for (int client = 0; client < 3; client++) {
      ClientWorkload work = new ClientWorkload(client, s);
      Set<String> round = new HashSet<>();
      int rounds = 0;
      while (work.hasNext() && rounds <= 2) {
        for (Command c : work.next().commands()) {
          if (CommandType.of(c) == CommandType.DEFINE_PROGRAM) {
            rounds++;
            sum += round.size();
            all.addAll(round);
            round.clear();
          } else if (c instanceof GrantPoints g) {
            round.add(g.manufacturer().toString());
          }
        }
      }
      assertEquals(3, rounds, "two whole rounds and the start of a third");
    }
    assertTrue(sum > 500, "about 100 manufacturers granted per round: " + sum);
    assertEquals(sum, all.size(), "no manufacturer in two rounds or two clients");
  }

  @Test
  void calls_holdAtMostTheBatchSizeOfOneDay_andOnlyTheMix() {
    ClientWorkload work = new ClientWorkload(0, settings(1, 7, LoadMix.GRANTS, 50));
    int calls = 0;
    while (work.hasNext() && calls < 50) {
      ActivityBatch batch = work.next();
      calls++;
      assertTrue(batch.commands().size() <= 7);
      for (Command c : batch.commands()) {
        CommandType t = CommandType.of(c);
        assertTrue(t == CommandType.GRANT_POINTS || t == CommandType.DEFINE_PROGRAM, t::name);
      }
    }
    assertEquals(50, calls);
  }

  @Test
  void oneManufacturer_grantsTheHotManufacturerFirst_andEveryPurchaseSpendsOnePointOfIt() {
    LoadSettings s = settings(2, 50, LoadMix.ONE_MANUFACTURER, 200);
    int purchases = 0;
    for (int client = 0; client < 2; client++) {
      ClientWorkload work = new ClientWorkload(client, s);
      int hotGrants = 0;
      while (work.hasNext() && purchases < 100 * (client + 1)) {
        for (Command c : work.next().commands()) {
          if (c instanceof GrantPoints g) {
            assertEquals(OneManufacturer.HOT, g.manufacturer(), "no other manufacturer granted");
            hotGrants++;
          } else if (c instanceof PurchaseSolution p) {
            assertTrue(client == 1 || hotGrants == 1, "the hot grant comes before purchases");
            assertEquals(OneManufacturer.HOT, p.manufacturer());
            assertEquals(1, p.points());
            purchases++;
          } else {
            CommandType t = CommandType.of(c);
            assertTrue(LoadMix.ONE_MANUFACTURER.takes(c), t::name);
          }
        }
      }
      assertEquals(client == 0 ? 1 : 0, hotGrants, "only the first client grants it, once");
    }
    assertTrue(purchases >= 100, "purchases: " + purchases);
  }

  @Test
  void seedOf_givesTheGenerationsOwnNumbering() {
    // the generator's offset for the seed is generation * perGeneration manufacturers on
    long seed = ClientWorkload.seedOf(5, 1_000, 0);
    long offset = Math.floorMod(seed * 1_000_003L, 5_000_000L);
    assertEquals(Math.floorMod(5_000L * 2_654_437L, 5_000_000L), offset);
    long withUserSeed = ClientWorkload.seedOf(5, 1_000, 42);
    assertEquals(offset, Math.floorMod(withUserSeed * 1_000_003L, 5_000_000L));
  }
}
