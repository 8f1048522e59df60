package org.vfmigrate.vdsbroker.host.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One injected fault: on {@code operation} for {@code vm} (a domain name or {@code *}), behave as
 * {@code kind}, {@code times} times (default 1). JSON shape:
 * {@code {"operation":"hot_plug","vm":"demo-vm","kind":"fail","times":1}}.
 *
 * @param operation start, hot_plug, hot_unplug or migrate
 * @param vm domain name, or {@code *} for any
 * @param kind fail, hang, delay or no_ack
 * @param times how many operations it affects (≥ 1; null means 1)
 * @param delayMs added latency for {@code delay} (required there, > 0)
 * @param message error text for {@code fail} (optional)
 */
public record SimFault(Operation operation, String vm, Kind kind, Integer times, Long delayMs, String message) {

    /** Operations that accept faults. */
    public enum Operation {
        START, HOT_PLUG, HOT_UNPLUG, MIGRATE;

        public static Operation parse(String s) {
            return SimFault.parseEnum(Operation.class, s, "operation");
        }
    }

    /** Fault behaviours. */
    public enum Kind {
        /** The operation fails with an error. */
        FAIL,
        /** The operation never completes. */
        HANG,
        /** The operation completes {@code delay_ms} later than it would. */
        DELAY,
        /** The guest never acknowledges the unplug (hot_unplug, and the VF unplug of a migration). */
        NO_ACK,
        /** The operation behaves normally; it uses up a turn, so that a fault listed after it hits a later call. */
        PASS;

        public static Kind parse(String s) {
            return SimFault.parseEnum(Kind.class, s, "kind");
        }
    }

    public SimFault {
        vm = vm == null ? "*" : vm.trim();
        times = times == null ? 1 : times;
        List<String> problems = problems(operation, vm, kind, times, delayMs);
        if (!problems.isEmpty()) {
            throw new SimSettingsException(problems);
        }
    }

    /** Whether this fault applies to {@code op} on {@code vmName}. */
    public boolean matches(Operation op, String vmName) {
        return operation == op && ("*".equals(vm) || vm.equals(vmName));
    }

    private static List<String> problems(Operation op, String vm, Kind kind, int times, Long delayMs) {
        List<String> p = new ArrayList<>();
        if (op == null) {
            p.add("fault operation is required (start, hot_plug, hot_unplug, migrate)");
        }
        if (kind == null) {
            p.add("fault kind is required (fail, hang, delay, no_ack, pass)");
        }
        if (vm.isEmpty()) {
            p.add("fault vm must be a VM name or '*'");
        }
        if (times < 1) {
            p.add("fault times must be at least 1, was " + times);
        }
        if (kind == Kind.DELAY && (delayMs == null || delayMs <= 0)) {
            p.add("fault kind 'delay' needs delay_ms > 0");
        }
        if (kind != Kind.DELAY && delayMs != null) {
            p.add("delay_ms is only valid with kind 'delay'");
        }
        if (kind == Kind.NO_ACK && op != null && op != Operation.HOT_UNPLUG && op != Operation.MIGRATE) {
            p.add("fault kind 'no_ack' only applies to hot_unplug or migrate, not " + op.name().toLowerCase(Locale.ROOT));
        }
        return p;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String s, String what) {
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw new SimSettingsException(List.of("unknown fault " + what + " '" + s + "', expected one of " + allowed));
        }
    }
}
