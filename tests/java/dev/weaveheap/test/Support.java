package dev.weaveheap.test;

import java.nio.charset.StandardCharsets;

/** Small helpers the suites share. */
final class Support {
    private Support() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
