package org.vfmigrate.backend.config;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/** Checks every setting as soon as the environment is known, before anything starts listening or writing. */
public class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        EngineSettings.from(event.getEnvironment());
    }
}
