import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.zpack.Zpack;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * B12 from Java (issue 11): Zpack.crc32(buf), the generated extension
 * package taking a WeaveHeap Buffer, against a hand-written JNI binding of
 * the same zlib crc32 taking a direct ByteBuffer over the memory of a view
 * of the same Buffer (GetDirectBufferAddress: JNI's own zero-copy path), and
 * against copying the bytes in first (into a byte[], then a hand-written
 * crc32 reading it in place: what a copying binding does), at 64 B .. 256 MiB.
 *
 * <p>Fair: the same bytes (one Buffer a size), the same crc32 loop (zpack.c's,
 * crc_pieces.h), the same number of calls for every row of a size, each row a
 * loop of the same shape. Each round times every row once, in a rotating
 * order, after a warm-up and a collection (untimed), by the calling thread's
 * CPU time: the process's would also count the collector's threads, whose
 * work after a collection (G1 gives memory back concurrently) can fall on
 * whichever row comes next, most often the hand-written one, which follows
 * the copying row in two rounds of three. So the copying row's collector
 * work on other threads is not counted: its ratio is a lower bound. A ratio
 * is the median of the per-round ratios. Before timing, every row must return the same checksum and the
 * extension's call must leave the region's copy counter unchanged.
 * Usage: BenchExt [rounds] [max size]
 */
public final class BenchExt {
    private BenchExt() {
    }

    static native ByteBuffer wrap(long address, long length);

    static native int crc32Direct(ByteBuffer buffer);

    static native int crc32Array(byte[] array);

    static native long cpuNanos();

    static final long[] SIZES = {64, 4096, 65536, 1L << 20, 16L << 20, 256L << 20};
    static long sink;

    interface Row {
        void run(int n);
    }

    static int copyIn(WeaveHeap.View view) {
        byte[] copied = new byte[view.length()];
        view.get(0, copied);
        return crc32Array(copied);
    }

    static double median(List<Double> xs) {
        Double[] s = xs.toArray(new Double[0]);
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static String fmt(double ns) {
        if (ns >= 1e6) {
            return String.format("%.2f ms", ns / 1e6);
        }
        if (ns >= 1e3) {
            return String.format("%.2f us", ns / 1e3);
        }
        return String.format("%.1f ns", ns);
    }

    static String sizeName(long n) {
        if (n >= 1L << 20) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1L << 10) {
            return (n >> 10) + " KiB";
        }
        return n + " B";
    }

    static String table(long size, int rounds) {
        try (Region region = new Region()) {
            Buffer buf = region.alloc(size, 64);
            try (WeaveHeap.View fill = buf.view(WeaveHeap.Access.UNIQUE)) {
                byte[] piece = new byte[(int) Math.min(size, 1 << 16)];
                for (int off = 0; off < size; off += piece.length) {
                    for (int i = 0; i < piece.length; i++) {
                        int at = off + i;
                        piece[i] = (byte) ((at * 7) ^ (at >> 9));
                    }
                    fill.put(off, piece);
                }
            }
            WeaveHeap.View view = buf.view();       // the hand-written path's memory, held (a shared borrow)
            ByteBuffer direct = wrap(view.address(), view.length());
            int want = crc32Direct(direct);
            long copiesBefore = region.stats().copies();
            if (Zpack.crc32(buf) != want || copyIn(view) != want) {
                throw new AssertionError("the rows disagree");
            }
            if (region.stats().copies() != copiesBefore) {
                throw new AssertionError("the extension copied");
            }
            Row[] rows = {
                n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += crc32Direct(direct);
                    }
                    sink += s;
                },
                n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += Zpack.crc32(buf);
                    }
                    sink += s;
                },
                n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += copyIn(view);
                    }
                    sink += s;
                },
            };
            // the same number of calls for every row: >= 30 ms of the hand-written row, >= 3
            int calls = 3;
            while (true) {
                long t0 = cpuNanos();
                rows[0].run(calls);
                if (cpuNanos() - t0 >= 30_000_000L) {
                    break;
                }
                calls *= 2;
            }
            for (Row row : rows) {                   // warm-up (and the JIT)
                row.run(calls);
                row.run(calls);
            }
            List<List<Double>> per = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                per.add(new ArrayList<>());
            }
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < rows.length; k++) {
                    int i = (k + r) % rows.length;
                    System.gc();                     // each row starts from a collected heap
                    long t0 = cpuNanos();
                    rows[i].run(calls);
                    per.get(i).add((double) (cpuNanos() - t0) / calls);
                }
            }
            view.close();
            buf.close();
            List<Double> ext = new ArrayList<>();
            List<Double> diff = new ArrayList<>();
            List<Double> copy = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ext.add(per.get(1).get(r) / per.get(0).get(r));
                diff.add(per.get(1).get(r) - per.get(0).get(r));
                copy.add(per.get(2).get(r) / per.get(0).get(r));
            }
            return String.format("| %s | %d | %s | %s | %s | **%.3fx** | %+.1f ns | %.2fx |", sizeName(size), calls,
                fmt(median(per.get(0))), fmt(median(per.get(1))), fmt(median(per.get(2))), median(ext),
                median(diff), median(copy));
        }
    }

    public static void main(String[] args) {
        System.load(System.getProperty("peer.library"));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        long maxSize = args.length > 1 ? Long.parseLong(args[1]) : SIZES[SIZES.length - 1];
        System.out.printf("%n### B12 from Java (%s, JNI), %d rounds, main thread CPU time%n%n",
            System.getProperty("java.version"), rounds);
        System.out.println("| size | calls | hand-written | Zpack.crc32 | copy in | **zpack / hand** | zpack - hand | copy / hand |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (long size : SIZES) {
            if (size > maxSize) {
                break;
            }
            System.out.println(table(size, rounds));
        }
    }
}
