package dev.weaveheap.test;

import static dev.weaveheap.test.Support.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Bytes;
import dev.weaveheap.WeaveHeap.HandleKind;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.RegionOptions;
import dev.weaveheap.WeaveHeap.Stats;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WeaveHeapString;

/** Every IDL function, reached through its Java form (the glue's internal ones through what uses them). */
class ApiTest {
    @Test
    void versionAndGuardFunctions() {   // weaveheap.version_number, version_string, abi_version, idl_hash
        String[] v = WeaveHeap.VERSION.split("\\.");
        int number = Integer.parseInt(v[0]) * 1000000 + Integer.parseInt(v[1]) * 1000 + Integer.parseInt(v[2]);
        assertEquals(number, WeaveHeap.versionNumber());
        assertEquals(WeaveHeap.VERSION, WeaveHeap.versionString());
        assertEquals(WeaveHeap.ABI_VERSION, WeaveHeap.abiVersion());
        assertEquals(WeaveHeap.IDL_HASH, WeaveHeap.idlHash());
        assertEquals(64, WeaveHeap.idlHash().length());
    }

    /** Every function of the C header has a native method (the glue's own helpers aside). */
    @Test
    void everyHeaderFunctionHasANativeMethod() throws IOException, ClassNotFoundException {
        String src = System.getenv("WEAVEHEAP_SOURCE_DIR");
        assertTrue(src != null, "ctest sets WEAVEHEAP_SOURCE_DIR");
        Set<String> header = new TreeSet<>();
        Matcher m = Pattern.compile("WEAVEHEAP_API [^(]*?\\bweaveheap_(\\w+)\\(")
            .matcher(Files.readString(Path.of(src, "generated/c/weaveheap.h")));
        while (m.find()) {
            header.add(m.group(1));
        }
        assertTrue(header.size() > 30, header.toString());
        Set<String> natives = new TreeSet<>();
        for (Method method : Class.forName("dev.weaveheap.Native").getDeclaredMethods()) {
            if (Modifier.isNative(method.getModifiers())) {
                natives.add(method.getName());
            }
        }
        // freed by the glue, or (export_arrow) writing through raw addresses: no Java method
        Set<String> glue = Set.of("free_string", "free_bytes", "error_clear", "vector_export_arrow",
                                  "batch_export_arrow", "batch_stream_export_arrow", "var_vector_export_arrow",
                                  "list_vector_export_arrow", "foreign_export_arrow",
                                  "foreign_import_array");
        for (String f : header) {
            String camel = Pattern.compile("_([a-z])").matcher(f).replaceAll(r -> r.group(1).toUpperCase());
            assertEquals(!glue.contains(f), natives.remove(camel), "weaveheap_" + f);
        }
        // the Cleaner's release, the C-only api_table's address (for extensions: docs/extensions.md),
        // and the raw Arrow exports' (exportArrow, exportArrowStream: one per class with an export)
        assertEquals(Set.of("releaseQuietly", "apiTable", "arrowRelease", "arrowStreamNext", "arrowVector",
                            "arrowVarVector", "arrowBatch", "arrowBatchStream", "arrowListVector", "arrowForeign"),
                     natives, "natives that are not IDL functions");
    }

    @Test
    void strerror() {   // weaveheap.strerror
        assertEquals("stale handle", WeaveHeap.strerror(WeaveHeap.StaleHandleException.CODE));
        assertEquals("no error", WeaveHeap.strerror(0));
        assertEquals("unknown error", WeaveHeap.strerror(9999));
        assertEquals("unknown error", WeaveHeap.strerror(-1));
    }

    @Test
    void constants() {
        assertEquals(16L, WeaveHeap.DEFAULT_ALIGN);
        assertEquals(1L << 20, WeaveHeap.MAX_ALIGN);
        assertEquals(1L << 48, WeaveHeap.MAX_SIZE);
        assertEquals(65536L, WeaveHeap.DEFAULT_CHUNK_SIZE);
    }

    @Test
    void regionCreateResetStatsDestroy() {   // region.create, reset, stats, destroy
        try (Region r = new Region(new RegionOptions(4096, 1 << 20, true))) {
            Buffer b = r.alloc(100);
            Stats s = r.stats();
            assertEquals(1, s.allocations());
            assertEquals(100, s.bytesLive());
            assertTrue(s.bytesReserved() >= 4096);
            r.reset();
            assertEquals(0, r.stats().bytesLive());
            assertThrows(WeaveHeap.StaleHandleException.class, b::size);
        }
        Region plain = new Region();
        assertEquals(HandleKind.REGION, plain.kind());
        plain.close();
        assertThrows(WeaveHeap.StaleHandleException.class, plain::stats);
    }

    @Test
    void byteLimit() {
        try (Region r = new Region(new RegionOptions(0, 64, false))) {
            r.alloc(64);
            assertThrows(WeaveHeap.OutOfMemoryException.class, () -> r.alloc(1));
        }
    }

