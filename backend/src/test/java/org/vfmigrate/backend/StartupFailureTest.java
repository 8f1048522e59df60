package org.vfmigrate.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.web.server.PortInUseException;
import org.vfmigrate.dal.db.InvalidSettingException;

class StartupFailureTest {

    @Test
    void aSettingProblemDeepInsideSpringIsOneLineAndExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Throwable wrapped = new BeanCreationException("dataSource", "failed",
                new InvalidSettingException("VFMIGRATE_DB_PORT", "x", "a port number"));

        int code = StartupFailure.report(wrapped, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("vfmigrate: cannot start: VFMIGRATE_DB_PORT='x' cannot be used: expected a port number"
                        + System.lineSeparator());
    }

    @Test
    void aBusyHttpPortIsOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = StartupFailure.report(new PortInUseException(8080), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("VFMIGRATE_PORT=8080").doesNotContain("\tat ");
    }

    @Test
    void anythingElseKeepsItsStackTraceForTheBugReport() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = StartupFailure.report(new IllegalStateException("boom"), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("boom").contains("\tat ");
    }
}
