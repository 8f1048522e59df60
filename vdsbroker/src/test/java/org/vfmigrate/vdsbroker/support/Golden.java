package org.vfmigrate.vdsbroker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/**
 * Golden XML files under {@code src/test/resources}. Comparison is semantic (XMLUnit: whitespace,
 * attribute order and namespace prefixes ignored). Run with {@code -Dgolden.update=true} to rewrite them
 * after an intended change, then review the diff.
 */
public final class Golden {

    private Golden() {
    }

    public static String read(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} is semantically equal to the golden resource. */
    public static void assertMatches(String resource, String actual) {
        if (Boolean.getBoolean("golden.update")) {
            write(resource, actual);
        }
        assertSameXml(actual, read(resource));
    }

    public static void assertSameXml(String actual, String expected) {
        Diff diff = DiffBuilder.compare(expected).withTest(actual)
            .ignoreWhitespace().ignoreComments().checkForSimilar()
            .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndText, ElementSelectors.byName))
            .build();
        assertThat(diff.hasDifferences()).as("XML differs:\n%s\n--- actual ---\n%s", diff, actual).isFalse();
    }

    private static void write(String resource, String xml) {
        try {
            Path p = Path.of("src/test/resources", resource);
            Files.createDirectories(p.getParent());
            Files.writeString(p, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
