package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Region;

/** The Cleaner is a safety net: what was not closed is released, on the region's thread. */
class CleanerTest {
    private static void dropSome(Region r) {
        for (int i = 0; i < 10; i++) {
            Buffer b = r.alloc(64);
            b.view();          // neither the view nor the buffer is closed
        }
    }

    @Test
    void unclosedObjectsAndViewsAreReleased() throws InterruptedException {
        try (Region r = new Region()) {
            dropSome(r);
            assertEquals(10, r.stats().borrowsActive());
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (r.stats().borrowsActive() > 0 || r.stats().bytesLive() > 0) {
                assertTrue(System.nanoTime() < deadline, "the Cleaner never released the dropped objects");
                System.gc();
                Thread.sleep(20);
                r.stats();           // the region's call drains what the Cleaner queued
            }
            assertEquals(10, r.stats().releases());
        }   // and close() works: nothing is left borrowed
    }

    @Test
    void unclosedRegionIsDestroyed() throws InterruptedException {
        long base = WeaveHeap.stats().regionsLive();
        makeRegion();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (WeaveHeap.stats().regionsLive() > base) {
            assertTrue(System.nanoTime() < deadline, "the Cleaner never destroyed the dropped region");
            System.gc();
            Thread.sleep(20);
        }
    }

    private static void makeRegion() {
        Region r = new Region();
        Buffer b = r.alloc(8);
        b.view(Access.UNIQUE);              // a borrow outstanding: the region's reclaim releases it first
    }

    @Test
    void everyReclaimOrderDestroysTheRegion() {
        long base = WeaveHeap.stats().regionsLive();
        for (String order : new String[] {"RBV", "RVB", "BRV", "BVR", "VRB", "VBR"}) {
            long region = dev.weaveheap.TestAccess.reclaimInOrder(order);
            assertThrows(WeaveHeap.StaleHandleException.class, () -> WeaveHeap.handleKindOf(region), order);
            assertEquals(base, WeaveHeap.stats().regionsLive(), order);
        }
    }
}
