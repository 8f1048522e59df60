package org.vfmigrate.common.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps every message key and its text in step with SPEC-failover.md: each {@code `KEY`: "text"} pair the SPEC
 * states must exist in {@link EngineMessage} with exactly that text. The SPEC lives in {@code shared/} beside the
 * checkout; CI always has it, so there a missing SPEC fails instead of skipping.
 */
class EngineMessageSpecTest {

    private static final Pattern KEY_AND_TEXT = Pattern.compile("`([A-Z0-9_]+)`[^`\"]*?:\\s*\"([^\"]+)\"");

    @Test
    void everyKeyAndTextStatedInTheSpecIsAnEngineMessageWithThatText() throws IOException {
        Map<String, String> stated = statedInSpec();

        assertThat(stated).as("pairs found in the SPEC").hasSizeGreaterThanOrEqualTo(9);
        stated.forEach((key, text) -> {
            assertThat(EngineMessage.valueOf(key).text()).as(key).isEqualTo(text);
        });
    }

    @Test
    void everyFailureTextSaysWhatCouldNotBeDone() {
        for (EngineMessage m : EngineMessage.values()) {
            assertThat(m.text()).as(m.name()).startsWith("Cannot ${action} ${type}. ");
            assertThat(m.text()).as(m.name()).endsWith(".");
        }
    }

    @Test
    void placeholdersAreWellFormed() {
        for (EngineMessage m : EngineMessage.values()) {
            String withoutPlaceholders = m.text().replaceAll("\\$\\{[A-Za-z_][A-Za-z0-9_]*}", "");
            assertThat(withoutPlaceholders).as(m.name()).doesNotContain("${").doesNotContain("$");
        }
    }

    static Map<String, String> statedInSpec() throws IOException {
        Path spec = findSpec();
        if (spec == null) {
            assertThat(System.getenv("CI")).as("SPEC-failover.md must be beside the checkout in CI").isNull();
            assumeTrue(false, "shared/SPEC-failover.md not found beside this checkout");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher m = KEY_AND_TEXT.matcher(Files.readString(spec));
        while (m.find()) {
            pairs.put(m.group(1), m.group(2).replaceAll("\\s+", " "));
        }
        return pairs;
    }

    private static Path findSpec() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("SPEC-failover.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
