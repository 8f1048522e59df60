package org.vfmigrate.vdsbroker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a node file for libvirt's {@code test:///<file>} driver: one in-memory host with a PF at
 * {@code 0000:<bus>:00.0} ({@code netdev}) and {@code vfCount} VFs at {@code 0000:<bus>:02.<n>}, and as host
 * interfaces the PF's netdev (ethernet) and the given Linux bridges. Test fixture XML, written as text on purpose
 * (it is libvirt's input format, not something we produce).
 */
public final class TestNodeFile {

    private TestNodeFile() {
    }

    /** Writes the file and returns its {@code test:///} URI. */
    public static String write(Path dir, String host, int bus, String netdev, int vfCount) {
        return write(dir, host, bus, netdev, vfCount, List.of());
    }

    /** Writes the file, with {@code bridges} as the host's bridges, and returns its {@code test:///} URI. */
    public static String write(Path dir, String host, int bus, String netdev, int vfCount, List<String> bridges) {
        StringBuilder interfaces = new StringBuilder(String.format(
            "<interface type='ethernet' name='%s'><start mode='onboot'/><mac address='3c:fd:fe:00:00:%02x'/></interface>",
            netdev, bus));
        for (String bridge : bridges) {
            interfaces.append(String.format(
                "<interface type='bridge' name='%s'><start mode='onboot'/><bridge stp='off' delay='0'/></interface>",
                bridge));
        }
        StringBuilder vfs = new StringBuilder();
        StringBuilder vfDevices = new StringBuilder();
        for (int i = 0; i < vfCount; i++) {
            vfs.append(String.format("<address domain='0x0000' bus='0x%02x' slot='0x02' function='0x%x'/>", bus, i));
            vfDevices.append(String.format("""
                <device><name>pci_0000_%02x_02_%x</name><parent>pci_0000_%02x_00_0</parent>
                  <capability type='pci'><class>0x020000</class><domain>0</domain><bus>%d</bus><slot>2</slot>
                    <function>%d</function><product id='0x154c'>X710 Virtual Function</product>
                    <vendor id='0x8086'>Intel Corporation</vendor>
                    <capability type='phys_function'><address domain='0x0000' bus='0x%02x' slot='0x00' function='0x0'/></capability>
                  </capability></device>
                """, bus, i, bus, bus, i, bus));
        }
        String xml = String.format("""
            <node>
              <cpu><mhz>2000</mhz><model>x86</model><active>2</active><total>2</total><nodes>1</nodes>
                <sockets>1</sockets><cores>2</cores><threads>1</threads></cpu>
              <memory>16777216</memory>
              <device><name>computer</name><capability type='system'><hardware><vendor>sim</vendor>
                <version>1</version><serial>%s</serial><uuid>4c4c4544-0000-0000-0000-0000000000%02x</uuid></hardware>
                <firmware><vendor>sim</vendor><version>1</version><release_date>2024</release_date></firmware>
              </capability></device>
              <device><name>pci_0000_%02x_00_0</name><parent>computer</parent>
                <capability type='pci'><class>0x020000</class><domain>0</domain><bus>%d</bus><slot>0</slot>
                  <function>0</function><product id='0x1572'>Ethernet Controller X710</product>
                  <vendor id='0x8086'>Intel Corporation</vendor>
                  <capability type='virt_functions' maxCount='%d'>%s</capability>
                </capability></device>
              <device><name>net_%s_3c_fd_fe_00_00_%02x</name><parent>pci_0000_%02x_00_0</parent>
                <capability type='net'><interface>%s</interface><address>3c:fd:fe:00:00:%02x</address>
                  <link state='up'/></capability></device>
              %s
              %s
            </node>
            """, host, bus, bus, bus, Math.max(vfCount, 1), vfs, netdev, bus, bus, netdev, bus, vfDevices, interfaces);
        try {
            Path file = dir.resolve(host + ".xml");
            Files.writeString(file, xml);
            return "test://" + file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
