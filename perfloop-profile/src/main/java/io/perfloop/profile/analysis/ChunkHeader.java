package io.perfloop.profile.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Peeks at a JFR file's first chunk without parsing it: the header says where the metadata is,
 * and event type names are plain bytes there (ASCII names read the same in every string encoding
 * JFR uses). Opening the file with {@code RecordingFile} just to list its event types would resolve
 * all its constant pools a second time.
 */
final class ChunkHeader {
    private static final int HEADER = 68;
    private static final int METADATA_OFFSET = 24;
    private static final int SCAN = 1 << 20;

    private ChunkHeader() {
    }

    /** Whether the first chunk's metadata names an event type starting with {@code prefix}; false when unreadable. */
    static boolean declaresType(Path file, String prefix) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER) {
                return false;
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            ch.read(header, 0);
            if (header.getInt(0) != 0x464c5200) { // "FLR\0"
                return false;
            }
            long metadata = header.getLong(METADATA_OFFSET);
            long from = metadata > 0 && metadata < size ? metadata : 0;
            ByteBuffer region = ByteBuffer.allocate((int) Math.min(SCAN, size - from));
            ch.read(region, from);
            return contains(region.array(), region.position(), prefix.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean contains(byte[] data, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
