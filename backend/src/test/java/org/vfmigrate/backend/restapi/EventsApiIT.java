package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.restapi.mapper.EventMapper;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.Version;

/**
 * {@code /events} over real HTTP: the audit log newest first with oVirt's fields, {@code max} and {@code from}
 * paging that misses nothing, a single event, and bad paging values refused.
 */
class EventsApiIT extends RunningVmApiTestBase {

    @Test
    void eventsAreTheAuditLogNewestFirstWithTheirObjects() {
        UUID host = f.host("h1", 1);
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);
        start(vm);

        Xml events = getXml(API + "/events");

        AuditLog newest = audit().get(0);
        assertThat(events.count("/events/event")).isEqualTo(audit().size());
        String first = "/events/event[1]";
        assertThat(events.text(first + "/@id")).isEqualTo(newest.getId().toString());
        assertThat(events.text(first + "/@href")).isEqualTo(API + "/events/" + newest.getId());
        assertThat(events.text(first + "/name")).isEqualTo("USER_RUN_VM");
        assertThat(events.text(first + "/code")).isEqualTo(String.valueOf(EventMapper.code(AuditLogType.USER_RUN_VM)));
        assertThat(events.text(first + "/description")).isEqualTo("VM vm1 was started by admin@internal (Host: h1).");
        assertThat(events.text(first + "/severity")).isEqualTo("normal");
        assertThat(events.text(first + "/time")).as("oVirt's date form, milliseconds always")
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(events.text(first + "/time")))
                .isEqualTo(newest.getLogTime().truncatedTo(ChronoUnit.MILLIS));
        assertThat(events.text(first + "/user/name")).isEqualTo("admin@internal");
        assertThat(events.text(first + "/vm/@id")).isEqualTo(vm);
        assertThat(events.text(first + "/host/@id")).isEqualTo(host.toString());
        assertThat(Long.parseLong(events.text("/events/event[1]/@id")))
                .isGreaterThan(Long.parseLong(events.text("/events/event[2]/@id")));

        JsonNode one = getJson(API + "/events/" + newest.getId());
        assertThat(one.path("name").asText()).isEqualTo("USER_RUN_VM");
        assertThat(one.path("vm").path("id").asText()).isEqualTo(vm);
        assertThat(api.get(API + "/events/" + (newest.getId() + 1000)).statusCode()).isEqualTo(404);
    }

    @Test
    void maxAndFromPageWithoutGaps() {
        for (int i = 0; i < 7; i++) {
            dataCenter("dc" + i, Version.V4_6);
        }
        List<AuditLog> all = audit();
        long oldest = all.get(all.size() - 1).getId();

        Xml latest = getXml(API + "/events?max=3");
        assertThat(latest.count("/events/event")).isEqualTo(3);
        assertThat(latest.text("/events/event[1]/description")).isEqualTo("Data Center dc6 was added by SYSTEM.");

        Xml afterOldest = getXml(API + "/events?from=" + oldest + "&max=2");
        assertThat(afterOldest.count("/events/event")).isEqualTo(2);
        assertThat(afterOldest.text("/events/event[2]/@id")).as("the oldest after 'from' comes in the first page")
                .isEqualTo(String.valueOf(oldest + 1));
        assertThat(afterOldest.text("/events/event[1]/@id")).isEqualTo(String.valueOf(oldest + 2));

        Xml rest = getXml(API + "/events?from=" + all.get(0).getId());
        assertThat(rest.count("/events/event")).isZero();
        assertThat(getJson(API + "/events?max=1").path("event")).hasSize(1);
    }

    @Test
    void badPagingValuesAre400() {
        assertThat(fault(api.get(API + "/events?max=0"), 400)).contains("'max'");
        assertThat(fault(api.get(API + "/events?max=501"), 400)).contains("from 1 to 500");
        assertThat(fault(api.get(API + "/events?max=many"), 400)).contains("'max'");
        assertThat(fault(api.get(API + "/events?from=-1"), 400)).contains("'from'");
        assertThat(fault(api.get(API + "/events?from=x"), 400)).contains("'from'");
        assertThat(fault(api.get(API + "/events/abc"), 400)).contains("'id'");
        assertThat(readOnly.get(API + "/events").statusCode()).isEqualTo(200);
        assertThat(new org.vfmigrate.backend.testing.ApiClient(port).get(API + "/events").statusCode()).isEqualTo(401);
    }

    @Test
    void theApiRootLinksToTheNewCollections() {
        Xml root = getXml(API);
        for (String rel : List.of("hosts", "vms", "events")) {
            assertThat(root.text("/api/link[@rel='" + rel + "']/@href")).isEqualTo(API + "/" + rel);
        }
    }
}
