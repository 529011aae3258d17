package io.perfloop.testdb.internal;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archives built here, entry by entry, so each hostile shape is explicit. */
class TarXzTest {

    @TempDir
    Path target;

    @Test
    void filesLinksAndModes_areRestoredOpenToOthers() throws IOException {
        byte[] archive = archive(tar -> {
            file(tar, "bin/tool", 0700, "#!/bin/sh\n");
            file(tar, "lib/libx.so.1.2", 0600, "elf");
            TarArchiveEntry link = new TarArchiveEntry("lib/libx.so.1", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("libx.so.1.2");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            TarArchiveEntry hard = new TarArchiveEntry("lib/hard", TarArchiveEntry.LF_LINK);
            hard.setLinkName("lib/libx.so.1.2");
            tar.putArchiveEntry(hard);
            tar.closeArchiveEntry();
        });
        TarXz.extract(archive, target);
        assertThat(mode(target.resolve("bin/tool"))).isEqualTo("rwxr-xr-x");
        assertThat(mode(target.resolve("lib/libx.so.1.2"))).isEqualTo("rw-r--r--");
        assertThat(mode(target.resolve("bin"))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readSymbolicLink(target.resolve("lib/libx.so.1"))).isEqualTo(Path.of("libx.so.1.2"));
        assertThat(target.resolve("lib/libx.so.1")).hasContent("elf");
        assertThat(target.resolve("lib/hard")).hasContent("elf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/../../escape", "/etc/escape"})
    void entriesLeavingTheTarget_areRefused(String name) throws IOException {
        byte[] archive = archive(tar -> file(tar, name, 0644, "x"));
        assertThatThrownBy(() -> TarXz.extract(archive, target.resolve("inside")))
                .isInstanceOf(IOException.class).hasMessageContaining("escapes the target directory");
    }

    @Test
    void hardLinkPointingOutside_isRefused() throws IOException {
        byte[] archive = archive(tar -> {
            TarArchiveEntry hard = new TarArchiveEntry("passwd", TarArchiveEntry.LF_LINK);
            hard.setLinkName("../../etc/passwd");
            tar.putArchiveEntry(hard);
            tar.closeArchiveEntry();
        });
        assertThatThrownBy(() -> TarXz.extract(archive, target)).hasMessageContaining("escapes the target directory");
    }

    @Test
    void notAnArchive_failsAsIo() {
        assertThatThrownBy(() -> TarXz.extract("not xz".getBytes(StandardCharsets.UTF_8), target))
                .isInstanceOf(IOException.class);
    }

    private interface Entries {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    private static byte[] archive(Entries entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes))) {
            entries.write(tar);
        }
        return bytes.toByteArray();
    }

    private static void file(TarArchiveOutputStream tar, String name, int mode, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setMode(0100000 | mode);
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
