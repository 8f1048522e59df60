package org.vfmigrate.backend.reliability;

import java.util.List;

/**
 * What the report says that does not change from run to run: what each part of the suite does, the invariants
 * checked, and what the model leaves out.
 */
final class SuiteTexts {

    static final List<Suite> KNOWN = List.of(
            new Suite("ProcessCrashChaosIT", "Process crashes", """
                    The packaged engine runs as its own OS process (`java -jar`, configured by environment, its own \
                    embedded PostgreSQL and data directory) with 5 simulated hosts and 12 running VMs. An \
                    administrator thread keeps putting hosts into maintenance (the engine evacuates them), \
                    activating them again, migrating VMs and unplugging and plugging NICs, while the engine is \
                    killed with SIGKILL at seeded random moments — mostly under that load, about one kill in five \
                    during the engine's own start-up — and started again each time. After the last restart the \
                    engine must settle (no unfinished migration, no host left preparing for maintenance); then every \
                    invariant below must hold, each host must be up or in maintenance with no VM and no VF on it, \
                    every VM must still run, and no request may have had a 5xx.""",
                    List.of("kill points")),
            new Suite("TwoEngineProcessesIT", "Two engine processes on one database", """
                    Two engine processes share one database: the first with its embedded PostgreSQL, the second \
                    pointed at it with `VFMIGRATE_DB_URL`, its own data directory and port; half of the VMs are \
                    started through each. Both engines take the same requests at the same moments (two threads \
                    meeting at a barrier): migrations of the same VM, unplugs and plugs of the same NIC, and updates \
                    of one vNIC profile and one VM — of two fields at once (each field must then hold what its \
                    writer was last told was stored: a lost update would show) or of the same field (one of the \
                    values answered 200 must be stored; only 200 and 409 are acceptable answers). Meanwhile a \
                    sampler checks VF ownership in the database every 100 ms. Then the engines settle and every \
                    invariant must hold, the hosts' side read from both engines' simulations.""",
                    List.of("load")),
            new Suite("FaultStormIT", "Host fault storm", """
                    In one JVM: continuous migrations of 10 VMs between 4 simulated hosts while random host faults are \
                    injected (operations that fail, hang, complete late, or whose guest never releases the VF); then \
                    the faults stop, the migrations settle, one monitoring round runs, and every invariant must \
                    hold.""",
                    List.of("storm")),
            new Suite("HostileInputIT", "Hostile API input", """
                    Seeded malformed, oversized and out-of-range requests against the API: each must get a clear \
                    4xx and write nothing (from the `hostile` work; `-Dhostile.requests`).""",
                    List.of("requests")),
            new Suite("BoundedLoadIT", "Bounded load", """
                    Sustained API load within the engine's bounds, with its latencies and errors reported (from the \
                    `hostile` work; its duration comes from `VFMIGRATE_CHAOS_LOAD_SECONDS`).""",
                    List.of("duration")));

    private SuiteTexts() {
    }

    static void invariants(Markdown md) {
        md.line("## Invariants").blank()
                .line("Checked once the engine has settled (no migration unfinished, and a few monitoring rounds, "
                        + "which plug back VFs whose reservation a failed destination plug kept), against the "
                        + "database and what the simulated hosts themselves report:").blank()
                .line("- every VM the database calls running runs exactly once, on the host the database names; a "
                        + "stopped VM runs nowhere;")
                .line("- a NIC holds at most one VF, and only on its VM's host; every plugged VF NIC of a running VM "
                        + "holds one;")
                .line("- no VF stays reserved without an unfinished migration;")
                .line("- every migration ended done or undone;")
                .line("- the VF of every plugged VF NIC is present in the VM's live XML on its host;")
                .line("- every done and every undone migration has its audit entry;")
                .line("- (process crashes) each host is up or in maintenance, and a host in maintenance runs no VM "
                        + "and holds no VF; every VM still runs;")
                .line("- (two engines) at every sampled moment no VF is held for a NIC of another VM, nor away from "
                        + "its VM's host other than on the destination of the VM's unfinished migration (that a VF "
                        + "has one holder and a NIC one VF per host, the schema itself ensures); no update is lost;")
                .line("- no request gets a 5xx: a race or a crash may refuse a request (409, 400), never fail it.")
                .blank();
    }

    static void limits(Markdown md) {
        md.line("## What the model leaves out").blank()
                .line("- **Simulated hosts live inside the engine process.** A SIGKILL loses the hosts' state with "
                        + "the engine and keeps the database: the restarted engine puts every VM back where the "
                        + "database records it, with the VFs its NICs hold — as real hosts would still run them — and "
                        + "recovery then finishes or undoes what was in flight. A migration in flight at the kill "
                        + "does not go on without the engine, so after the restart the VM is always found on its "
                        + "source and the migration is undone; the case of a host that finished a migration while "
                        + "the engine was down (recovery finishing it on the destination) is covered in one JVM by "
                        + "`MigrationCrashRecoveryIT`, not here.")
                .line("- **Two engine processes cannot share simulated hosts.** Each process simulates the same "
                        + "hosts for itself; the second engine starts before any VM runs, and each VM runs in the "
                        + "simulation of the engine that started it. A request that reaches the other engine fails "
                        + "on the host side (no such domain there) and must be refused or undone as cleanly as any "
                        + "host failure; one that reaches the VM's own engine really moves or plugs it. Either way "
                        + "the engines meet in the database — VM locks, VF claims on the shared hosts, row versions "
                        + "— which is what this part is about; the hosts' side of the invariants reads both "
                        + "simulations together. Races on one shared simulation are covered in one JVM by "
                        + "`TwoEnginesMigrationIT`.")
                .line("- **A seed fixes choices, not thread interleavings.** The engine's own timing varies from run "
                        + "to run, and more so on a busy machine; the figures are those of this run.")
                .line("- **Timings are indicative.** The machine was shared with other builds; durations and "
                        + "restart times say how long the run took here, they are not benchmarks (see "
                        + "`docs/benchmarks.md`).")
                .blank();
    }
}
