import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongUnaryOperator;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.View;

/**
 * B9 (bench/README.md): a trivial core call through the JNI binding vs a JNI
 * no-op native method of the same shape, peers in the same run, interleaved,
 * after a warm-up; medians and ratios. Also the view cost against size (B8's
 * question for Java): view() + close() at 64 B .. 16 MiB. And the checked
 * accessors of a view (the safe default: each refuses a closed view) against
 * its raw ByteBuffer (unsafeBuffer(), unchecked), in the same run (issue 10,
 * item 3).
 * Usage: java -Ddev.weaveheap.library=... -Dpeers.library=... -cp weaveheap.jar:bench.jar Bench [rounds]
 */
public final class Bench {
    private static long sink;
    /* The process's CPU time by default; -Dclock=wall for elapsed time. */
    private static final boolean WALL = "wall".equals(System.getProperty("clock"));

    private static long now() {
        return WALL ? System.nanoTime() : JniPeers.cpuNanos();
    }

    private record Case(String name, long calls, LongUnaryOperator body) {
    }

    private static double nsPerCall(Case c) {
        long t0 = now();
        sink += c.body.applyAsLong(c.calls);
        return (now() - t0) / (double) c.calls;
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    public static void main(String[] args) {
        System.load(System.getProperty("peers.library"));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        long n = 5_000_000;
        try (Region region = new Region()) {
            Buffer buf = region.alloc(64);
            long h = buf.handle();
            List<Case> cases = new ArrayList<>();
            cases.add(new Case("JNI no-op, void()", n, k -> {
                for (long i = 0; i < k; i++) {
                    JniPeers.noop();
                }
                return 0;
            }));
            cases.add(new Case("WeaveHeap.publishStop(), void()", n, k -> {
                for (long i = 0; i < k; i++) {
                    WeaveHeap.publishStop();
                }
                return 0;
            }));
            cases.add(new Case("JNI no-op, int()", n, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    s += JniPeers.noopInt();
                }
                return s;
            }));
            cases.add(new Case("WeaveHeap.abiVersion(), int()", n, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    s += WeaveHeap.abiVersion();
                }
                return s;
            }));
            cases.add(new Case("JNI no-op, long(long)", n, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    s += JniPeers.noopLong(h);
                }
                return s;
            }));
            cases.add(new Case("buf.size(), long(handle), resolve", n, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    s += buf.size();
                }
                return s;
            }));
            long[] sizes = {64, 64 << 10, 1 << 20, 16 << 20};
            List<Buffer> bufs = new ArrayList<>();
            for (long size : sizes) {
                Buffer b = region.alloc(size);
                bufs.add(b);
                cases.add(new Case("view()+close(), " + size + " B", 200_000, k -> {
                    long s = 0;
                    for (long i = 0; i < k; i++) {
                        try (View v = b.view()) {
                            s += v.length();
                        }
                    }
                    return s;
                }));
            }
            int accessFirst = cases.size();
            Buffer big = region.alloc(64 << 10);
            bufs.add(big);
            View held = big.view();
            java.nio.ByteBuffer raw = held.unsafeBuffer();
            byte[] page = new byte[4096];
            cases.add(new Case("sum 64 KiB, safe: held.get(i)", 2_000, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    for (int j = 0; j < 65536; j++) {
                        s += held.get(j);
                    }
                }
                return s;
            }));
            cases.add(new Case("sum 64 KiB, raw: unsafeBuffer().get(i)", 2_000, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    for (int j = 0; j < 65536; j++) {
                        s += raw.get(j);
                    }
                }
                return s;
            }));
            cases.add(new Case("read 8 B, safe: held.getLong(i)", n, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    s += held.getLong((int) (i & 1023) << 3);
                }
                return s;
            }));
            cases.add(new Case("read 8 B, raw: unsafeBuffer().getLong(i)", n, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    s += raw.getLong((int) (i & 1023) << 3);
                }
                return s;
            }));
            cases.add(new Case("copy 4 KiB out, safe: held.get(i, dst)", 500_000, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    held.get((int) (i & 15) << 12, page);
                    s += page[0];
                }
                return s;
            }));
            cases.add(new Case("copy 4 KiB out, raw: unsafeBuffer().get(i, dst)", 500_000, k -> {
                long s = 0;
                for (long i = 0; i < k; i++) {
                    raw.get((int) (i & 15) << 12, page);
                    s += page[0];
                }
                return s;
            }));
            for (Case c : cases) {   // warm-up: JIT-compile every loop
                for (int i = 0; i < 3; i++) {
                    nsPerCall(new Case(c.name, c.calls / 10, c.body));
                }
            }
            long copies = region.stats().copies();
            List<List<Double>> times = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                times.add(new ArrayList<>());
            }
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < cases.size(); i++) {
                    times.get(i).add(nsPerCall(cases.get(i)));
                }
            }
            System.out.printf("B9 Java (JNI), %s, %d rounds, medians (min) in ns (%s time) per call%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"), rounds,
                WALL ? "wall" : "process CPU");
            for (int i = 0; i < cases.size(); i++) {
                System.out.printf("  %-46s %11.2f (%11.2f)%n", cases.get(i).name, median(times.get(i)), min(times.get(i)));
            }
            System.out.println("ratios (median / median of the peer):");
            for (int i = 1; i < 6; i += 2) {
                List<Double> perRound = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    perRound.add(times.get(i).get(r) / times.get(i - 1).get(r));
                }
                System.out.printf("  %-40s %5.2fx  (min %5.2fx, per round %5.2fx)%n", cases.get(i).name,
                    median(times.get(i)) / median(times.get(i - 1)), min(times.get(i)) / min(times.get(i - 1)),
                    median(perRound));
            }
            double base = median(times.get(6));
            for (int i = 6; i < accessFirst; i++) {
                System.out.printf("  %-40s %5.2fx the 64 B view%n", cases.get(i).name, median(times.get(i)) / base);
            }
            System.out.println("ratios, safe view accessor / raw ByteBuffer (median, and median of per-round ratios):");
            for (int i = accessFirst; i < cases.size(); i += 2) {
                List<Double> perRound = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    perRound.add(times.get(i).get(r) / times.get(i + 1).get(r));
                }
                System.out.printf("  %-40s %5.2fx  (per round %5.2fx)%n", cases.get(i).name,
                    median(times.get(i)) / median(times.get(i + 1)), median(perRound));
            }
            held.close();
            System.out.println("copies counted by the core during the views: " + (region.stats().copies() - copies));
            for (Buffer b : bufs) {
                b.close();
            }
            buf.close();
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
