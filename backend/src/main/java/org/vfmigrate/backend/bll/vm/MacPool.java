package org.vfmigrate.backend.bll.vm;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.vm.MacPoolDao;

/**
 * The MAC addresses of each data center: which are valid, which are free, and which one a new NIC gets. New
 * addresses are {@code 56:6f:xx:xx:xx:xx} (locally administered, unicast); the last four octets are probed
 * linearly from a random start, at most {@link #MAX_PROBES} of them, so a nearly full pool is refused quickly
 * instead of being scanned. The {@code mac_addresses} primary key (data center, MAC) decides every race.
 */
@Component
public class MacPool {

    /** Most candidates one allocation tries before the pool counts as exhausted. */
    static final int MAX_PROBES = 256;
    static final String PREFIX = "56:6f";
    private static final long FULL_RANGE = 1L << 32;
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final String ALL_ZERO = "00:00:00:00:00:00";

    private final MacPoolDao macPoolDao;
    private final LongUnaryOperator randomBelow;
    private final long size;

    @Autowired
    public MacPool(MacPoolDao macPoolDao) {
        this(macPoolDao, bound -> ThreadLocalRandom.current().nextLong(bound), FULL_RANGE);
    }

    /** A pool of the first {@code size} addresses after the prefix, starting its probes where told. */
    MacPool(MacPoolDao macPoolDao, LongUnaryOperator randomBelow, long size) {
        this.macPoolDao = macPoolDao;
        this.randomBelow = randomBelow;
        this.size = size;
    }

    /** The canonical (lower-case, trimmed) form of a MAC the user typed; {@code null} stays {@code null}. */
    public static String canonical(String mac) {
        return mac == null ? null : mac.trim().toLowerCase(Locale.ROOT);
    }

    /** Six lower-case hex octets separated by colons, the first even (unicast), not all zero. */
    public static boolean isValidUnicast(String mac) {
        return mac != null && MAC.matcher(mac).matches() && !ALL_ZERO.equals(mac)
                && (HexFormat.fromHexDigits(mac, 0, 2) & 1) == 0;
    }

    public boolean isFree(UUID dataCenterId, String mac) {
        return !macPoolDao.isTaken(dataCenterId, mac);
    }

    /** A free address of the pool, found without writing anything; empty when every probe was taken. */
    public Optional<String> freeAddress(UUID dataCenterId) {
        long start = randomBelow.applyAsLong(size);
        for (long i = 0; i < probes(); i++) {
            String candidate = address((start + i) % size);
            if (isFree(dataCenterId, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the stored NIC's pool address for it, or, when another NIC took that one meanwhile, the next free
     * one after it (the NIC's address is changed to match). False when no probe was free.
     */
    public boolean claim(UUID dataCenterId, VmNic nic) {
        long start = indexOf(nic.getMacAddress());
        for (long i = 0; i < probes(); i++) {
            String candidate = address((start + i) % size);
            nic.setMacAddress(candidate);
            if (macPoolDao.take(dataCenterId, candidate, nic.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Takes exactly {@code mac} for the stored NIC; false when another NIC of the data center holds it. */
    public boolean take(UUID dataCenterId, String mac, UUID nicId) {
        return macPoolDao.take(dataCenterId, mac, nicId);
    }

    public void release(UUID nicId) {
        macPoolDao.releaseForNic(nicId);
    }

    private long probes() {
        return Math.min(size, MAX_PROBES);
    }

    static String address(long index) {
        String hex = String.format("%08x", index);
        return PREFIX + ":" + hex.substring(0, 2) + ":" + hex.substring(2, 4) + ":" + hex.substring(4, 6) + ":"
                + hex.substring(6, 8);
    }

    private long indexOf(String mac) {
        if (mac == null || !mac.startsWith(PREFIX + ":")) {
            return randomBelow.applyAsLong(size);
        }
        return Long.parseLong(mac.substring(PREFIX.length() + 1).replace(":", ""), 16) % size;
    }
}
