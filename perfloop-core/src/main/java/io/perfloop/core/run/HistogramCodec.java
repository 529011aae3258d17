package io.perfloop.core.run;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * HdrHistogram's compressed encoding in base64: the same bytes HdrHistogram's own log format writes, so
 * other HdrHistogram tools can decode what perfloop stores.
 */
public final class HistogramCodec {
    private HistogramCodec() {
    }

    /** Encodes a histogram as base64 of its compressed encoding. */
    public static String encode(AbstractHistogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    /**
     * Decodes what {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when the text is not a valid encoded histogram
     */
    public static Histogram decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            throw new IllegalArgumentException("no histogram stored");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not an HdrHistogram compressed encoding: " + e.getMessage(), e);
        }
    }
}
