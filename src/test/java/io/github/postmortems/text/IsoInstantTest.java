package io.github.postmortems.text;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link IsoInstant} writes what {@link Instant#toString()} writes, for any instant. */
class IsoInstantTest {

    @Test
    void writesWhatToStringWritesForRandomInstantsOfEveryPrecision() {
        SplittableRandom random = new SplittableRandom(20261130L);
        for (int i = 0; i < 200_000; i++) {
            long seconds = switch (i % 4) {
                case 0 -> random.nextLong(0, 4_102_444_800L); // 1970 to 2100
                case 1 -> random.nextLong(0, 253_402_300_800L); // to 9999
                case 2 -> random.nextLong(-62_167_219_200L, 0); // before 1970: left to toString
                default -> random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
            };
            int nano = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            assertEquals(instant.toString(), IsoInstant.of(instant), () -> "epoch second " + seconds + ", nano " + nano);
        }
    }

    @Test
    void writesTheEdgesOfItsRangeAsToStringDoes() {
        for (Instant instant : new Instant[] {Instant.EPOCH, Instant.ofEpochSecond(-1), Instant.ofEpochSecond(0, 1),
                Instant.parse("2026-10-04T09:12:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("2000-02-29T00:00:00.100Z")}) {
            assertEquals(instant.toString(), IsoInstant.of(instant));
        }
    }
}
