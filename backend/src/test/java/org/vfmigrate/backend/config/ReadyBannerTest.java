package org.vfmigrate.backend.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfmigrate.backend.restapi.security.ApiUsers;

/**
 * The banner's {@code try} line works when pasted into a shell: each line below is run by {@code /bin/sh} with
 * {@code curl} swapped for a command that prints its arguments, so the test sees what curl would get.
 */
class ReadyBannerTest {

    @TempDir
    Path dataDir;

    @Test
    void aPasswordFromTheEnvironmentIsExpandedByTheShellWhenTheLineIsPasted() throws Exception {
        String password = "pa ss$word'1";
        EngineSettings settings = new EngineSettings(8080, "127.0.0.1", dataDir, password, null, false);

        String tryLine = tryLine(settings);

        assertThat(tryLine).contains("\"admin@internal:$VFMIGRATE_ADMIN_PASSWORD\"").doesNotContain(password);
        assertThat(curlArguments(tryLine, Map.of(EngineSettings.ADMIN_PASSWORD, password)))
                .containsExactly("-s", "-u", "admin@internal:" + password,
                        "http://127.0.0.1:8080/ovirt-engine/api/vnicprofiles");
    }

    @Test
    void aGeneratedPasswordIsShownAndReachesCurlAsIs() throws Exception {
        EngineSettings settings = new EngineSettings(8080, "0.0.0.0", dataDir, null, null, false);
        String generated = new ApiUsers(settings).admin().password();

        String tryLine = tryLine(settings);

        assertThat(curlArguments(tryLine, Map.of())).containsExactly("-s", "-u", "admin@internal:" + generated,
                "http://127.0.0.1:8080/ovirt-engine/api/vnicprofiles");
    }

    private static String tryLine(EngineSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReadyBanner(settings, new ApiUsers(settings)).print(new PrintStream(out, true, StandardCharsets.UTF_8),
                8080, 1500);
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  try "))
                .map(l -> l.substring("  try ".length()).strip()).findFirst().orElseThrow();
    }

    /** Runs the pasted line with {@code curl} defined as a shell function that prints one argument per line. */
    private static List<String> curlArguments(String line, Map<String, String> environment)
            throws IOException, InterruptedException {
        assertThat(line).startsWith("curl ");
        ProcessBuilder sh = new ProcessBuilder("/bin/sh", "-c", "curl() { printf '%s\\n' \"$@\"; }\n" + line);
        sh.environment().remove(EngineSettings.ADMIN_PASSWORD);
        sh.environment().putAll(environment);
        sh.redirectErrorStream(true);
        Process p = sh.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        return output.lines().toList();
    }
}
