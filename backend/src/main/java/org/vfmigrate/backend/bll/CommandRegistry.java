package org.vfmigrate.backend.bll;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionType;

/**
 * Finds the command class of each {@link ActionType} (by {@link CommandFor}) once at start-up and makes a fresh
 * command instance per invocation. An action without a command, or with two, stops the engine from starting.
 */
@Component
public class CommandRegistry {

    private final BeanFactory beanFactory;
    private final Map<ActionType, String> beanNames = new EnumMap<>(ActionType.class);

    public CommandRegistry(ListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
        for (String name : beanFactory.getBeanNamesForType(CommandBase.class, true, false)) {
            CommandFor target = beanFactory.findAnnotationOnBean(name, CommandFor.class);
            if (target == null) {
                throw new IllegalStateException("command bean " + name + " lacks @CommandFor");
            }
            for (ActionType type : target.value()) {
                String previous = beanNames.put(type, name);
                if (previous != null) {
                    throw new IllegalStateException(type + " has two commands: " + previous + ", " + name);
                }
            }
        }
        for (ActionType type : ActionType.values()) {
            if (!beanNames.containsKey(type)) {
                throw new IllegalStateException("no command carries out " + type);
            }
        }
    }

    CommandBase<?> create(ActionType type, ActionParametersBase parameters, EngineUser user) {
        CommandBase<?> command = (CommandBase<?>) beanFactory.getBean(beanNames.get(type));
        command.init(type, parameters, user);
        return command;
    }
}
