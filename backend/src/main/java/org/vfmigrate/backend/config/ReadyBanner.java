package org.vfmigrate.backend.config;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.security.ApiUsers;
import org.vfmigrate.backend.restapi.security.CredentialsStore;

/**
 * Tells the person who started the engine where it listens, how to log in, and one request to try. Off with
 * {@code vfmigrate.ready-banner=false}, for a program that starts the engine and says so itself (the demo).
 */
@Component
@ConditionalOnProperty(name = "vfmigrate.ready-banner", havingValue = "true", matchIfMissing = true)
public class ReadyBanner {

    private final EngineSettings settings;
    private final ApiUsers users;

    public ReadyBanner(EngineSettings settings, ApiUsers users) {
        this.settings = settings;
        this.users = users;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : settings.port();
        print(System.out, port, ManagementFactory.getRuntimeMXBean().getUptime());
    }

    void print(PrintStream out, int port, long uptimeMillis) {
        String base = "http://" + hostForUrl(settings.bind()) + ":" + port;
        String adminPassword = shown(users.admin(), EngineSettings.ADMIN_PASSWORD);
        out.printf("%nvfmigrate engine ready in %.1f s%n", uptimeMillis / 1000.0);
        out.println("  API        " + base + ApiPaths.ROOT);
        out.println("  admin      " + ApiUsers.ADMIN + " / " + adminPassword);
        out.println("  read-only  " + ApiUsers.READ_ONLY + " / " + shown(users.readOnly(), EngineSettings.USER_PASSWORD));
        out.println("  data       " + settings.dataDirectory());
        out.println("  try        curl -s -u " + adminCredentials() + " " + base + ApiPaths.VNIC_PROFILES);
        out.println();
        out.flush();
    }

    /**
     * The {@code -u} argument as a shell takes it when the line is pasted: a generated password (URL-safe Base64,
     * nothing a shell treats specially) in single quotes; a configured one as its variable in double quotes, so
     * that the shell expands it.
     */
    private String adminCredentials() {
        return users.admin().generated() ? "'" + ApiUsers.ADMIN + ":" + users.admin().password() + "'"
                : "\"" + ApiUsers.ADMIN + ":$" + EngineSettings.ADMIN_PASSWORD + "\"";
    }

    private static String shown(CredentialsStore.Resolved credential, String variable) {
        return credential.generated() ? credential.password() : "$" + variable;
    }

    private static String hostForUrl(String bind) {
        if (bind.equals("0.0.0.0") || bind.equals("::")) {
            return "127.0.0.1";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}
