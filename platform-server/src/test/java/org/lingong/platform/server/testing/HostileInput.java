package org.lingong.platform.server.testing;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded generator of hostile request input: it takes a valid JSON body and damages one to three places (control
 * characters, text at and beyond the contract's lengths, extreme numbers and dates, wrong types, missing fields), or
 * damages the bytes themselves (truncated, invalid UTF-8, deep nesting); and it makes hostile query and path values.
 * The same seed gives the same input, so a failure is reproduced by its seed.
 */
public final class HostileInput {

    private static final List<String> TEXTS = List.of("\u0000", "a\u0000b", "\u0007", "\u001b[2J", "\u007f", "\u0085",
            "\u009f", "\t\n\r", "\ud83d\ude00".repeat(20), "\ud800", "\udfff", "'; DROP TABLE worker; --",
            "%00", "../../etc/passwd", "${jndi:ldap://x}", "", " ", "null", "-1", "0", "9".repeat(40),
            "+1000000000-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "0000-01-01T00:00:00Z", "2026-02-30", "2026-13-01T00:00:00Z", "LG1.", "LG1." + "A".repeat(390),
            "\u202eevil", "\ufeff", "\uffff");
    private static final List<Object> NUMBERS = List.of(Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE,
            Integer.MIN_VALUE, -1, 0, 1e308, -1e308, 0.5, new BigInteger("1" + "0".repeat(400)), 4294967296L);

    private final Random random;

    public HostileInput(long seed) {
        this.random = new Random(seed);
    }

    public UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** The valid body with one to three places damaged, or (one time in six) its bytes damaged. */
    public byte[] body(Object valid) {
        if (random.nextInt(6) == 0) {
            return damagedBytes(PlatformClient.json(valid));
        }
        Object copy = PlatformClient.JSON.readValue(PlatformClient.json(valid), Object.class);
        int damages = 1 + random.nextInt(3);
        for (int i = 0; i < damages; i++) {
            copy = damageSomewhere(copy);
        }
        return PlatformClient.json(copy);
    }

    /** A hostile value for a query parameter or path segment, URL-encoded. */
    public String urlValue() {
        Object value = random.nextInt(4) == 0 ? NUMBERS.get(random.nextInt(NUMBERS.size())) : text(40);
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A hostile string: a listed one, a long one, or a listed one inside normal text. */
    public String text(int contractMax) {
        return switch (random.nextInt(4)) {
            case 0 -> "字".repeat(contractMax + random.nextInt(2));
            case 1 -> "x".repeat(contractMax * (1 + random.nextInt(40)));
            case 2 -> "张" + TEXTS.get(random.nextInt(TEXTS.size())) + "三";
            default -> TEXTS.get(random.nextInt(TEXTS.size()));
        };
    }

    private Object damageSomewhere(Object node) {
        if (node instanceof Map<?, ?> map && !map.isEmpty() && random.nextInt(4) != 0) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            String key = new ArrayList<>(object.keySet()).get(random.nextInt(object.size()));
            if (random.nextInt(8) == 0) {
                object.remove(key);
            } else {
                object.put(key, damageSomewhere(object.get(key)));
            }
            return object;
        }
        if (node instanceof List<?> list && !list.isEmpty() && random.nextInt(4) != 0) {
            @SuppressWarnings("unchecked")
            List<Object> array = (List<Object>) list;
            int index = random.nextInt(array.size());
            array.set(index, damageSomewhere(array.get(index)));
            return array;
        }
        return replacement(node);
    }

    private Object replacement(Object old) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 2 -> random.nextBoolean();
            case 3 -> new ArrayList<>(List.of(text(20)));
            case 4 -> new LinkedHashMap<>(Map.of("x", text(20)));
            case 5 -> old instanceof String s ? s + TEXTS.get(random.nextInt(TEXTS.size())) : text(20);
            case 6 -> new ArrayList<>(Arrays.asList(new Object[1 + random.nextInt(30)]));
            default -> text(new int[] {20, 30, 40, 60, 100, 200, 400, 500}[random.nextInt(8)]);
        };
    }

    private byte[] damagedBytes(byte[] valid) {
        return switch (random.nextInt(5)) {
            case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            case 1 -> {
                byte[] flipped = valid.clone();
                flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                yield flipped;
            }
            case 2 -> splice(valid, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00});
            case 3 -> ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] withBom = new byte[valid.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(valid, 0, withBom, 3, valid.length);
                yield withBom;
            }
        };
    }

    private byte[] splice(byte[] into, byte[] what) {
        int at = random.nextInt(into.length + 1);
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }
}
