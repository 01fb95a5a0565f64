package dev.weaveheap.test;

import java.nio.ByteBuffer;
import java.util.Arrays;

import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.View;

/**
 * Run in a child JVM by StaleBufferTest: keeps an unsafeBuffer() past its
 * view and its region, fills newer regions, then reads (or writes) through
 * the stale buffer. The core's quarantine must make that a fault (the JVM
 * dies, or throws InternalError), never "read 0x5a", a newer object's byte.
 */
public final class StaleChild {
    private StaleChild() {
    }

    public static void main(String[] args) {
        boolean write = args.length > 0 && args[0].equals("write");
        long size = args.length > 1 ? Long.parseLong(args[1]) : 64;
        ByteBuffer stale;
        Region old = new Region();
        Buffer b = old.alloc(size);
        byte[] fill = new byte[(int) size];
        Arrays.fill(fill, (byte) 0x11);
        b.write(0, fill);
        try (View v = b.view(write ? Access.UNIQUE : Access.SHARED)) {
            stale = v.unsafeBuffer();
        }
        old.close();
        Region[] newer = new Region[8];
        for (int i = 0; i < newer.length; i++) {
            newer[i] = new Region();
            for (long n : new long[] {64, 60000, 200000}) {
                byte[] bytes = new byte[(int) n];
                Arrays.fill(bytes, (byte) 0x5a);
                newer[i].alloc(n).write(0, bytes);
            }
        }
        System.out.println("ready");
        System.out.flush();
        if (write) {
            stale.put(8, (byte) 0x11);
            System.out.println("wrote");
        } else {
            System.out.printf("read 0x%02x%n", stale.get(8) & 0xff);
        }
        System.out.flush();
    }
}
