package dev.weaveheap.test;

import dev.weaveheap.WeaveHeap;

/** Run in a child JVM by AbiGuardTest: the first call loads the library and meets the guard. */
public final class AbiChild {
    private AbiChild() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("loaded: " + WeaveHeap.versionString());
        } catch (UnsatisfiedLinkError e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(3);
        }
    }
}
