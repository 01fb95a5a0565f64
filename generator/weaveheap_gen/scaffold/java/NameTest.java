// @name@ from Java: the class over the weaveheap classes' objects, the
// result, its own exception (a WeaveHeapException), a stale handle, and the
// core's counters (nothing copied in, every borrow given back). Exits
// non-zero on a failure.
import dev.weaveheap.WeaveHeap;
import dev.weaveheap.@name@.@Name@;

public final class @Name@Test {
    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    public static void main(String[] args) {
        try (WeaveHeap.Region r = new WeaveHeap.Region()) {
            WeaveHeap.Bytes b = r.bytes(new byte[] {'a', 'b', 'c'});
            WeaveHeap.Stats before = r.stats();
            check(@Name@.sum(b, 1000) == 294, "sum");
            try {
                @Name@.sum(b, 10);
                check(false, "over the limit, yet no exception");
            } catch (@Name@.OverLimitException e) {
                check(e instanceof WeaveHeap.WeaveHeapException && e.getMessage().contains("294"), e.toString());
            }
            WeaveHeap.Stats after = r.stats();
            check(after.copies() == before.copies(), "copied in");
            check(after.borrowsTaken() == before.borrowsTaken() + 2 && after.borrowsActive() == 0, "borrows");
            b.close();
            try {
                @Name@.sum(b, 1000);
                check(false, "a stale handle, yet no exception");
            } catch (WeaveHeap.StaleHandleException e) {
                // expected
            }
        }
        System.out.println("ok");
    }
}
