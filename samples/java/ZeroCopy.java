// Zero-copy from Java: a region, a buffer written by Java through a view (a
// direct ByteBuffer over the core's memory, no copy), read back by the core,
// a string's UTF-8 in place, and the borrow rules at work.
// Run (Java 11+ source launcher), with the build's jar and JNI library:
//   java -Ddev.weaveheap.library=build/bindings/java/libweaveheap_jni.so \
//        -cp build/bindings/java/weaveheap.jar samples/java/ZeroCopy.java
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.BorrowError;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.RegionOptions;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WhString;

public final class ZeroCopy {
    public static void main(String[] args) {
        System.out.println("weaveheap " + WeaveHeap.versionString());
        try (Region region = new Region(new RegionOptions(1 << 20, 0, false))) {
            Buffer buf = region.alloc(16, 16);
            long copiesBefore = region.stats().copies();
            try (View view = buf.uniqueView()) {
                ByteBuffer bb = view.buffer();
                bb.put("hello, core".getBytes(StandardCharsets.UTF_8));
                try {
                    buf.close();
                } catch (BorrowError e) {
                    System.out.println("close while viewed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            boolean noCopy = region.stats().copies() == copiesBefore;

            byte[] copy = new byte[11];
            buf.read(0, copy);                        // the core's copy, counted
            String read = new String(copy, StandardCharsets.UTF_8);
            System.out.println("the core read: " + read);

            WhString s = region.string("grüße".getBytes(StandardCharsets.UTF_8));
            try (View text = s.sharedView()) {
                byte[] utf8 = new byte[text.length()];
                text.buffer().get(0, utf8);
                System.out.println("string view: " + text.length() + " bytes: " + new String(utf8, StandardCharsets.UTF_8));
            }
            buf.close();
            s.close();
            if (noCopy && read.equals("hello, core")) {
                System.out.println("zero-copy: ok");
            }
        }
    }
}
