package org.vfmigrate.backend.migration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.host.NicHotplug;
import java.util.HashMap;
import java.util.Map;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.xml.builder.MigrationXmlRewriter;
import org.vfmigrate.vdsbroker.host.HostEvents;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.host.MigrationResult;

/**
 * Carries a reserved migration through its phases (engine-managed mode): unplug only the VF of each VF NIC on
 * the source — the failover twin stays and carries the traffic — then migrate, then plug the reserved VFs on the
 * destination. A failure before the VM left the source is undone: what was unplugged is plugged back on the
 * source and the destination reservations are released. A destination plug that keeps failing leaves the VM on
 * virtio with its reservation, after bounded retries, and says so in the audit log.
 */
@Component
public class MigrationOrchestrator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MigrationOrchestrator.class);
    private static final String CANCELLED = "the migration was cancelled";

    private final MigrationState state;
    private final MigrationMetrics metrics;
    private final MigrationProgressFollower follower;
    private final HostDrivers drivers;
    private final NicHotplug hotplug;
    private final Clock clock;
    private final Duration migrationBound;
    private final int replugAttempts;
    private final long replugBackoffMs;
    private final Duration downtimeStep;
    private final AtomicInteger threads = new AtomicInteger();
    private final java.util.Set<UUID> cancelled = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Migrations whose VM the host has moved: past the point where a cancel can undo them. */
    private final java.util.Set<UUID> arrived = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<UUID, CompletableFuture<Void>> completions = new java.util.concurrent.ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "migration-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public MigrationOrchestrator(MigrationState state, HostDrivers drivers, NicHotplug hotplug, Clock clock,
            Environment env, MigrationMetrics metrics, MigrationProgressFollower follower) {
        this.state = state;
        this.metrics = metrics;
        this.follower = follower;
        this.drivers = drivers;
        this.hotplug = hotplug;
        this.clock = clock;
        this.migrationBound = Duration.ofSeconds(env.getProperty("VFMIGRATE_MIGRATION_TIMEOUT_S", Long.class, 600L));
        this.replugAttempts = env.getProperty("VFMIGRATE_REPLUG_ATTEMPTS", Integer.class, 3);
        this.replugBackoffMs = env.getProperty("VFMIGRATE_REPLUG_BACKOFF_MS", Long.class, 1000L);
        this.downtimeStep = Duration.ofMillis(env.getProperty("VFMIGRATE_DOWNTIME_STEP_MS", Long.class, 10_000L));
    }

    /** Carries the migration on in the background. */
    public void start(UUID migrationId) {
        CompletableFuture<Void> completion = completions.computeIfAbsent(migrationId, id -> new CompletableFuture<>());
        executor.execute(() -> {
            try {
                run(state.load(migrationId));
            } catch (MigrationHandedOver e) {
                log.info("Migration {} left to recovery: {}", migrationId, e.getMessage());
            } catch (RuntimeException e) {
                log.error("Migration {} stopped unexpectedly; recovery will finish or undo it", migrationId, e);
            } finally {
                completions.remove(migrationId);
                completion.complete(null);
            }
        });
    }

    /** Registers a migration about to start, so that its completion can be awaited before it runs. */
    void expect(UUID migrationId) {
        completions.computeIfAbsent(migrationId, id -> new CompletableFuture<>());
    }

    /** Forgets a migration whose start was rolled back. */
    void abandon(UUID migrationId) {
        CompletableFuture<Void> expected = completions.remove(migrationId);
        if (expected != null) {
            expected.complete(null);
        }
    }

    /** Whether this engine is carrying the migration on (or about to start it). */
    boolean isCarrying(UUID migrationId) {
        return completions.containsKey(migrationId);
    }

    /**
     * Completes when this engine has carried the migration as far as it can (done, undone, or left to recovery);
     * already complete for a migration this engine is not running.
     */
    public CompletableFuture<Void> completion(UUID migrationId) {
        CompletableFuture<Void> running = completions.get(migrationId);
        return running != null ? running : CompletableFuture.completedFuture(null);
    }

    /**
     * Asks a running migration to stop: it is undone at the next step, and a migration job already running on
     * the source is cancelled there. False when the VM has already arrived on the destination: nothing is left
     * to cancel, and the migration finishes.
     */
    public boolean cancel(UUID migrationId, String sourceAddress, String vmName) {
        synchronized (arrived) {
            if (arrived.contains(migrationId)) {
                return false;
            }
            cancelled.add(migrationId);
        }
        try {
            drivers.driver(sourceAddress).cancelMigration(vmName);
        } catch (RuntimeException e) {
            // no migration job running yet: the next step sees the flag
        }
        return true;
    }

    /** The host reports the VM on the destination; from now on a cancel is refused. */
    private void markArrived(MigrationPlan plan) {
        synchronized (arrived) {
            arrived.add(plan.migrationId());
        }
    }

    void run(MigrationPlan plan) {
        try {
            runPhases(plan);
        } finally {
            cancelled.remove(plan.migrationId());
            arrived.remove(plan.migrationId());
        }
    }

    private void runPhases(MigrationPlan plan) {
        if (plan.mode() == MigrationMode.HYPERVISOR_MANAGED
                && plan.nics().stream().allMatch(MigrationPlan.MovingNic::hasFailover)) {
            // only a teaming-transient VF can be moved by the hypervisor; other VF NICs fall back to the engine
            runHypervisorManaged(plan);
            return;
        }
        Instant started = clock.instant();
        List<MigrationPlan.MovingNic> unplugged = new ArrayList<>();
        if (cancelled.contains(plan.migrationId())) {
            undo(plan, unplugged, UndoCause.CANCELLED, "starting", new IllegalStateException(CANCELLED));
            return;
        }
        state.phase(plan, MigrationPhase.UNPLUGGING);
        try {
            for (MigrationPlan.MovingNic nic : plan.nics()) {
                hotplug.unplugPrimary(plan.source().getAddress(), plan.vmName(), nic.atSource());
                unplugged.add(nic);
                if (cancelled.contains(plan.migrationId())) {
                    throw new IllegalStateException(CANCELLED);
                }
            }
        } catch (RuntimeException e) {
            undo(plan, unplugged, UndoCause.UNPLUG, "unplugging the VFs on the source", e);
            return;
        }
        Instant unpluggedAt = clock.instant();
        state.phase(plan, MigrationPhase.MIGRATING);
        MigrationResult result;
        try (HostEvents.Subscription following = follower.follow(plan)) {
            result = awaitMigration(plan,
                    drivers.driver(plan.source().getAddress()).migrate(plan.vmName(), request(plan)));
        } catch (RuntimeException e) {
            state.ensureCarried(plan);
            stopHostJob(plan);
            undo(plan, unplugged, UndoCause.MIGRATE, "migrating", cancelled.contains(plan.migrationId())
                    ? new IllegalStateException(CANCELLED) : e);
            return;
        }
        markArrived(plan);
        finish(plan, new Progress(started, unpluggedAt, clock.instant(), result.downtime()));
    }

    /**
     * Hypervisor-managed mode: one migrate call with a destination XML naming the reserved VFs; the host unplugs
     * the teaming-transient VF, migrates and plugs the named VF itself. The engine then checks the result and
     * plugs, the engine-managed way, any VF the destination does not show.
     */
    private void runHypervisorManaged(MigrationPlan plan) {
        Instant started = clock.instant();
        state.phase(plan, MigrationPhase.MIGRATING);
        MigrationResult result;
        try (HostEvents.Subscription following = follower.follow(plan)) {
            Map<String, PciAddress> vfs = new HashMap<>();
            plan.nics().forEach(n -> vfs.put(NicAliases.primary(n.nicId()), n.atDestination().vf()));
            String destinationXml = new MigrationXmlRewriter().rewrite(
                    drivers.driver(plan.source().getAddress()).liveXml(plan.vmName()), vfs);
            result = awaitMigration(plan, drivers.driver(plan.source().getAddress()).migrate(plan.vmName(),
                    request(plan).withDestinationXml(destinationXml)));
        } catch (RuntimeException e) {
            state.ensureCarried(plan);
            stopHostJob(plan);
            undo(plan, missingOnSource(plan), UndoCause.MIGRATE, "migrating", cancelled.contains(plan.migrationId())
                    ? new IllegalStateException(CANCELLED) : e);
            return;
        }
        markArrived(plan);
        Instant migrated = clock.instant();
        finish(plan, new Progress(started, started, migrated, result.downtime()), missingOn(plan.destination(), plan));
    }

    /** When each phase ended, for the timings; null when unknown (recovery after a restart). */
    record Progress(Instant started, Instant unplugged, Instant migrated, Duration downtime) {
    }

    /** The VM runs on the destination: record it there, plug its reserved VFs, and close the migration. */
    void finish(MigrationPlan plan, Progress progress) {
        finish(plan, progress, plan.nics());
    }

    /** After a restart the VM is on the destination: plug only the VFs the destination does not show. */
    void finishAfterRestart(MigrationPlan plan) {
        finish(plan, null, missingOn(plan.destination(), plan));
    }

    /**
     * The destination plugs are requested the moment the host reports the VM there (the reaction the metrics
     * time); the arrival and the VF holders are recorded right after. A restart in between is finished by
     * recovery, which plugs only what the destination lacks.
     */
    private void finish(MigrationPlan plan, Progress progress, List<MigrationPlan.MovingNic> toPlug) {
        long migratedNanos = System.nanoTime();
        boolean first = true;
        List<MigrationPlan.MovingNic> plugged = new ArrayList<>();
        List<String> notPlugged = new ArrayList<>();
        for (MigrationPlan.MovingNic nic : plan.nics()) {
            if (!toPlug.contains(nic)) {
                plugged.add(nic);
                continue;
            }
            if (first && progress != null) {
                metrics.reaction(plan.mode(), Duration.ofNanos(System.nanoTime() - migratedNanos));
                first = false;
            }
            if (plugWithRetries(plan, nic)) {
                plugged.add(nic);
            } else {
                notPlugged.add(nic.name());
            }
        }
        Instant now = clock.instant();
        Progress p = progress != null ? progress : new Progress(now, now, now, Duration.ZERO);
        state.arrivedAndDone(plan, plugged, new MigrationTimings(p.started(), p.unplugged(), p.migrated(), now,
                p.downtime(), plan.anyLegacyNic()), notPlugged);
    }

    /** The VM is still on the source after a restart: plug back whatever VF the source no longer shows. */
    void undoAfterRestart(MigrationPlan plan) {
        undo(plan, missingOnSource(plan), UndoCause.RESTART, "the engine was restarting",
                new IllegalStateException("the engine stopped mid-migration"));
    }

    /**
     * The VFs to plug back on the source when undoing; none when the source does not run the VM at all (it has
     * nothing to plug them into, and the undo must still end the migration and release its reservations).
     */
    private List<MigrationPlan.MovingNic> missingOnSource(MigrationPlan plan) {
        try {
            return missingOn(plan.source(), plan);
        } catch (HostOperationException e) {
            if (e.reason() != HostOperationException.Reason.NOT_FOUND) {
                throw e;
            }
            log.warn("VM {} does not run on its source {} any more; nothing to plug back there", plan.vmName(),
                    plan.source().getName());
            return List.of();
        }
    }

    /** The moving NICs whose VF the host's live XML does not show. */
    private List<MigrationPlan.MovingNic> missingOn(org.vfmigrate.common.businessentities.host.Host host,
            MigrationPlan plan) {
        java.util.Set<String> shown = drivers.driver(host.getAddress()).liveInterfaceAliases(plan.vmName());
        return plan.nics().stream().filter(nic -> !shown.contains(NicAliases.primary(nic.nicId()))).toList();
    }

    /** Live, peer-to-peer, starting with the first downtime of the VM's effective migration policy. */
    private MigrationRequest request(MigrationPlan plan) {
        return new MigrationRequest(HostDrivers.migrationUri(plan.destination().getAddress()), true, true,
                plan.policy().initialDowntime(), 0, null);
    }

    /** Waits for the host's migration job, stepping its allowed downtime up as the policy schedules. */
    private MigrationResult awaitMigration(MigrationPlan plan,
            java.util.concurrent.CompletableFuture<MigrationResult> job) {
        String source = plan.source().getAddress();
        return new DowntimeStepping(drivers.driver(source), source, plan.vmName())
                .await(job, plan.policy(), downtimeStep, bound(plan));
    }

    /** How long the host may take: the policy's convergence timeout, never more than the engine's bound. */
    private Duration bound(MigrationPlan plan) {
        Duration policy = plan.policy().convergenceTimeout();
        return policy.compareTo(migrationBound) < 0 ? policy : migrationBound;
    }

    private boolean plugWithRetries(MigrationPlan plan, MigrationPlan.MovingNic nic) {
        long backoff = replugBackoffMs;
        for (int attempt = 1; attempt <= replugAttempts; attempt++) {
            try {
                hotplug.plugPrimary(plan.destination().getAddress(), plan.vmName(), nic.atDestination());
                return true;
            } catch (RuntimeException e) {
                state.ensureCarried(plan);
                log.warn("Plugging {} of VM {} on {} failed (attempt {} of {}): {}", nic.name(), plan.vmName(),
                        plan.destination().getName(), attempt, replugAttempts, e.getMessage());
                sleep(attempt < replugAttempts ? backoff : 0);
                backoff *= 2;
            }
        }
        return false;
    }

    private void undo(MigrationPlan plan, List<MigrationPlan.MovingNic> unplugged, UndoCause why, String whileDoing,
            RuntimeException cause) {
        state.phase(plan, MigrationPhase.UNDOING);
        List<String> restored = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (MigrationPlan.MovingNic nic : unplugged) {
            try {
                hotplug.plugPrimary(plan.source().getAddress(), plan.vmName(), nic.atSource());
                restored.add(nic.name());
            } catch (RuntimeException e) {
                lost.add(nic.name());
            }
        }
        String outcome = unplugged.isEmpty() ? "nothing had been unplugged"
                : (restored.isEmpty() ? "" : "VF(s) plugged back: " + String.join(", ", restored))
                        + (lost.isEmpty() ? "" : (restored.isEmpty() ? "" : "; ") + "VF(s) that could not be plugged "
                        + "back: " + String.join(", ", lost));
        UndoCause tagged = cancelled.contains(plan.migrationId()) ? UndoCause.CANCELLED : why;
        state.undone(plan, tagged, whileDoing, cause.getMessage(), outcome, lost.size());
    }

    /** A migration that timed out may still run on the host: stop it before undoing, quietly if there is none. */
    private void stopHostJob(MigrationPlan plan) {
        try {
            drivers.driver(plan.source().getAddress()).cancelMigration(plan.vmName());
        } catch (RuntimeException e) {
            // no job left on the host
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        state.stop();
        executor.shutdownNow();
    }
}
