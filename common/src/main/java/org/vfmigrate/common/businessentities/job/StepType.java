package org.vfmigrate.common.businessentities.job;

/** What a step of a job does; the API shows the lower-case name ({@code unplugging_vfs}). */
public enum StepType {
    UNPLUGGING_VFS, MIGRATING, PLUGGING_VFS
}
