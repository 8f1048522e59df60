package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.vfmigrate.backend.restapi.model.Fault;

/** The faults the handler writes for failures that escape the commands. */
class FaultHandlerTest {

    private final FaultHandler handler = new FaultHandler();

    @Test
    void aDatabaseRuleBrokenOutsideACommandIsAConflictWithoutTheDatabasesText() {
        String text = "ERROR: update or delete on table \"clusters\" violates foreign key constraint "
                + "\"hosts_cluster_id_fkey\" on table \"hosts\"";

        ResponseEntity<Fault> r = handler.dataConflict(
                new DataIntegrityViolationException("could not execute statement", new SQLException(text, "23503")));

        assertThat(r.getStatusCode().value()).isEqualTo(409);
        assertThat(r.getBody().reason).isEqualTo("Conflict");
        assertThat(r.getBody().detail)
                .isEqualTo("The request conflicts with the current state of the data; read it again and retry.");
    }
}
