package org.vfmigrate.backend.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.config.EngineSettings;
import org.vfmigrate.dal.dao.engine.EngineInstanceDao;

/**
 * This engine's identity among the engines sharing the database, and its lease on the migrations it carries: a
 * heartbeat renewed every {@code VFMIGRATE_HEARTBEAT_MS}; an engine silent for longer than
 * {@code VFMIGRATE_ENGINE_LEASE_MS} is taken for stopped and its migrations are recovered by another engine. The
 * identity is kept in the data directory ({@code engine-id}), so the same engine restarted recovers its own
 * migrations at once instead of waiting for its lease to run out.
 */
@Component
public class EngineLease {

    private static final Logger log = LoggerFactory.getLogger(EngineLease.class);
    private static final String ID_FILE = "engine-id";

    private final EngineInstanceDao engines;
    private final TransactionTemplate tx;
    private final UUID self;
    private final String name;
    private final Duration lease;
    private final Duration heartbeatInterval;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "engine-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public EngineLease(EngineInstanceDao engines, PlatformTransactionManager tm, EngineSettings settings,
            Environment env) {
        this.engines = engines;
        this.tx = new TransactionTemplate(tm);
        this.self = identity(settings.dataDirectory());
        this.name = hostName() + ":" + settings.dataDirectory().toAbsolutePath().normalize();
        this.lease = Duration.ofMillis(env.getProperty("VFMIGRATE_ENGINE_LEASE_MS", Long.class, 30_000L));
        this.heartbeatInterval = Duration.ofMillis(env.getProperty("VFMIGRATE_HEARTBEAT_MS", Long.class, 5_000L));
    }

    /** This engine's id. */
    public UUID self() {
        return self;
    }

    /** How long an engine may stay silent before its migrations are taken over. */
    public Duration lease() {
        return lease;
    }

    /**
     * Starts the heartbeat on a thread of its own: a scheduled job that hangs on a host (a plug waiting for its
     * timeout) must not silence the engine and have its live migrations taken over.
     */
    @PostConstruct
    void startHeartbeat() {
        heartbeat.scheduleWithFixedDelay(this::renew, 0, heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the heartbeat: once the lease runs out, other engines take this one's migrations over. */
    @PreDestroy
    void stopHeartbeat() {
        heartbeat.shutdownNow();
    }

    /** Tells the other engines that this one lives. */
    private void renew() {
        try {
            tx.executeWithoutResult(s -> engines.heartbeat(self, name));
        } catch (RuntimeException e) {
            log.warn("Could not renew the engine's heartbeat: {}", e.getMessage());
        }
    }

    private static UUID identity(Path dataDirectory) {
        Path file = dataDirectory.resolve(ID_FILE);
        try {
            if (Files.exists(file)) {
                return UUID.fromString(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            UUID id = UUID.randomUUID();
            Files.writeString(file, id + "\n", StandardCharsets.US_ASCII);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the engine id in " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold an engine id; remove it to get a new one", e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
