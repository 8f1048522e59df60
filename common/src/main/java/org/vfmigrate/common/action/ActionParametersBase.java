package org.vfmigrate.common.action;

/** Marker for the immutable parameters of an action; each action has its own record. */
public interface ActionParametersBase {
}
