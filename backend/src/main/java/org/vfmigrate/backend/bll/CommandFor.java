package org.vfmigrate.backend.bll;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.vfmigrate.common.action.ActionType;

/** Names the action(s) a command class carries out; the {@link CommandRegistry} finds commands by it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CommandFor {

    ActionType[] value();
}
