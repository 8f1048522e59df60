package org.vfmigrate.backend.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.process.EngineProcess;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.Xml;

/**
 * Concurrent API load on two engines sharing one database, each kind of request from a worker thread of its own
 * and every request sent to both engines at the same moment ({@link Race}): migrations of the same VM (to the same
 * host or to no host in particular), unplugs and plugs of the same NIC, and the {@link LostUpdateProbe}s on a
 * vNIC profile and a VM. Every choice comes from a seeded random (one per worker, so the workers' sequences do not
 * depend on each other's timing).
 */
final class TwoEngineLoad {

    private final EngineProcess one;
    private final EngineProcess two;
    private final ChaosTopology topology;
    private final Answers answers = new Answers();
    private final List<LostUpdateProbe> probes = new ArrayList<>();
    private final Random seeds;

    TwoEngineLoad(EngineProcess one, EngineProcess two, ChaosTopology topology, long seed) {
        this.one = one;
        this.two = two;
        this.topology = topology;
        this.seeds = new Random(seed);
    }

    /** Adds a lost-update probe, run round after round by a worker of its own. */
    void probe(LostUpdateProbe probe) {
        probes.add(probe);
    }

    /** Runs every worker for {@code duration}; returns when all have stopped. */
    void run(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        workers.add(this::raceMigrations);
        workers.add(this::raceMigrations);
        workers.add(this::raceNics);
        for (LostUpdateProbe probe : probes) {
            workers.add((race, random) -> probe.round(race, one.api(), two.api(), random));
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        List<Future<?>> running = new ArrayList<>();
        for (Worker worker : workers) {
            Random random = new Random(seeds.nextLong());
            running.add(pool.submit(() -> {
                try (Race race = new Race(answers)) {
                    while (System.nanoTime() < deadline) {
                        worker.step(race, random);
                    }
                }
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new AssertionError("a load worker failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    Answers answers() {
        return answers;
    }

    List<LostUpdateProbe> probes() {
        return probes;
    }

    /** One step of a worker. */
    private interface Worker {
        void step(Race race, Random random);
    }

    /** Both engines are asked to migrate one VM, to the same host or to none in particular. */
    private void raceMigrations(Race race, Random random) {
        List<String> vms = topology.vmIds();
        String vm = vms.get(random.nextInt(vms.size()));
        String body = random.nextBoolean() ? "<action/>"
                : "<action><host id=\"" + topology.hosts.get(random.nextInt(topology.hosts.size())) + "\"/></action>";
        String path = EngineApi.ROOT + "/vms/" + vm + "/migrate";
        Race.Pair answered = race.run("migrate", () -> one.api().post(path, body), "migrate",
                () -> two.api().post(path, body));
        answers.record("migrate race " + answered.statuses());
        SettledEngineCheck.pause(Duration.ofMillis(200 + random.nextInt(500)));
    }

    /** Both engines are asked to unplug one NIC when it is plugged, or to plug it when it is not. */
    private void raceNics(Race race, Random random) {
        List<String> vms = topology.vmIds();
        String vm = vms.get(random.nextInt(vms.size()));
        String nic = EngineApi.ROOT + "/vms/" + vm + "/nics/" + topology.nics.get(vm);
        ApiClient reader = one.api();
        String action = Xml.parse(reader.get(nic).body()).text("/nic/plugged").equals("true") ? "deactivate" : "activate";
        Race.Pair answered = race.run("nic " + action, () -> one.api().post(nic + "/" + action, "<action/>"),
                "nic " + action, () -> two.api().post(nic + "/" + action, "<action/>"));
        answers.record("nic " + action + " race " + answered.statuses());
        SettledEngineCheck.pause(Duration.ofMillis(200 + random.nextInt(500)));
    }
}
