// zpack from Java (samples/extension/): the extension's classes over the base
// weaveheap classes, taking their objects. Zero-copy is proven by the core's
// counters and by a write through a view being what the extension reads;
// every misuse is a typed exception of the base classes (or zpack's own)
// that gives every borrow back; libzpack_jni holds no core of its own.
package dev.weaveheap.zpack.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.Resource;
import dev.weaveheap.WeaveHeap.Stats;
import dev.weaveheap.zpack.Zpack;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ZpackTest {
    static final String TEXT = "The quick brown fox jumps over the lazy dog";
    static final byte[] TEXT_BYTES = TEXT.getBytes(StandardCharsets.UTF_8);

    static List<Resource> objects(Region r) {
        Buffer buf = r.alloc(TEXT_BYTES.length);
        buf.write(0, TEXT_BYTES);
        return List.of(buf, r.bytes(TEXT_BYTES), r.string(TEXT_BYTES));
    }

    static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    @Test
    void crc32ReadsTheBaseObjectsInPlace() {
        try (Region r = new Region()) {
            List<Resource> objs = objects(r);
            for (Resource obj : objs) {
                Stats before = r.stats();
                assertEquals(0x414FA339, Zpack.crc32(obj));
                Stats after = r.stats();
                assertEquals(before.copies(), after.copies());                 // not copied in
                assertEquals(before.borrowsTaken() + 1, after.borrowsTaken()); // borrowed for the call ...
                assertEquals(0, after.borrowsActive());                        // ... and given back
            }
            Buffer buf = (Buffer) objs.get(0);
            WeaveHeap.View view = buf.view(WeaveHeap.Access.UNIQUE);
            view.put(0, "THE".getBytes(StandardCharsets.UTF_8));              // the extension reads the core's bytes
            assertThrows(WeaveHeap.BorrowConflictException.class, () -> Zpack.crc32(buf));
            assertEquals(1, r.stats().borrowsActive());
            view.close();
            byte[] changed = ("THE" + TEXT.substring(3)).getBytes(StandardCharsets.UTF_8);
            assertEquals(crc(changed), Integer.toUnsignedLong(Zpack.crc32(buf)));
        }
    }

    @Test
    void deflateAndInflateRoundTrip() throws DataFormatException {
        try (Region r = new Region()) {
            byte[] data = new byte[1 << 20];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) ((i * 7) ^ (i >> 9));
            }
            Buffer src = r.alloc(data.length);
            src.write(0, data);
            Stats before = r.stats();
            Buffer packed = Zpack.deflate(r, src, 9);
            Stats mid = r.stats();
            assertEquals(before.copies() + 1, mid.copies());                   // the output, once
            assertEquals(before.copyBytes() + packed.size(), mid.copyBytes());
            Buffer back = Zpack.inflate(r, packed, data.length);
            assertEquals(mid.copies(), r.stats().copies());                    // inflated in place
            byte[] got = new byte[data.length];
            back.read(0, got);
            assertArrayEquals(data, got);
            byte[] compressed = new byte[(int) packed.size()];
            packed.read(0, compressed);
            Inflater inflater = new Inflater();                                // real zlib format
            inflater.setInput(compressed);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            byte[] chunk = new byte[65536];
            while (!inflater.finished()) {
                plain.write(chunk, 0, inflater.inflate(chunk));
            }
            assertArrayEquals(data, plain.toByteArray());
            Buffer into = r.alloc(data.length + 10);
            Stats beforeInto = r.stats();
            assertEquals(data.length, Zpack.inflateInto(into, packed));        // in place
            assertEquals(beforeInto.copies(), r.stats().copies());
        }
    }

    @Test
    void misuseIsTypedAndGivesEveryBorrowBack() {
        try (Region r = new Region()) {
            List<Resource> objs = objects(r);
            Buffer buf = (Buffer) objs.get(0);
            Resource s = objs.get(2);
            Buffer packed = Zpack.deflate(r, buf, -1);
            Resource notBuffer = r.bytes(new byte[] {'x'});
            Buffer gone = r.alloc(4);
            gone.close();
            Stats before = r.stats();
            List<Object[]> cases = List.of(
                new Object[] {(Executable) () -> Zpack.crc32(gone), WeaveHeap.StaleHandleException.class},
                new Object[] {(Executable) () -> Zpack.crc32(Buffer.fromHandle(0)), WeaveHeap.ForgedHandleException.class},
                new Object[] {(Executable) () -> Zpack.crc32(r), WeaveHeap.WrongKindException.class},
                new Object[] {(Executable) () -> Zpack.deflate(Region.fromHandle(s.handle()), buf, -1),
                              WeaveHeap.WrongKindException.class},
                new Object[] {(Executable) () -> Zpack.inflateInto(Buffer.fromHandle(notBuffer.handle()), packed),
                              WeaveHeap.WrongKindException.class},
                new Object[] {(Executable) () -> Zpack.crc32(null), WeaveHeap.InvalidArgumentException.class},
                new Object[] {(Executable) () -> Zpack.deflate(r, buf, 42), WeaveHeap.InvalidArgumentException.class},
                new Object[] {(Executable) () -> Zpack.inflate(r, buf, TEXT_BYTES.length), Zpack.CorruptException.class},
                new Object[] {(Executable) () -> Zpack.inflate(r, packed, TEXT_BYTES.length + 1),
                              Zpack.WrongSizeException.class},
                new Object[] {(Executable) () -> Zpack.inflateInto(packed, packed),   // unique and shared at once
                              WeaveHeap.BorrowConflictException.class});
            for (Object[] c : cases) {
                @SuppressWarnings("unchecked")
                Class<? extends Throwable> cls = (Class<? extends Throwable>) c[1];
                Throwable e = assertThrows(cls, (Executable) c[0]);
                assertInstanceOf(WeaveHeap.WeaveHeapException.class, e);
                assertFalse(e.getMessage().isEmpty());
                assertEquals(0, r.stats().borrowsActive(), cls.getSimpleName());
            }
            assertEquals(1000, new Zpack.CorruptException("x").code());
            Stats after = r.stats();
            assertEquals(before.bytesLive(), after.bytesLive());              // no buffer of a failed call left
            assertEquals(before.allocations() - before.releases(), after.allocations() - after.releases());
        }
        try (Region tight = new Region(new WeaveHeap.RegionOptions(0, 64, false));
             Region r = new Region()) {
            Buffer packed = Zpack.deflate(r, r.bytes(new byte[1000]), -1);
            assertThrows(WeaveHeap.OutOfMemoryException.class, () -> Zpack.inflate(tight, packed, 1000));
            assertEquals(0, tight.stats().bytesLive());
        }
    }

    @Test
    void crcObjectsLiveInTheCoreTable() {
        try (Region r = new Region()) {
            List<Resource> objs = objects(r);
            Zpack.Crc crc = new Zpack.Crc(r);
            assertEquals(WeaveHeap.HandleKind.OBJECT, WeaveHeap.handleKindOf(crc.handle()));
            crc.update(objs.get(0));
            crc.update(objs.get(1));
            byte[] both = (TEXT + TEXT).getBytes(StandardCharsets.UTF_8);
            assertEquals(crc(both), Integer.toUnsignedLong(crc.value()));
            assertThrows(WeaveHeap.WrongKindException.class, () -> Zpack.Crc.fromHandle(objs.get(0).handle()).value());
            crc.close();
            assertTrue(crc.isClosed());
            assertThrows(WeaveHeap.StaleHandleException.class, crc::value);
            crc.close();                                                       // a no-op
            Zpack.Crc later = new Zpack.Crc(r);
            r.reset();
            assertThrows(WeaveHeap.StaleHandleException.class, later::value);
        }
    }

    @Test
    void oneCoreTheBaseClasses() throws Exception {
        assertEquals(WeaveHeap.apiTable(), Zpack.coreTable());
        assertTrue(Zpack.coreTable() != 0);
        assertEquals(WeaveHeap.IDL_HASH, Zpack.CORE_IDL_HASH);
        byte[] library = Files.readAllBytes(Path.of(System.getProperty("dev.weaveheap.zpack.library")));
        assertFalse(new String(library, StandardCharsets.ISO_8859_1).contains("weaveheap_region_create"),
            "libzpack_jni holds a core of its own");
    }
}
