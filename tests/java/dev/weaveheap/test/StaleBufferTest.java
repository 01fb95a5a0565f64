package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.weaveheap.WeaveHeap;

/**
 * An unsafeBuffer() kept past its view and its region (the misuse its name
 * warns of) faults when used, in a child JVM, instead of reading or writing
 * the bytes of objects made since in other regions: the core quarantines
 * the chunks of a region that lent a view when it is destroyed
 * (core/src/chunks.c, docs/memory-model.md).
 */
class StaleBufferTest {
    private static Path codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @ParameterizedTest
    @CsvSource({"read, 64", "write, 64", "read, 200000", "write, 200000"})
    void aStaleUnsafeBufferFaultsInsteadOfAliasing(String mode, long size) throws Exception {
        String exe = ProcessHandle.current().info().command().orElse("java");
        String cp = codeSource(WeaveHeap.class) + java.io.File.pathSeparator + codeSource(StaleChild.class);
        Process p = new ProcessBuilder(exe, "-Ddev.weaveheap.library=" + System.getProperty("dev.weaveheap.library"),
            "-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=/dev/null", "-cp", cp, StaleChild.class.getName(), mode,
            Long.toString(size)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertTrue(out.contains("ready"), "the child got as far as the stale access:\n" + out);
        assertFalse(out.contains("read 0x") || out.contains("wrote"), "the stale access did not fault:\n" + out);
        assertNotEquals(0, exit, out);
    }
}
