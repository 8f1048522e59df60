package org.vfmigrate.backend.bll;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.bll.query.QueryRegistry;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.errors.MessageRenderer;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryReturnValue;
import org.vfmigrate.common.queries.QueryType;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * The engine's entry point, as in oVirt: {@link #runAction} validates, executes and audits a command in one
 * transaction; {@link #runQuery} reads in a read-only one. A refused action writes nothing at all; a failed
 * execution is rolled back and its failure audited in a transaction of its own, with the failure's text as the
 * {@code ${Reason}} of the entry unless the command gave a more precise one.
 */
@Service
public class Backend {

    private static final Logger log = LoggerFactory.getLogger(Backend.class);
    /** The failure audit's placeholder for why execution failed; a command may set it, else the message is used. */
    private static final String REASON = "Reason";

    private final CommandRegistry commands;
    private final QueryRegistry queries;
    private final AuditLogDirector auditLog;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate inNewTransaction;
    private final TransactionTemplate readOnly;

    public Backend(CommandRegistry commands, QueryRegistry queries, AuditLogDirector auditLog,
            PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.queries = queries;
        this.auditLog = auditLog;
        this.inTransaction = new TransactionTemplate(transactionManager);
        this.inNewTransaction = new TransactionTemplate(transactionManager);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public ActionReturnValue runAction(ActionType type, ActionParametersBase parameters) {
        EngineUser user = CurrentUser.get();
        CommandBase<?> command = commands.create(type, parameters, user);
        try {
            return inTransaction.execute(status -> {
                ValidationResult validation = command.validate();
                if (!validation.isValid()) {
                    status.setRollbackOnly();
                    return ActionReturnValue.validationFailed(type, validation);
                }
                Object returnValue = command.execute();
                auditLog.log(type.successAudit(), command.auditContext(), user);
                return ActionReturnValue.success(type, returnValue);
            });
        } catch (RuntimeException e) {
            ValidationResult failure = ExecutionFailures.classify(e);
            log.warn("{} failed: {}", type, failure, e);
            command.undo();
            command.auditContext().putIfAbsent(REASON, withoutFinalStop(MessageRenderer.render(failure, type)));
            recordFailure(type, command, user);
            return ActionReturnValue.executionFailed(type, failure);
        }
    }

    /**
     * Writes what the hosts really show after a failed command, and its failure audit entry. Another engine or
     * thread may change the same rows meanwhile; the truth then stays for monitoring to write, and the audit entry
     * is written alone — the caller still gets the command's own failure, never this one.
     */
    private void recordFailure(ActionType type, CommandBase<?> command, EngineUser user) {
        try {
            inNewTransaction.executeWithoutResult(s -> {
                command.recordTruthAfterFailure();
                auditLog.log(type.failureAudit(), command.auditContext(), user);
            });
        } catch (RuntimeException e) {
            log.warn("{}: the hosts' state after the failure could not be recorded: {}", type, e.getMessage());
            inNewTransaction.executeWithoutResult(s -> auditLog.log(type.failureAudit(), command.auditContext(), user));
        }
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    public QueryReturnValue runQuery(QueryType type, QueryParametersBase parameters) {
        try {
            return QueryReturnValue.of(readOnly.execute(s -> queries.handler(type).run(parameters)));
        } catch (RuntimeException e) {
            log.warn("{} failed", type, e);
            return QueryReturnValue.failed(e.getMessage());
        }
    }
}
