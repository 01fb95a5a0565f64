package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.weaveheap.WeaveHeap;

/** The guard that runs when the library loads refuses another ABI or IDL, saying what to rebuild. */
class AbiGuardTest {
    @Test
    void theLoadedLibraryPasses() {
        assertDoesNotThrow(() -> WeaveHeap.checkAbi(WeaveHeap.abiVersion(), WeaveHeap.idlHash()));
    }

    @Test
    void anotherAbiIsRefused() {
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class,
            () -> WeaveHeap.checkAbi(WeaveHeap.ABI_VERSION + 1, WeaveHeap.IDL_HASH));
        assertTrue(e.getMessage().contains("rebuild"), e.getMessage());
    }

    @Test
    void anotherIdlIsRefused() {
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class,
            () -> WeaveHeap.checkAbi(WeaveHeap.ABI_VERSION, "0".repeat(64)));
        assertTrue(e.getMessage().contains(WeaveHeap.IDL_HASH), e.getMessage());
    }

    private static Path codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String runChild(Path classesFirst, int[] exit) throws Exception {
        String exe = ProcessHandle.current().info().command().orElse("java");
        String cp = (classesFirst == null ? "" : classesFirst + java.io.File.pathSeparator)
            + codeSource(WeaveHeap.class) + java.io.File.pathSeparator + codeSource(AbiChild.class);
        Process p = new ProcessBuilder(exe, "-Ddev.weaveheap.library=" + System.getProperty("dev.weaveheap.library"),
            "-cp", cp, AbiChild.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        exit[0] = p.waitFor();
        return out;
    }

    /** Classes generated from another IDL (WeaveHeap.class with another IDL_HASH) refuse the library at load. */
    @Test
    void loadingWithClassesOfAnotherIdlFails(@TempDir Path tmp) throws Exception {
        byte[] cls;
        try (JarFile jar = new JarFile(codeSource(WeaveHeap.class).toFile());
             InputStream in = jar.getInputStream(jar.getEntry("dev/weaveheap/WeaveHeap.class"))) {
            cls = in.readAllBytes();
        }
        byte[] hash = WeaveHeap.IDL_HASH.getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;   // the constant, and javac's copy in a string-concatenation recipe
        for (int at = indexOf(cls, hash, 0); at >= 0; at = indexOf(cls, hash, at + hash.length)) {
            for (int i = 0; i < hash.length; i++) {
                cls[at + i] = '0';
            }
            replaced++;
        }
        assertTrue(replaced >= 1, "the hash is a constant of WeaveHeap.class");
        Path dir = tmp.resolve("dev/weaveheap");
        Files.createDirectories(dir);
        Files.write(dir.resolve("WeaveHeap.class"), cls);
        int[] exit = new int[1];
        String out = runChild(tmp, exit);
        assertEquals(3, exit[0], out);
        assertTrue(out.contains("refused: ") && out.contains("rebuild") && out.contains(WeaveHeap.IDL_HASH), out);
        // and the same child with the real classes loads
        out = runChild(null, exit);
        assertEquals(0, exit[0], out);
        assertTrue(out.contains("loaded: " + WeaveHeap.VERSION), out);
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
