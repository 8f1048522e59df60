package org.vfmigrate.backend.bll;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * Runs only a command's {@code validate()} — its chain of validators with the reads they need — in a read-only
 * transaction of a running engine, as {@link Backend#runAction} would before executing. For benchmarks of the
 * validators; nothing is written.
 */
public final class CommandValidation {

    private final CommandRegistry commands;
    private final TransactionTemplate readOnly;

    public CommandValidation(ApplicationContext engine) {
        this.commands = engine.getBean(CommandRegistry.class);
        this.readOnly = new TransactionTemplate(engine.getBean(PlatformTransactionManager.class));
        this.readOnly.setReadOnly(true);
    }

    public ValidationResult validate(ActionType type, ActionParametersBase parameters) {
        CommandBase<?> command = commands.create(type, parameters, EngineUser.SYSTEM);
        return readOnly.execute(s -> command.validate());
    }
}
