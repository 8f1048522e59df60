package org.vfmigrate.backend.restapi.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The Authorization headers of the storm: the administrator's (for attacks that are not about credentials), the
 * read-only user's as Basic and as a bearer token, and a long list of ways to get credentials wrong.
 */
record Credentials(String adminPassword, String userPassword, String adminBearer, String userBearer,
        String expiredAdminBearer) {

    String admin() {
        return basic("admin@internal:" + adminPassword);
    }

    /** The read-only user, as Basic or bearer. */
    String readOnly(Random random) {
        return random.nextBoolean() ? basic("user@internal:" + userPassword) : "Bearer " + userBearer;
    }

    /** A bad Authorization header, or null for none; each with its name. */
    String[] bad(Random random) {
        List<String[]> all = List.of(
                new String[] {"none", null},
                new String[] {"wrong-password", basic("admin@internal:wrong")},
                new String[] {"unknown-user", basic("root:" + adminPassword)},
                new String[] {"user-case", basic("ADMIN@internal:" + adminPassword)},
                new String[] {"password-padded", basic("admin@internal:" + adminPassword + " ")},
                new String[] {"password-prefix", basic("admin@internal:" + adminPassword.substring(0, 3))},
                new String[] {"sql-user", basic("admin@internal' OR '1'='1:x")},
                new String[] {"sql-password", basic("admin@internal:' OR '1'='1")},
                new String[] {"nul-user", basic("admin@internal\u0000:" + adminPassword)},
                new String[] {"no-colon", basic("admin@internal")},
                new String[] {"empty-basic", "Basic "},
                new String[] {"not-base64", "Basic !!!not*base64$$$"},
                new String[] {"base64-of-junk", "Basic " + Base64.getEncoder().encodeToString(junk(random))},
                new String[] {"huge-basic", basic("admin@internal:" + "x".repeat(5000))},
                new String[] {"forged-bearer", "Bearer " + token(random)},
                new String[] {"empty-bearer", "Bearer "},
                new String[] {"expired-bearer", "Bearer " + expiredAdminBearer},
                new String[] {"bearer-plus-one", "Bearer " + adminBearer + "x"},
                new String[] {"bearer-truncated", "Bearer " + adminBearer.substring(0, adminBearer.length() - 1)},
                new String[] {"password-as-bearer", "Bearer " + adminPassword},
                new String[] {"unknown-scheme", "Digest username=\"admin@internal\", response=\"x\""},
                new String[] {"negotiate", "Negotiate YIIB"},
                new String[] {"scheme-only", "Basic"},
                new String[] {"two-schemes", basic("admin@internal:wrong") + ", Bearer " + token(random)},
                new String[] {"garbage", "%s%n" + token(random)});
        return all.get(random.nextInt(all.size()));
    }

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] junk(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String token(Random random) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(junk(random));
    }
}
