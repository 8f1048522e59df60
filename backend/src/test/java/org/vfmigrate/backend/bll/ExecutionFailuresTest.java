package org.vfmigrate.backend.bll;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.common.errors.MessageRenderer;
import org.vfmigrate.common.validation.ValidationResult;

/** Execution failures become messages a client can act on; the database's own text stays in the engine log. */
class ExecutionFailuresTest {

    private static final String FK_TEXT = "ERROR: update or delete on table \"clusters\" violates foreign key "
            + "constraint \"hosts_cluster_id_fkey\" on table \"hosts\"\n  Detail: Key (id)=(1) is still referenced";

    @Test
    void aForeignKeyViolationIsAConflictThatSaysWhatWithoutTheDatabasesText() {
        RuntimeException e = new DataIntegrityViolationException("could not execute statement [" + FK_TEXT + "]",
                new SQLException(FK_TEXT, "23503"));

        ValidationResult failure = ExecutionFailures.classify(e);

        assertThat(failure.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_CONSTRAINT_VIOLATION);
        assertThat(MessageRenderer.render(failure, ActionType.REMOVE_CLUSTER)).isEqualTo("Cannot remove Cluster. "
                + "The change conflicts with the current state: other objects still refer to it, or it refers to one "
                + "that no longer exists.");
    }

    @Test
    void otherIntegrityViolationsAreConflictsWithoutTheDatabasesText() {
        String unique = "ERROR: duplicate key value violates unique constraint \"vm_nics_mac_key\"";
        String check = "ERROR: new row for relation \"hosts\" violates check constraint \"hosts_memory_check\"";

        String duplicate = rendered(new DataIntegrityViolationException(unique, new SQLException(unique, "23505")));
        String inconsistent = rendered(new DataIntegrityViolationException(check, new SQLException(check, "23514")));

        assertThat(duplicate).endsWith("another object already has one of its unique values.");
        assertThat(inconsistent).endsWith("the data would become inconsistent.");
        assertThat(duplicate + inconsistent).doesNotContain("constraint", "ERROR", "hosts_", "vm_nics");
    }

    @Test
    void aSameNameRaceIsStillTheNameAlreadyUsedMessage() {
        String text = "ERROR: duplicate key value violates unique constraint \"clusters_name_unique\"";

        ValidationResult failure = ExecutionFailures.classify(
                new DataIntegrityViolationException(text, new SQLException(text, "23505")));

        assertThat(failure.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED);
    }

    @Test
    void anyOtherDatabaseFailureIsAnInternalErrorThatDoesNotQuoteSql() {
        String sql = "ERROR: column \"memory_mib\" of relation \"hosts\" does not exist";

        String text = rendered(new InvalidDataAccessResourceUsageException("select h.memory_mib from hosts h",
                new SQLException(sql, "42703")));

        assertThat(text).isEqualTo("Cannot remove Cluster. Internal engine error: the database failed to carry it "
                + "out (the engine log has the details).");
    }

    @Test
    void aFailureOutsideTheDatabaseKeepsItsFirstLine() {
        assertThat(rendered(new IllegalStateException("the cluster cache is closed\nat line 2")))
                .isEqualTo("Cannot remove Cluster. Internal engine error: the cluster cache is closed.");
    }

    private static String rendered(RuntimeException e) {
        return MessageRenderer.render(ExecutionFailures.classify(e), ActionType.REMOVE_CLUSTER);
    }
}
