package org.vfmigrate.common.businessentities.job;

/**
 * What a step of a job does. The API shows the lower-case name ({@code unplugging_vfs}) as the step's
 * {@code kind}; its oVirt {@code type} is {@code executing}, since each is part of executing the job's command.
 */
public enum StepType {
    UNPLUGGING_VFS, MIGRATING, PLUGGING_VFS
}
