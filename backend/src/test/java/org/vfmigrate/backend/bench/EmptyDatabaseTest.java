package org.vfmigrate.backend.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The empty database of the start-up comparison is the benchmark's server with another database name. */
class EmptyDatabaseTest {

    @Test
    void onlyTheDatabaseNameOfTheUrlChanges() {
        assertThat(EmptyDatabase.withDatabase("jdbc:postgresql://localhost:46825/postgres?user=postgres", "other"))
                .isEqualTo("jdbc:postgresql://localhost:46825/other?user=postgres");
        assertThat(EmptyDatabase.withDatabase("jdbc:postgresql://db:5432/engine", "other"))
                .isEqualTo("jdbc:postgresql://db:5432/other");
    }
}
