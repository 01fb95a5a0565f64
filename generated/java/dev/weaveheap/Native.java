// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
package dev.weaveheap;

/**
 * The native methods of weaveheap_jni, one per IDL function (the JNI glue is
 * generated/java/weaveheap_jni.c). Package-private: {@link WeaveHeap} is the API.
 * Loading checks the library's ABI version and IDL hash against the
 * constants these classes were generated with.
 */
final class Native {
    private Native() {
    }

    static {
        String path = System.getProperty("dev.weaveheap.library");
        if (path != null && !path.isEmpty()) {
            System.load(path);
        } else {
            System.loadLibrary("weaveheap_jni");
        }
        WeaveHeap.checkAbi(abiVersion(), idlHash());
    }

    /** Releases any handle with its kind's release function; false if it was not released. */
    static native boolean releaseQuietly(long handle);

    /** weaveheap.version_number (weaveheap_version_number). */
    static native int versionNumber();

    /** weaveheap.version_string (weaveheap_version_string). */
    static native String versionString();

    /** weaveheap.abi_version (weaveheap_abi_version). */
    static native int abiVersion();

    /** weaveheap.idl_hash (weaveheap_idl_hash). */
    static native String idlHash();

    /** weaveheap.strerror (weaveheap_strerror). */
    static native String strerror(int a0);

    /** region.create (weaveheap_region_create). */
    static native long regionCreate(WeaveHeap.RegionOptions a0);

    /** region.destroy (weaveheap_region_destroy). */
    static native void regionDestroy(long a0);

    /** region.reset (weaveheap_region_reset). */
    static native void regionReset(long a0);

    /** region.stats (weaveheap_region_stats). */
    static native WeaveHeap.Stats regionStats(long a0);

    /** buffer.alloc (weaveheap_buffer_alloc). */
    static native long bufferAlloc(long a0, long a1, long a2);

    /** buffer.release (weaveheap_buffer_release). */
    static native void bufferRelease(long a0);

    /** buffer.size (weaveheap_buffer_size). */
    static native long bufferSize(long a0);

    /** buffer.write (weaveheap_buffer_write). */
    static native void bufferWrite(long a0, long a1, byte[] a2);

    /** buffer.read (weaveheap_buffer_read). */
    static native void bufferRead(long a0, long a1, byte[] a2);

    /** bytes.create (weaveheap_bytes_create). */
    static native long bytesCreate(long a0, byte[] a1);

    /** bytes.release (weaveheap_bytes_release). */
    static native void bytesRelease(long a0);

    /** bytes.length (weaveheap_bytes_length). */
    static native long bytesLength(long a0);

    /** bytes.dup (weaveheap_bytes_dup). */
    static native byte[] bytesDup(long a0);

    /** string.create (weaveheap_string_create). */
    static native long stringCreate(long a0, byte[] a1);

    /** string.release (weaveheap_string_release). */
    static native void stringRelease(long a0);

    /** string.length (weaveheap_string_length). */
    static native long stringLength(long a0);

    /** string.dup (weaveheap_string_dup). */
    static native byte[] stringDup(long a0);

    /** borrow.shared (weaveheap_borrow_shared). */
    static native java.nio.ByteBuffer borrowShared(long a0, long[] out);

    /** borrow.unique (weaveheap_borrow_unique). */
    static native java.nio.ByteBuffer borrowUnique(long a0, long[] out);

    /** borrow.release (weaveheap_borrow_release). */
    static native void borrowRelease(long a0);

    /** handle.kind_of (weaveheap_handle_kind_of). */
    static native int handleKindOf(long a0);

    /** stats.global (weaveheap_stats_global). */
    static native WeaveHeap.Stats statsGlobal();

    /** stats.set_enabled (weaveheap_stats_set_enabled). */
    static native void statsSetEnabled(boolean a0);

    /** stats.enabled (weaveheap_stats_enabled). */
    static native boolean statsEnabled();

    /** publish.start (weaveheap_publish_start). */
    static native void publishStart(int a0);

    /** publish.now (weaveheap_publish_now). */
    static native void publishNow();

    /** publish.stop (weaveheap_publish_stop). */
    static native void publishStop();

    /** publish.active (weaveheap_publish_active). */
    static native boolean publishActive();
}
