package org.vfmigrate.backend.config;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the engine's start-up work is done: simulated hosts given back their VMs, unfinished migrations
 * recovered, demo data added. Scheduling starts before that work, so periodic jobs (evacuation, balancing,
 * monitoring) skip their rounds until the engine is ready rather than act on a half-recovered state.
 */
@Component
public class EngineReadiness {

    private volatile boolean ready;

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }
}
