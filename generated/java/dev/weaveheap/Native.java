// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
package dev.weaveheap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * The native methods of weaveheap_jni, one per IDL function (the JNI glue is
 * generated/java/weaveheap_jni.c). Package-private: {@link WeaveHeap} is the API.
 * Loading checks the library's ABI version and IDL hash against the
 * constants these classes were generated with.
 *
 * <p>The library is found, at first use, as: the path in the system property
 * {@code dev.weaveheap.library}, if set; else the copy the jar carries for this
 * platform ({@code /dev/weaveheap/native/<os>-<arch>/libweaveheap_jni.so}), copied to a
 * private temporary directory (under {@code java.io.tmpdir}) and loaded from
 * there; else {@code System.loadLibrary("weaveheap_jni")} on
 * {@code java.library.path}.
 */
final class Native {
    private Native() {
    }

    static {
        String path = System.getProperty("dev.weaveheap.library");
        if (path != null && !path.isEmpty()) {
            System.load(path);
        } else if (!loadFromJar()) {
            System.loadLibrary("weaveheap_jni");
        }
        WeaveHeap.checkAbi(abiVersion(), idlHash());
    }

    /** This platform as the jar names its native directories: linux-x86_64, linux-aarch64. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        switch (arch) {
            case "amd64":
            case "x86_64":
                arch = "x86_64";
                break;
            case "arm64":
            case "aarch64":
                arch = "aarch64";
                break;
            default:
                break;
        }
        return os + "-" + arch;
    }

    /**
     * Loads the jar's copy of the library for this platform: copied into a
     * new directory only this user can read (a library is loaded from a
     * file), loaded, then deleted (the loaded library stays mapped).
     * Returns false when the jar has no copy for this platform.
     */
    private static boolean loadFromJar() {
        String resource = "/dev/weaveheap/native/" + platform() + "/libweaveheap_jni.so";
        try (InputStream in = Native.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Path dir = Files.createTempDirectory("weaveheap_jni-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = dir.resolve("libweaveheap_jni.so");
            try {
                Files.copy(in, file);
                System.load(file.toString());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
            return true;
        } catch (IOException e) {
            UnsatisfiedLinkError error = new UnsatisfiedLinkError("cannot copy " + resource
                    + " out of the jar to load it (" + e + "); set -Ddev.weaveheap.library=<path of "
                    + "libweaveheap_jni.so>, or java.io.tmpdir to a directory where files may be executed");
            error.initCause(e);
            throw error;
        }
    }

    /** Releases any handle with its kind's release function; false if it was not released. */
    static native boolean releaseQuietly(long handle);

    /** The address of the core's function table (weaveheap_api_table()). */
    static native long apiTable();

    /** Releases an Arrow export's structs (the callbacks nobody ran) and frees its holder. */
    static native void arrowRelease(long holder);

    /** A stream export's next batch: {holder, schema, array}, or null at the end. */
    static native long[] arrowStreamNext(long holder);

    /** weaveheap.version_number (weaveheap_version_number). */
    static native int versionNumber();

    /** weaveheap.version_string (weaveheap_version_string). */
    static native String versionString();

    /** weaveheap.abi_version (weaveheap_abi_version). */
    static native int abiVersion();

    /** weaveheap.idl_hash (weaveheap_idl_hash). */
    static native String idlHash();

    /** weaveheap.strerror (weaveheap_strerror). */
    static native String strerror(int code);

    /** region.create (weaveheap_region_create). */
    static native long regionCreate(WeaveHeap.RegionOptions options);

    /** region.destroy (weaveheap_region_destroy). */
    static native void regionDestroy(long handle);

    /** region.reset (weaveheap_region_reset). */
    static native void regionReset(long handle);

    /** region.stats (weaveheap_region_stats). */
    static native WeaveHeap.Stats regionStats(long handle);

    /** buffer.alloc (weaveheap_buffer_alloc). */
    static native long bufferAlloc(long handle, long size, long align);

    /** buffer.release (weaveheap_buffer_release). */
    static native void bufferRelease(long handle);

    /** buffer.size (weaveheap_buffer_size). */
    static native long bufferSize(long handle);

    /** buffer.write (weaveheap_buffer_write). */
    static native void bufferWrite(long handle, long offset, byte[] data);

    /** buffer.read (weaveheap_buffer_read). */
    static native void bufferRead(long handle, long offset, byte[] dst);

    /** bytes.create (weaveheap_bytes_create). */
    static native long bytesCreate(long handle, byte[] data);

    /** bytes.release (weaveheap_bytes_release). */
    static native void bytesRelease(long handle);

    /** bytes.length (weaveheap_bytes_length). */
    static native long bytesLength(long handle);

    /** bytes.dup (weaveheap_bytes_dup). */
    static native byte[] bytesDup(long handle);

    /** string.create (weaveheap_string_create). */
    static native long stringCreate(long handle, byte[] text);

    /** string.release (weaveheap_string_release). */
    static native void stringRelease(long handle);

    /** string.length (weaveheap_string_length). */
    static native long stringLength(long handle);

    /** string.dup (weaveheap_string_dup). */
    static native byte[] stringDup(long handle);

    /** vector.create (weaveheap_vector_create). */
    static native long vectorCreate(long handle, int type, long capacity, boolean nullable);

    /** vector.release (weaveheap_vector_release). */
    static native void vectorRelease(long handle);

    /** vector.length (weaveheap_vector_length). */
    static native long vectorLength(long handle);

    /** vector.capacity (weaveheap_vector_capacity). */
    static native long vectorCapacity(long handle);

    /** vector.resize (weaveheap_vector_resize). */
    static native void vectorResize(long handle, long capacity);

    /** vector.element_type (weaveheap_vector_element_type). */
    static native int vectorElementType(long handle);

    /** vector.null_count (weaveheap_vector_null_count). */
    static native long vectorNullCount(long handle);

    /** vector.append (weaveheap_vector_append). */
    static native void vectorAppend(long handle, long value);

    /** vector.extend (weaveheap_vector_extend). */
    static native void vectorExtend(long handle, byte[] data);

    /** vector.append_null (weaveheap_vector_append_null). */
    static native void vectorAppendNull(long handle);

    /** vector.set (weaveheap_vector_set). */
    static native void vectorSet(long handle, long index, long value);

    /** vector.get (weaveheap_vector_get). */
    static native long vectorGet(long handle, long index);

    /** vector.append_f64 (weaveheap_vector_append_f64). */
    static native void vectorAppendF64(long handle, double value);

    /** vector.set_f64 (weaveheap_vector_set_f64). */
    static native void vectorSetF64(long handle, long index, double value);

    /** vector.get_f64 (weaveheap_vector_get_f64). */
    static native double vectorGetF64(long handle, long index);

    /** vector.is_valid (weaveheap_vector_is_valid). */
    static native boolean vectorIsValid(long handle, long index);

    /** vector.read (weaveheap_vector_read). */
    static native void vectorRead(long handle, long offset, byte[] dst);

    /** var_vector.create (weaveheap_var_vector_create). */
    static native long varVectorCreate(long handle, long capacity, long dataCapacity, boolean nullable, boolean binary);

    /** var_vector.release (weaveheap_var_vector_release). */
    static native void varVectorRelease(long handle);

    /** var_vector.length (weaveheap_var_vector_length). */
    static native long varVectorLength(long handle);

    /** var_vector.capacity (weaveheap_var_vector_capacity). */
    static native long varVectorCapacity(long handle);

    /** var_vector.data_length (weaveheap_var_vector_data_length). */
    static native long varVectorDataLength(long handle);

    /** var_vector.data_capacity (weaveheap_var_vector_data_capacity). */
    static native long varVectorDataCapacity(long handle);

    /** var_vector.resize (weaveheap_var_vector_resize). */
    static native void varVectorResize(long handle, long capacity, long dataCapacity);

    /** var_vector.null_count (weaveheap_var_vector_null_count). */
    static native long varVectorNullCount(long handle);

    /** var_vector.is_utf8 (weaveheap_var_vector_is_utf8). */
    static native boolean varVectorIsUtf8(long handle);

    /** var_vector.append (weaveheap_var_vector_append). */
    static native void varVectorAppend(long handle, byte[] value);

    /** var_vector.append_null (weaveheap_var_vector_append_null). */
    static native void varVectorAppendNull(long handle);

    /** var_vector.get (weaveheap_var_vector_get). */
    static native byte[] varVectorGet(long handle, long index);

    /** var_vector.value_offset (weaveheap_var_vector_value_offset). */
    static native long varVectorValueOffset(long handle, long index);

    /** var_vector.value_length (weaveheap_var_vector_value_length). */
    static native long varVectorValueLength(long handle, long index);

    /** var_vector.is_valid (weaveheap_var_vector_is_valid). */
    static native boolean varVectorIsValid(long handle, long index);

    /** var_vector.read (weaveheap_var_vector_read). */
    static native void varVectorRead(long handle, long offset, byte[] dst);

    /** batch.create (weaveheap_batch_create). */
    static native long batchCreate(long handle, int maxColumns);

    /** batch.release (weaveheap_batch_release). */
    static native void batchRelease(long handle);

    /** batch.add_column (weaveheap_batch_add_column). */
    static native void batchAddColumn(long handle, byte[] name, long column);

    /** batch.num_columns (weaveheap_batch_num_columns). */
    static native long batchNumColumns(long handle);

    /** batch.num_rows (weaveheap_batch_num_rows). */
    static native long batchNumRows(long handle);

    /** batch.column_name (weaveheap_batch_column_name). */
    static native byte[] batchColumnName(long handle, long index);

    /** batch.validate (weaveheap_batch_validate). */
    static native void batchValidate(long handle);

    /** batch.append_row (weaveheap_batch_append_row). */
    static native void batchAppendRow(long handle, byte[] row);

    /** list_vector.create (weaveheap_list_vector_create). */
    static native long listVectorCreate(long handle, long child, long capacity, boolean nullable, boolean map);

    /** list_vector.release (weaveheap_list_vector_release). */
    static native void listVectorRelease(long handle);

    /** list_vector.length (weaveheap_list_vector_length). */
    static native long listVectorLength(long handle);

    /** list_vector.capacity (weaveheap_list_vector_capacity). */
    static native long listVectorCapacity(long handle);

    /** list_vector.null_count (weaveheap_list_vector_null_count). */
    static native long listVectorNullCount(long handle);

    /** list_vector.is_map (weaveheap_list_vector_is_map). */
    static native boolean listVectorIsMap(long handle);

    /** list_vector.is_valid (weaveheap_list_vector_is_valid). */
    static native boolean listVectorIsValid(long handle, long index);

    /** list_vector.value_offset (weaveheap_list_vector_value_offset). */
    static native long listVectorValueOffset(long handle, long index);

    /** list_vector.value_length (weaveheap_list_vector_value_length). */
    static native long listVectorValueLength(long handle, long index);

    /** list_vector.append (weaveheap_list_vector_append). */
    static native void listVectorAppend(long handle, byte[] value);

    /** list_vector.append_null (weaveheap_list_vector_append_null). */
    static native void listVectorAppendNull(long handle);

    /** list_vector.lookup (weaveheap_list_vector_lookup). */
    static native long listVectorLookup(long handle, long index, byte[] key);

    /** batch_stream.create (weaveheap_batch_stream_create). */
    static native long batchStreamCreate(long handle, int maxBatches);

    /** batch_stream.release (weaveheap_batch_stream_release). */
    static native void batchStreamRelease(long handle);

    /** batch_stream.add_batch (weaveheap_batch_stream_add_batch). */
    static native void batchStreamAddBatch(long handle, long batch);

    /** batch_stream.num_batches (weaveheap_batch_stream_num_batches). */
    static native long batchStreamNumBatches(long handle);

    /** foreign.create (weaveheap_foreign_create). */
    static native long foreignCreate(long handle, int type, byte[] values);

    /** foreign.release (weaveheap_foreign_release). */
    static native void foreignRelease(long handle);

    /** foreign.length (weaveheap_foreign_length). */
    static native long foreignLength(long handle);

    /** foreign.null_count (weaveheap_foreign_null_count). */
    static native long foreignNullCount(long handle);

    /** foreign.offset (weaveheap_foreign_offset). */
    static native long foreignOffset(long handle);

    /** foreign.num_children (weaveheap_foreign_num_children). */
    static native long foreignNumChildren(long handle);

    /** foreign.format (weaveheap_foreign_format). */
    static native byte[] foreignFormat(long handle);

    /** handle.kind_of (weaveheap_handle_kind_of). */
    static native int handleKindOf(long handle);

    /** stats.global (weaveheap_stats_global). */
    static native WeaveHeap.Stats statsGlobal();

    /** stats.set_enabled (weaveheap_stats_set_enabled). */
    static native void statsSetEnabled(boolean enabled);

    /** stats.enabled (weaveheap_stats_enabled). */
    static native boolean statsEnabled();

    /** publish.start (weaveheap_publish_start). */
    static native void publishStart(int intervalMs);

    /** publish.now (weaveheap_publish_now). */
    static native void publishNow();

    /** publish.stop (weaveheap_publish_stop). */
    static native void publishStop();

    /** publish.active (weaveheap_publish_active). */
    static native boolean publishActive();

    /** borrow.release (weaveheap_borrow_release). */
    static native void borrowRelease(long handle);

    /** borrow.shared (weaveheap_borrow_shared): a direct ByteBuffer over the core's memory; out gets the token, 1 when writable, and the address. */
    static native java.nio.ByteBuffer borrowShared(long handle, long[] out);

    /** borrow.unique (weaveheap_borrow_unique): a direct ByteBuffer over the core's memory; out gets the token, 1 when writable, and the address. */
    static native java.nio.ByteBuffer borrowUnique(long handle, long[] out);

    /** vector.export_arrow (weaveheap_vector_export_arrow): the holder's address, then its structs' */
    static native long[] arrowVector(long handle);

    /** batch.export_arrow (weaveheap_batch_export_arrow): the holder's address, then its structs' */
    static native long[] arrowBatch(long handle);

    /** batch_stream.export_arrow (weaveheap_batch_stream_export_arrow): the holder's address, then its structs' */
    static native long[] arrowBatchStream(long handle);

    /** var_vector.export_arrow (weaveheap_var_vector_export_arrow): the holder's address, then its structs' */
    static native long[] arrowVarVector(long handle);

    /** list_vector.export_arrow (weaveheap_list_vector_export_arrow): the holder's address, then its structs' */
    static native long[] arrowListVector(long handle);

    /** foreign.export_arrow (weaveheap_foreign_export_arrow): the holder's address, then its structs' */
    static native long[] arrowForeign(long handle);
}
