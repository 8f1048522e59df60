package org.vfmigrate.backend.restapi.model;

/** {@code <cpu><topology>…</topology></cpu>}. */
public class Cpu {

    public CpuTopology topology;
}
