// Zero-copy from Java: a region, a buffer written by Java through a view (the
// core's memory in place, no copy), read back by the core, a string's UTF-8
// in place, and the borrow rules at work.
// Run (Java 11+ source launcher), with the build's jar and JNI library:
//   java -Ddev.weaveheap.library=build/bindings/java/libweaveheap_jni.so \
//        -cp build/bindings/java/weaveheap.jar samples/java/ZeroCopy.java
import java.nio.charset.StandardCharsets;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.BorrowException;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.RegionOptions;
import dev.weaveheap.WeaveHeap.StaleHandleException;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WeaveHeapString;

public final class ZeroCopy {
    public static void main(String[] args) {
        System.out.println("weaveheap " + WeaveHeap.versionString());
        boolean ok;
        try (Region region = new Region(new RegionOptions(1 << 20, 0, false))) {
            Buffer buf = region.alloc(16, 16);
            long copiesBefore = region.stats().copies();
            View view = buf.view(Access.UNIQUE);
            try (view) {
                view.put(0, "hello, core".getBytes(StandardCharsets.UTF_8));   // the core's bytes, in place
                try {
                    buf.close();
                } catch (BorrowException e) {
                    System.out.println("close while viewed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            boolean noCopy = region.stats().copies() == copiesBefore;
            boolean refused = false;
            try {
                view.get(0);                                  // a closed view: an error, not a crash
            } catch (StaleHandleException e) {
                refused = true;
            }

            byte[] copy = new byte[11];
            buf.read(0, copy);                                // the core's copy, counted
            String read = new String(copy, StandardCharsets.UTF_8);
            System.out.println("the core read: " + read);

            WeaveHeapString s = region.string("grüße".getBytes(StandardCharsets.UTF_8));
            try (View text = s.view()) {
                System.out.println("string view: " + text.length() + " bytes: "
                    + new String(text.toByteArray(), StandardCharsets.UTF_8));
            }
            buf.close();
            s.close();
            ok = noCopy && refused && read.equals("hello, core");
        }
        // printed only once everything, the region's close included, succeeded
        if (!ok) {
            System.out.println("zero-copy: FAILED");
            System.exit(1);
        }
        System.out.println("zero-copy: ok");
    }
}
