package org.vfmigrate.backend.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;
import org.vfmigrate.dal.db.InvalidSettingException;

class EngineSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsBindTheLoopbackOnPort8080UnderVar() {
        EngineSettings s = EngineSettings.from(new MockEnvironment().withProperty("VFMIGRATE_DATA_DIR", dir.toString()));

        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.bind()).isEqualTo("127.0.0.1");
        assertThat(s.dataDirectory()).isEqualTo(dir.toAbsolutePath());
        assertThat(s.demo()).isTrue();
        assertThat(s.adminPassword()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VFMIGRATE_PORT    | eighty   | VFMIGRATE_PORT='eighty' cannot be used: expected a port number from 0 to 65535 (0 picks a free port)",
        "VFMIGRATE_PORT    | 70000    | VFMIGRATE_PORT='70000' cannot be used",
        "VFMIGRATE_DB_PORT | 0        | VFMIGRATE_DB_PORT='0' cannot be used",
        "VFMIGRATE_DB_URL  | mysql:// | VFMIGRATE_DB_URL='mysql://' cannot be used: expected a PostgreSQL JDBC URL",
        "VFMIGRATE_DEMO    | maybe    | VFMIGRATE_DEMO='maybe' cannot be used: expected true or false",
        "VFMIGRATE_BIND    | no such host.invalid | VFMIGRATE_BIND='no such host.invalid' cannot be used"})
    void anUnusableSettingIsNamedInOneLine(String key, String value, String message) {
        MockEnvironment env = new MockEnvironment().withProperty("VFMIGRATE_DATA_DIR", dir.toString())
                .withProperty(key, value);

        assertThatThrownBy(() -> EngineSettings.from(env)).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(message).hasMessageNotContaining("\n");
    }

    @Test
    void anUnwritableDataDirectoryIsRefused() throws Exception {
        Path file = java.nio.file.Files.createFile(dir.resolve("a-file"));
        MockEnvironment env = new MockEnvironment().withProperty("VFMIGRATE_DATA_DIR", file.resolve("sub").toString());

        assertThatThrownBy(() -> EngineSettings.from(env)).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("VFMIGRATE_DATA_DIR=");
    }
}
