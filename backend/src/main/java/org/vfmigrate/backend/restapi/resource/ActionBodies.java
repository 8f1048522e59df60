package org.vfmigrate.backend.restapi.resource;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.mapper.ApiValues;
import org.vfmigrate.backend.restapi.model.Action;
import org.vfmigrate.backend.restapi.model.Host;

/** What an {@code <action>} body says beyond "do it": for now, the host a VM start should use. */
final class ActionBodies {

    private ActionBodies() {
    }

    /**
     * The host named by {@code <host id/>} or by oVirt's {@code <vm><placement_policy><hosts><host id/>}; null
     * when none is named. Naming two different hosts, or several placement hosts, is refused: the engine runs a
     * VM on one chosen host or lets the scheduler pick.
     */
    static UUID chosenHost(Action body) {
        if (body == null) {
            return null;
        }
        UUID direct = body.host == null ? null : ApiValues.parseOptionalId("host.id", body.host.id);
        UUID placed = placementHost(body);
        if (direct != null && placed != null && !direct.equals(placed)) {
            throw new ApiFaultException(HttpStatus.BAD_REQUEST, "Invalid value",
                    "The action names two different hosts (host " + direct + ", placement_policy host " + placed
                            + "); name one.");
        }
        return direct != null ? direct : placed;
    }

    private static UUID placementHost(Action body) {
        if (body.vm == null || body.vm.placementPolicy == null || body.vm.placementPolicy.hosts == null) {
            return null;
        }
        // JSON may say "host": null or [null]: no list is an empty one, and a null entry names no host, as {} does
        List<Host> named = body.vm.placementPolicy.hosts.items;
        List<Host> hosts = named == null ? List.of() : named.stream().filter(Objects::nonNull).toList();
        if (hosts.size() > 1) {
            throw new ApiFaultException(HttpStatus.BAD_REQUEST, "Invalid value",
                    "placement_policy names " + hosts.size() + " hosts; this engine starts a VM on one named host "
                            + "or lets the scheduler choose.");
        }
        return hosts.isEmpty() ? null : ApiValues.parseOptionalId("vm.placement_policy.hosts.host.id", hosts.get(0).id);
    }
}