    @Test
    void bufferAllocSizeWriteReadRelease() {   // buffer.alloc, size, write, read, release
        try (Region r = new Region()) {
            Buffer b = r.alloc(8);
            assertEquals(8, b.size());
            Buffer aligned = r.alloc(64, 4096);
            assertEquals(64, aligned.size());
            byte[] zero = new byte[8];
            b.read(0, zero);
            assertArrayEquals(new byte[8], zero, "buffers start zeroed");
            b.write(2, new byte[] {1, 2, 3});
            byte[] out = new byte[4];
            b.read(1, out);
            assertArrayEquals(new byte[] {0, 1, 2, 3}, out);
            b.close();
            aligned.close();
            assertEquals(2, r.stats().releases());
        }
    }

    @Test
    void bytesCreateLengthDupRelease() {   // bytes.create, length, dup, release; weaveheap.free_bytes
        try (Region r = new Region()) {
            byte[] data = {0, 1, (byte) 0xff, 0};
            Bytes b = r.bytes(data);
            assertEquals(4, b.length());
            assertArrayEquals(data, b.dup());
            Bytes empty = r.bytes(new byte[0]);
            assertEquals(0, empty.length());
            assertArrayEquals(new byte[0], empty.dup());
            b.close();
            empty.close();
        }
    }

    @Test
    void stringCreateLengthDupRelease() {   // string.create, length, dup, release; weaveheap.free_string
        try (Region r = new Region()) {
            WeaveHeapString s = r.string(utf8("héllo, 世界 🎉"));
            assertEquals(utf8("héllo, 世界 🎉").length, s.length());
            assertEquals("héllo, 世界 🎉", s.dup());
            s.close();
        }
    }

    @Test
    void borrowSharedUniqueRelease() {   // borrow.shared, unique, release
        try (Region r = new Region(); Buffer b = r.alloc(16)) {
            try (View v = b.view(); View w = b.view()) {
                assertFalse(v.writable());
                assertEquals(16, v.length());
                assertTrue(v.unsafeBuffer().isReadOnly());
                assertTrue(v.unsafeBuffer().isDirect());
                assertEquals(HandleKind.BORROW, v.kind());
                assertEquals(2, r.stats().borrowsActive());
                assertEquals(b, w.target());
            }
            try (View u = b.view(Access.UNIQUE)) {
                assertTrue(u.writable());
                assertFalse(u.unsafeBuffer().isReadOnly());
                assertEquals(1, r.stats().borrowsActive());
            }
            assertEquals(0, r.stats().borrowsActive());
        }
    }

    @Test
    void handleKindOf() {   // handle.kind_of
        try (Region r = new Region()) {
            Buffer b = r.alloc(1);
            Bytes y = r.bytes(new byte[] {1});
            WeaveHeapString s = r.string(utf8("x"));
            assertEquals(HandleKind.REGION, WeaveHeap.handleKindOf(r.handle()));
            assertEquals(HandleKind.BUFFER, WeaveHeap.handleKindOf(b.handle()));
            assertEquals(HandleKind.BYTES, y.kind());
            assertEquals(HandleKind.STRING, s.kind());
            assertEquals(HandleKind.BUFFER, HandleKind.of(HandleKind.BUFFER.code()));
            assertThrows(WeaveHeap.InvalidArgumentException.class, () -> HandleKind.of(999));
        }
    }

    @Test
    void statsGlobalAndEnabled() {   // stats.global, set_enabled, enabled
        Stats before = WeaveHeap.stats();
        try (Region r = new Region()) {
            assertEquals(before.regionsLive() + 1, WeaveHeap.stats().regionsLive());
            assertTrue(WeaveHeap.statsEnabled());
            WeaveHeap.statsSetEnabled(false);
            try {
                assertFalse(WeaveHeap.statsEnabled());
                r.alloc(1);
                assertEquals(0, r.stats().allocations(), "not counted while off");
            } finally {
                WeaveHeap.statsSetEnabled(true);
            }
            r.alloc(1);
            assertEquals(1, r.stats().allocations());
        }
    }

    @Test
    void publish() throws IOException {   // publish.start, now, stop, active
        String dir = System.getenv("WEAVEHEAP_STATS_DIR");
        assertTrue(dir != null && !dir.isEmpty(), "ctest sets WEAVEHEAP_STATS_DIR");
        Path d = Path.of(dir);
        Files.createDirectories(d);
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        String pid = Long.toString(ProcessHandle.current().pid());
        WeaveHeap.publishStart(1000);
        try {
            assertTrue(WeaveHeap.publishActive());
            WeaveHeap.publishStart();   // again: the default interval
            assertThrows(WeaveHeap.InvalidArgumentException.class, () -> WeaveHeap.publishStart(3600001));
            assertThrows(WeaveHeap.InvalidArgumentException.class, () -> WeaveHeap.publishStart(-1));
            WeaveHeap.publishNow();
            try (Stream<Path> files = Files.list(d)) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith(pid)), "the stats file is made");
            }
        } finally {
            WeaveHeap.publishStop();
        }
        assertFalse(WeaveHeap.publishActive());
        WeaveHeap.publishStop();   // a no-op when not publishing
    }
}
