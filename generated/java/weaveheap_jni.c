/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * JNI glue of the Java binding (package dev.weaveheap): one native method
 * of class dev.weaveheap.Native per IDL function. A failing call throws
 * the exception class of its error code, carrying the core's message, and
 * changes nothing; results the core hands out are copied into Java arrays
 * and freed here.
 */
#include <jni.h>
#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#include "weaveheap.h"
#include "weaveheap_jni_support.h"
#include <errno.h>
#include <stdbool.h>

#include "weaveheap_arrow.h"

/* The records the glue builds or reads, resolved once in JNI_OnLoad (global
 * references); the exception classes are kept by weaveheap_jni_support.c. */
static jclass wh__class_region_options;
static jmethodID wh__class_region_options_new;
static jfieldID wh__class_region_options_chunk_size;
static jfieldID wh__class_region_options_byte_limit;
static jfieldID wh__class_region_options_thread_safe;
static jclass wh__class_stats;
static jmethodID wh__class_stats_new;
static jfieldID wh__class_stats_allocations;
static jfieldID wh__class_stats_releases;
static jfieldID wh__class_stats_bytes_allocated;
static jfieldID wh__class_stats_bytes_live;
static jfieldID wh__class_stats_bytes_peak;
static jfieldID wh__class_stats_bytes_reserved;
static jfieldID wh__class_stats_borrows_taken;
static jfieldID wh__class_stats_borrows_active;
static jfieldID wh__class_stats_borrow_conflicts;
static jfieldID wh__class_stats_stale_rejected;
static jfieldID wh__class_stats_copies;
static jfieldID wh__class_stats_copy_bytes;
static jfieldID wh__class_stats_regions_live;
static jfieldID wh__class_stats_imports;

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM* vm, void* reserved) {
    (void)reserved;
    JNIEnv* env;
    if ((*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_1_8) != JNI_OK) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, -1, "dev/weaveheap/WeaveHeap$WeaveHeapException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "dev/weaveheap/WeaveHeap$InvalidArgumentException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "dev/weaveheap/WeaveHeap$OutOfMemoryException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_STALE_HANDLE, "dev/weaveheap/WeaveHeap$StaleHandleException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_REUSED_HANDLE, "dev/weaveheap/WeaveHeap$ReusedHandleException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_FORGED_HANDLE, "dev/weaveheap/WeaveHeap$ForgedHandleException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_WRONG_KIND, "dev/weaveheap/WeaveHeap$WrongKindException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_BORROWED, "dev/weaveheap/WeaveHeap$BorrowException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_BORROW_CONFLICT, "dev/weaveheap/WeaveHeap$BorrowConflictException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_INVALID_UTF8, "dev/weaveheap/WeaveHeap$InvalidUtf8Exception") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_OUT_OF_RANGE, "dev/weaveheap/WeaveHeap$OutOfRangeException") != 0) {
        return JNI_ERR;
    }
    if (weaveheap__jni_register_error(env, WEAVEHEAP_ERR_SYSTEM_ERROR, "dev/weaveheap/WeaveHeap$SystemCallException") != 0) {
        return JNI_ERR;
    }
    if ((wh__class_region_options = weaveheap__jni_find(env, "dev/weaveheap/WeaveHeap$RegionOptions")) == NULL
        || (wh__class_region_options_new = (*env)->GetMethodID(env, wh__class_region_options, "<init>", "(JJZ)V")) == NULL
        || (wh__class_region_options_chunk_size = (*env)->GetFieldID(env, wh__class_region_options, "chunkSize", "J")) == NULL
        || (wh__class_region_options_byte_limit = (*env)->GetFieldID(env, wh__class_region_options, "byteLimit", "J")) == NULL
        || (wh__class_region_options_thread_safe = (*env)->GetFieldID(env, wh__class_region_options, "threadSafe", "Z")) == NULL
    ) {
        return JNI_ERR;
    }
    if ((wh__class_stats = weaveheap__jni_find(env, "dev/weaveheap/WeaveHeap$Stats")) == NULL
        || (wh__class_stats_new = (*env)->GetMethodID(env, wh__class_stats, "<init>", "(JJJJJJJJJJJJJJ)V")) == NULL
        || (wh__class_stats_allocations = (*env)->GetFieldID(env, wh__class_stats, "allocations", "J")) == NULL
        || (wh__class_stats_releases = (*env)->GetFieldID(env, wh__class_stats, "releases", "J")) == NULL
        || (wh__class_stats_bytes_allocated = (*env)->GetFieldID(env, wh__class_stats, "bytesAllocated", "J")) == NULL
        || (wh__class_stats_bytes_live = (*env)->GetFieldID(env, wh__class_stats, "bytesLive", "J")) == NULL
        || (wh__class_stats_bytes_peak = (*env)->GetFieldID(env, wh__class_stats, "bytesPeak", "J")) == NULL
        || (wh__class_stats_bytes_reserved = (*env)->GetFieldID(env, wh__class_stats, "bytesReserved", "J")) == NULL
        || (wh__class_stats_borrows_taken = (*env)->GetFieldID(env, wh__class_stats, "borrowsTaken", "J")) == NULL
        || (wh__class_stats_borrows_active = (*env)->GetFieldID(env, wh__class_stats, "borrowsActive", "J")) == NULL
        || (wh__class_stats_borrow_conflicts = (*env)->GetFieldID(env, wh__class_stats, "borrowConflicts", "J")) == NULL
        || (wh__class_stats_stale_rejected = (*env)->GetFieldID(env, wh__class_stats, "staleRejected", "J")) == NULL
        || (wh__class_stats_copies = (*env)->GetFieldID(env, wh__class_stats, "copies", "J")) == NULL
        || (wh__class_stats_copy_bytes = (*env)->GetFieldID(env, wh__class_stats, "copyBytes", "J")) == NULL
        || (wh__class_stats_regions_live = (*env)->GetFieldID(env, wh__class_stats, "regionsLive", "J")) == NULL
        || (wh__class_stats_imports = (*env)->GetFieldID(env, wh__class_stats, "imports", "J")) == NULL
    ) {
        return JNI_ERR;
    }
    return JNI_VERSION_1_8;
}

/* Throws the class of err->code with the core's message, then clears err. */
static void wh__throw(JNIEnv* env, weaveheap_error* err) {
    weaveheap__jni_throw(env, err->code, err->message ? err->message : weaveheap_strerror(err->code));
    weaveheap_error_clear(err);
}

/* -- raw Arrow C Data / C Stream exports (ArrowExport, ArrowStreamExport) ------
 * The structs live on the C heap, in a holder whose address only the Java
 * object keeps (private, given back once by close()); the others are the
 * addresses a user's Arrow C Data importer takes. */
typedef struct wh__arrow_held {
    bool live;
    bool stream;
    struct ArrowSchema schema;
    struct ArrowArray array;
    struct ArrowArrayStream s;
} wh__arrow_held;

/* Runs the release callbacks nobody ran (a moved struct is marked released). */
static void wh__arrow_release(wh__arrow_held* held) {
    if (!held->live) return;
    held->live = false;
    if (held->stream) {
        if (held->s.release) held->s.release(&held->s);
        return;
    }
    if (held->array.release) held->array.release(&held->array);
    if (held->schema.release) held->schema.release(&held->schema);
}

/* {holder, schema, array} or {holder, stream}; on failure the export is
 * released and freed, and NULL returned (thrown). */
static jlongArray wh__arrow_result(JNIEnv* env, wh__arrow_held* held) {
    jsize n = held->stream ? 2 : 3;
    jlongArray out = (*env)->NewLongArray(env, n);
    if (out == NULL) {
        wh__arrow_release(held);
        free(held);
        return NULL;
    }
    jlong slots[3] = {(jlong)(uintptr_t)held,
                      (jlong)(uintptr_t)(held->stream ? (void*)&held->s : (void*)&held->schema),
                      (jlong)(uintptr_t)&held->array};
    (*env)->SetLongArrayRegion(env, out, 0, n, slots);
    return out;
}

/* ArrowExport.close(), ArrowStreamExport.close(): releases, then frees the holder. */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_arrowRelease(JNIEnv* env, jclass cls, jlong holder) {
    (void)env;
    (void)cls;
    wh__arrow_held* held = (wh__arrow_held*)(uintptr_t)holder;
    wh__arrow_release(held);
    free(held);
}

/* ArrowStreamExport.next(): the next batch as {holder, schema, array}, or
 * NULL at the end (nothing thrown) or on failure (thrown). */
JNIEXPORT jlongArray JNICALL Java_dev_weaveheap_Native_arrowStreamNext(JNIEnv* env, jclass cls, jlong holder) {
    (void)cls;
    wh__arrow_held* st = (wh__arrow_held*)(uintptr_t)holder;
    if (!st->s.release) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_STALE_HANDLE, "the Arrow stream export was moved to a consumer");
        return NULL;
    }
    wh__arrow_held* held = calloc(1, sizeof *held);
    if (held == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    held->live = true;
    int rc = st->s.get_schema(&st->s, &held->schema);
    if (rc == 0) rc = st->s.get_next(&st->s, &held->array);
    if (rc != 0 || !held->array.release) {
        const char* text = rc != 0 ? st->s.get_last_error(&st->s) : NULL;
        char message[512];
        wh__arrow_release(held);
        free(held);
        if (rc == 0) return NULL;  /* the end of the stream */
        snprintf(message, sizeof message, "get_next failed (errno %d): %s", rc, text ? text : "");
        weaveheap__jni_throw(env, rc == ENOMEM ? WEAVEHEAP_ERR_OUT_OF_MEMORY : WEAVEHEAP_ERR_INVALID_ARGUMENT, message);
        return NULL;
    }
    return wh__arrow_result(env, held);
}

/* The address of the core's function table, for an extension's JNI library
 * (docs/extensions.md): it calls the core linked in here, never its own. */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_apiTable(JNIEnv* env, jclass cls) {
    (void)env;
    (void)cls;
    return (jlong)(intptr_t)weaveheap_api_table();
}

/* Releases any handle with its kind's release function, reporting nothing:
 * the Cleaner's safety net. Returns whether it was released. */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_releaseQuietly(JNIEnv* env, jclass cls, jlong handle) {
    (void)env;
    (void)cls;
    weaveheap_error err = {0, NULL};
    weaveheap_handle_kind kind = weaveheap_handle_kind_of((uint64_t)handle, &err);
    if (err.code != 0) {
        weaveheap_error_clear(&err);
        return JNI_FALSE;
    }
    switch (kind) {
    case WEAVEHEAP_HANDLE_KIND_REGION:
        weaveheap_region_destroy((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_BUFFER:
        weaveheap_buffer_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_BYTES:
        weaveheap_bytes_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_STRING:
        weaveheap_string_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_BORROW:
        weaveheap_borrow_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_VECTOR:
        weaveheap_vector_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_BATCH:
        weaveheap_batch_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_BATCH_STREAM:
        weaveheap_batch_stream_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_VAR_VECTOR:
        weaveheap_var_vector_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_LIST_VECTOR:
        weaveheap_list_vector_release((uint64_t)handle, &err);
        break;
    case WEAVEHEAP_HANDLE_KIND_FOREIGN:
        weaveheap_foreign_release((uint64_t)handle, &err);
        break;
    default:
        return JNI_FALSE;
    }
    jboolean ok = err.code == 0 ? JNI_TRUE : JNI_FALSE;
    weaveheap_error_clear(&err);
    return ok;
}

/* weaveheap.version_number (weaveheap_version_number). */
JNIEXPORT jint JNICALL Java_dev_weaveheap_Native_versionNumber(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    uint32_t r = weaveheap_version_number();
    return (jint)r;
}

/* weaveheap.version_string (weaveheap_version_string). */
JNIEXPORT jstring JNICALL Java_dev_weaveheap_Native_versionString(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    const char* r = weaveheap_version_string();
    return (*env)->NewStringUTF(env, r);
}

/* weaveheap.abi_version (weaveheap_abi_version). */
JNIEXPORT jint JNICALL Java_dev_weaveheap_Native_abiVersion(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    uint32_t r = weaveheap_abi_version();
    return (jint)r;
}

/* weaveheap.idl_hash (weaveheap_idl_hash). */
JNIEXPORT jstring JNICALL Java_dev_weaveheap_Native_idlHash(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    const char* r = weaveheap_idl_hash();
    return (*env)->NewStringUTF(env, r);
}

/* weaveheap.strerror (weaveheap_strerror). */
JNIEXPORT jstring JNICALL Java_dev_weaveheap_Native_strerror(JNIEnv* env, jclass cls, jint a0) {
    (void)cls;
    (void)env;
    const char* r = weaveheap_strerror((int32_t)a0);
    return (*env)->NewStringUTF(env, r);
}

/* region.create (weaveheap_region_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_regionCreate(JNIEnv* env, jclass cls, jobject a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_region_options a0_s = {0};
    if (a0 != NULL) {
        a0_s.chunk_size = (uint64_t)(*env)->GetLongField(env, a0, wh__class_region_options_chunk_size);
        a0_s.byte_limit = (uint64_t)(*env)->GetLongField(env, a0, wh__class_region_options_byte_limit);
        a0_s.thread_safe = (*env)->GetBooleanField(env, a0, wh__class_region_options_thread_safe) == JNI_TRUE;
    }
    weaveheap_region_t r = weaveheap_region_create((a0 != NULL ? &a0_s : NULL), &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* region.destroy (weaveheap_region_destroy). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_regionDestroy(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_region_destroy((weaveheap_region_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* region.reset (weaveheap_region_reset). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_regionReset(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_region_reset((weaveheap_region_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* region.stats (weaveheap_region_stats). */
JNIEXPORT jobject JNICALL Java_dev_weaveheap_Native_regionStats(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_stats out = {0};
    weaveheap_region_stats((weaveheap_region_t)a0, &out, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (*env)->NewObject(env, wh__class_stats, wh__class_stats_new, (jlong)out.allocations, (jlong)out.releases, (jlong)out.bytes_allocated, (jlong)out.bytes_live, (jlong)out.bytes_peak, (jlong)out.bytes_reserved, (jlong)out.borrows_taken, (jlong)out.borrows_active, (jlong)out.borrow_conflicts, (jlong)out.stale_rejected, (jlong)out.copies, (jlong)out.copy_bytes, (jlong)out.regions_live, (jlong)out.imports);
}

/* buffer.alloc (weaveheap_buffer_alloc). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_bufferAlloc(JNIEnv* env, jclass cls, jlong a0, jlong a1, jlong a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_buffer_t r = weaveheap_buffer_alloc((weaveheap_region_t)a0, (uint64_t)a1, (uint64_t)a2, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* buffer.release (weaveheap_buffer_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_bufferRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_buffer_release((weaveheap_buffer_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* buffer.size (weaveheap_buffer_size). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_bufferSize(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_buffer_size((weaveheap_buffer_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* buffer.write (weaveheap_buffer_write). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_bufferWrite(JNIEnv* env, jclass cls, jlong a0, jlong a1, jbyteArray a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a2 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "buffer.write: 'data' is null");
        return;
    }
    uint64_t a2_len = (uint64_t)(*env)->GetArrayLength(env, a2);
    jbyte* a2_arr = (*env)->GetPrimitiveArrayCritical(env, a2, NULL);
    if (a2_arr == NULL) {
        return;
    }
    weaveheap_buffer_write((weaveheap_buffer_t)a0, (uint64_t)a1, (const uint8_t*)a2_arr, a2_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a2, a2_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* buffer.read (weaveheap_buffer_read). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_bufferRead(JNIEnv* env, jclass cls, jlong a0, jlong a1, jbyteArray a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a2 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "buffer.read: 'dst' is null");
        return;
    }
    uint64_t a2_len = (uint64_t)(*env)->GetArrayLength(env, a2);
    jbyte* a2_arr = (*env)->GetPrimitiveArrayCritical(env, a2, NULL);
    if (a2_arr == NULL) {
        return;
    }
    weaveheap_buffer_read((weaveheap_buffer_t)a0, (uint64_t)a1, (uint8_t*)a2_arr, a2_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a2, a2_arr, 0);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* bytes.create (weaveheap_bytes_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_bytesCreate(JNIEnv* env, jclass cls, jlong a0, jbyteArray a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a1 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "bytes.create: 'data' is null");
        return 0;
    }
    uint64_t a1_len = (uint64_t)(*env)->GetArrayLength(env, a1);
    jbyte* a1_arr = (*env)->GetPrimitiveArrayCritical(env, a1, NULL);
    if (a1_arr == NULL) {
        return 0;
    }
    weaveheap_bytes_t r = weaveheap_bytes_create((weaveheap_region_t)a0, (const uint8_t*)a1_arr, a1_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a1, a1_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* bytes.release (weaveheap_bytes_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_bytesRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_bytes_release((weaveheap_bytes_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* bytes.length (weaveheap_bytes_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_bytesLength(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_bytes_length((weaveheap_bytes_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* bytes.dup (weaveheap_bytes_dup). */
JNIEXPORT jbyteArray JNICALL Java_dev_weaveheap_Native_bytesDup(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t out_len = 0;
    uint8_t* r = weaveheap_bytes_dup((weaveheap_bytes_t)a0, &out_len, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    jbyteArray out_arr = weaveheap__jni_byte_array(env, r, out_len, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_free_bytes(r, out_len);
    return out_arr;
}

/* string.create (weaveheap_string_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_stringCreate(JNIEnv* env, jclass cls, jlong a0, jbyteArray a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a1 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "string.create: 'text' is null");
        return 0;
    }
    uint64_t a1_len = (uint64_t)(*env)->GetArrayLength(env, a1);
    jbyte* a1_arr = (*env)->GetPrimitiveArrayCritical(env, a1, NULL);
    if (a1_arr == NULL) {
        return 0;
    }
    weaveheap_string_t r = weaveheap_string_create((weaveheap_region_t)a0, (const uint8_t*)a1_arr, a1_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a1, a1_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* string.release (weaveheap_string_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_stringRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_string_release((weaveheap_string_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* string.length (weaveheap_string_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_stringLength(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_string_length((weaveheap_string_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* string.dup (weaveheap_string_dup). */
JNIEXPORT jbyteArray JNICALL Java_dev_weaveheap_Native_stringDup(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    char* r = weaveheap_string_dup((weaveheap_string_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    size_t n = 0;
    while (r[n] != '\0') {
        n++;
    }
    jbyteArray out_arr = weaveheap__jni_byte_array(env, r, n, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_free_string(r);
    return out_arr;
}

/* vector.create (weaveheap_vector_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_vectorCreate(JNIEnv* env, jclass cls, jlong a0, jint a1, jlong a2, jboolean a3) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_t r = weaveheap_vector_create((weaveheap_region_t)a0, (weaveheap_element_type)a1, (uint64_t)a2, a3 == JNI_TRUE, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* vector.release (weaveheap_vector_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_release((weaveheap_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.length (weaveheap_vector_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_vectorLength(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_vector_length((weaveheap_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* vector.capacity (weaveheap_vector_capacity). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_vectorCapacity(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_vector_capacity((weaveheap_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* vector.resize (weaveheap_vector_resize). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorResize(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_resize((weaveheap_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.element_type (weaveheap_vector_element_type). */
JNIEXPORT jint JNICALL Java_dev_weaveheap_Native_vectorElementType(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_element_type r = weaveheap_vector_element_type((weaveheap_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jint)r;
}

/* vector.null_count (weaveheap_vector_null_count). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_vectorNullCount(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_vector_null_count((weaveheap_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* vector.append (weaveheap_vector_append). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorAppend(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_append((weaveheap_vector_t)a0, (int64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.extend (weaveheap_vector_extend). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorExtend(JNIEnv* env, jclass cls, jlong a0, jbyteArray a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a1 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "vector.extend: 'data' is null");
        return;
    }
    uint64_t a1_len = (uint64_t)(*env)->GetArrayLength(env, a1);
    jbyte* a1_arr = (*env)->GetPrimitiveArrayCritical(env, a1, NULL);
    if (a1_arr == NULL) {
        return;
    }
    weaveheap_vector_extend((weaveheap_vector_t)a0, (const uint8_t*)a1_arr, a1_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a1, a1_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.append_null (weaveheap_vector_append_null). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorAppendNull(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_append_null((weaveheap_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.set (weaveheap_vector_set). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorSet(JNIEnv* env, jclass cls, jlong a0, jlong a1, jlong a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_set((weaveheap_vector_t)a0, (uint64_t)a1, (int64_t)a2, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.get (weaveheap_vector_get). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_vectorGet(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    int64_t r = weaveheap_vector_get((weaveheap_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* vector.append_f64 (weaveheap_vector_append_f64). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorAppendF64(JNIEnv* env, jclass cls, jlong a0, jdouble a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_append_f64((weaveheap_vector_t)a0, (double)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.set_f64 (weaveheap_vector_set_f64). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorSetF64(JNIEnv* env, jclass cls, jlong a0, jlong a1, jdouble a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_set_f64((weaveheap_vector_t)a0, (uint64_t)a1, (double)a2, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* vector.get_f64 (weaveheap_vector_get_f64). */
JNIEXPORT jdouble JNICALL Java_dev_weaveheap_Native_vectorGetF64(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    double r = weaveheap_vector_get_f64((weaveheap_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jdouble)r;
}

/* vector.is_valid (weaveheap_vector_is_valid). */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_vectorIsValid(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    bool r = weaveheap_vector_is_valid((weaveheap_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jboolean)r;
}

/* vector.read (weaveheap_vector_read). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_vectorRead(JNIEnv* env, jclass cls, jlong a0, jlong a1, jbyteArray a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a2 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "vector.read: 'dst' is null");
        return;
    }
    uint64_t a2_len = (uint64_t)(*env)->GetArrayLength(env, a2);
    jbyte* a2_arr = (*env)->GetPrimitiveArrayCritical(env, a2, NULL);
    if (a2_arr == NULL) {
        return;
    }
    weaveheap_vector_read((weaveheap_vector_t)a0, (uint64_t)a1, (uint8_t*)a2_arr, a2_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a2, a2_arr, 0);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* var_vector.create (weaveheap_var_vector_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorCreate(JNIEnv* env, jclass cls, jlong a0, jlong a1, jlong a2, jboolean a3, jboolean a4) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_var_vector_t r = weaveheap_var_vector_create((weaveheap_region_t)a0, (uint64_t)a1, (uint64_t)a2, a3 == JNI_TRUE, a4 == JNI_TRUE, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.release (weaveheap_var_vector_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_varVectorRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_var_vector_release((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* var_vector.length (weaveheap_var_vector_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorLength(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_var_vector_length((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.capacity (weaveheap_var_vector_capacity). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorCapacity(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_var_vector_capacity((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.data_length (weaveheap_var_vector_data_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorDataLength(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_var_vector_data_length((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.data_capacity (weaveheap_var_vector_data_capacity). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorDataCapacity(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_var_vector_data_capacity((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.resize (weaveheap_var_vector_resize). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_varVectorResize(JNIEnv* env, jclass cls, jlong a0, jlong a1, jlong a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_var_vector_resize((weaveheap_var_vector_t)a0, (uint64_t)a1, (uint64_t)a2, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* var_vector.null_count (weaveheap_var_vector_null_count). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorNullCount(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_var_vector_null_count((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.is_utf8 (weaveheap_var_vector_is_utf8). */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_varVectorIsUtf8(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    bool r = weaveheap_var_vector_is_utf8((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jboolean)r;
}

/* var_vector.append (weaveheap_var_vector_append). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_varVectorAppend(JNIEnv* env, jclass cls, jlong a0, jbyteArray a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a1 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "var_vector.append: 'value' is null");
        return;
    }
    uint64_t a1_len = (uint64_t)(*env)->GetArrayLength(env, a1);
    jbyte* a1_arr = (*env)->GetPrimitiveArrayCritical(env, a1, NULL);
    if (a1_arr == NULL) {
        return;
    }
    weaveheap_var_vector_append((weaveheap_var_vector_t)a0, (const uint8_t*)a1_arr, a1_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a1, a1_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* var_vector.append_null (weaveheap_var_vector_append_null). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_varVectorAppendNull(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_var_vector_append_null((weaveheap_var_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* var_vector.get (weaveheap_var_vector_get). */
JNIEXPORT jbyteArray JNICALL Java_dev_weaveheap_Native_varVectorGet(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t out_len = 0;
    uint8_t* r = weaveheap_var_vector_get((weaveheap_var_vector_t)a0, (uint64_t)a1, &out_len, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    jbyteArray out_arr = weaveheap__jni_byte_array(env, r, out_len, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_free_bytes(r, out_len);
    return out_arr;
}

/* var_vector.value_offset (weaveheap_var_vector_value_offset). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorValueOffset(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_var_vector_value_offset((weaveheap_var_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.value_length (weaveheap_var_vector_value_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_varVectorValueLength(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_var_vector_value_length((weaveheap_var_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* var_vector.is_valid (weaveheap_var_vector_is_valid). */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_varVectorIsValid(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    bool r = weaveheap_var_vector_is_valid((weaveheap_var_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jboolean)r;
}

/* var_vector.read (weaveheap_var_vector_read). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_varVectorRead(JNIEnv* env, jclass cls, jlong a0, jlong a1, jbyteArray a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a2 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "var_vector.read: 'dst' is null");
        return;
    }
    uint64_t a2_len = (uint64_t)(*env)->GetArrayLength(env, a2);
    jbyte* a2_arr = (*env)->GetPrimitiveArrayCritical(env, a2, NULL);
    if (a2_arr == NULL) {
        return;
    }
    weaveheap_var_vector_read((weaveheap_var_vector_t)a0, (uint64_t)a1, (uint8_t*)a2_arr, a2_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a2, a2_arr, 0);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* batch.create (weaveheap_batch_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_batchCreate(JNIEnv* env, jclass cls, jlong a0, jint a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_t r = weaveheap_batch_create((weaveheap_region_t)a0, (uint32_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* batch.release (weaveheap_batch_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_batchRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_release((weaveheap_batch_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* batch.add_column (weaveheap_batch_add_column). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_batchAddColumn(JNIEnv* env, jclass cls, jlong a0, jbyteArray a1, jlong a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a1 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "batch.add_column: 'name' is null");
        return;
    }
    uint64_t a1_len = (uint64_t)(*env)->GetArrayLength(env, a1);
    jbyte* a1_arr = (*env)->GetPrimitiveArrayCritical(env, a1, NULL);
    if (a1_arr == NULL) {
        return;
    }
    weaveheap_batch_add_column((weaveheap_batch_t)a0, (const uint8_t*)a1_arr, a1_len, (weaveheap_handle_t)a2, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a1, a1_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* batch.num_columns (weaveheap_batch_num_columns). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_batchNumColumns(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_batch_num_columns((weaveheap_batch_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* batch.num_rows (weaveheap_batch_num_rows). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_batchNumRows(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_batch_num_rows((weaveheap_batch_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* batch.column_name (weaveheap_batch_column_name). */
JNIEXPORT jbyteArray JNICALL Java_dev_weaveheap_Native_batchColumnName(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    char* r = weaveheap_batch_column_name((weaveheap_batch_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    size_t n = 0;
    while (r[n] != '\0') {
        n++;
    }
    jbyteArray out_arr = weaveheap__jni_byte_array(env, r, n, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_free_string(r);
    return out_arr;
}

/* batch.validate (weaveheap_batch_validate). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_batchValidate(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_validate((weaveheap_batch_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* batch.append_row (weaveheap_batch_append_row). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_batchAppendRow(JNIEnv* env, jclass cls, jlong a0, jbyteArray a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a1 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "batch.append_row: 'row' is null");
        return;
    }
    uint64_t a1_len = (uint64_t)(*env)->GetArrayLength(env, a1);
    jbyte* a1_arr = (*env)->GetPrimitiveArrayCritical(env, a1, NULL);
    if (a1_arr == NULL) {
        return;
    }
    weaveheap_batch_append_row((weaveheap_batch_t)a0, (const uint8_t*)a1_arr, a1_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a1, a1_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* list_vector.create (weaveheap_list_vector_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_listVectorCreate(JNIEnv* env, jclass cls, jlong a0, jlong a1, jlong a2, jboolean a3, jboolean a4) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_list_vector_t r = weaveheap_list_vector_create((weaveheap_region_t)a0, (weaveheap_handle_t)a1, (uint64_t)a2, a3 == JNI_TRUE, a4 == JNI_TRUE, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* list_vector.release (weaveheap_list_vector_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_listVectorRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_list_vector_release((weaveheap_list_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* list_vector.length (weaveheap_list_vector_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_listVectorLength(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_list_vector_length((weaveheap_list_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* list_vector.capacity (weaveheap_list_vector_capacity). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_listVectorCapacity(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_list_vector_capacity((weaveheap_list_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* list_vector.null_count (weaveheap_list_vector_null_count). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_listVectorNullCount(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_list_vector_null_count((weaveheap_list_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* list_vector.is_map (weaveheap_list_vector_is_map). */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_listVectorIsMap(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    bool r = weaveheap_list_vector_is_map((weaveheap_list_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jboolean)r;
}

/* list_vector.is_valid (weaveheap_list_vector_is_valid). */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_listVectorIsValid(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    bool r = weaveheap_list_vector_is_valid((weaveheap_list_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jboolean)r;
}

/* list_vector.value_offset (weaveheap_list_vector_value_offset). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_listVectorValueOffset(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_list_vector_value_offset((weaveheap_list_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* list_vector.value_length (weaveheap_list_vector_value_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_listVectorValueLength(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_list_vector_value_length((weaveheap_list_vector_t)a0, (uint64_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* list_vector.append (weaveheap_list_vector_append). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_listVectorAppend(JNIEnv* env, jclass cls, jlong a0, jbyteArray a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a1 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "list_vector.append: 'value' is null");
        return;
    }
    uint64_t a1_len = (uint64_t)(*env)->GetArrayLength(env, a1);
    jbyte* a1_arr = (*env)->GetPrimitiveArrayCritical(env, a1, NULL);
    if (a1_arr == NULL) {
        return;
    }
    weaveheap_list_vector_append((weaveheap_list_vector_t)a0, (const uint8_t*)a1_arr, a1_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a1, a1_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* list_vector.append_null (weaveheap_list_vector_append_null). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_listVectorAppendNull(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_list_vector_append_null((weaveheap_list_vector_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* list_vector.lookup (weaveheap_list_vector_lookup). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_listVectorLookup(JNIEnv* env, jclass cls, jlong a0, jlong a1, jbyteArray a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a2 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "list_vector.lookup: 'key' is null");
        return 0;
    }
    uint64_t a2_len = (uint64_t)(*env)->GetArrayLength(env, a2);
    jbyte* a2_arr = (*env)->GetPrimitiveArrayCritical(env, a2, NULL);
    if (a2_arr == NULL) {
        return 0;
    }
    int64_t r = weaveheap_list_vector_lookup((weaveheap_list_vector_t)a0, (uint64_t)a1, (const uint8_t*)a2_arr, a2_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a2, a2_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* batch_stream.create (weaveheap_batch_stream_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_batchStreamCreate(JNIEnv* env, jclass cls, jlong a0, jint a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_stream_t r = weaveheap_batch_stream_create((weaveheap_region_t)a0, (uint32_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* batch_stream.release (weaveheap_batch_stream_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_batchStreamRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_stream_release((weaveheap_batch_stream_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* batch_stream.add_batch (weaveheap_batch_stream_add_batch). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_batchStreamAddBatch(JNIEnv* env, jclass cls, jlong a0, jlong a1) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_stream_add_batch((weaveheap_batch_stream_t)a0, (weaveheap_batch_t)a1, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* batch_stream.num_batches (weaveheap_batch_stream_num_batches). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_batchStreamNumBatches(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_batch_stream_num_batches((weaveheap_batch_stream_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* foreign.create (weaveheap_foreign_create). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_foreignCreate(JNIEnv* env, jclass cls, jlong a0, jint a1, jbyteArray a2) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    if (a2 == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "foreign.create: 'values' is null");
        return 0;
    }
    uint64_t a2_len = (uint64_t)(*env)->GetArrayLength(env, a2);
    jbyte* a2_arr = (*env)->GetPrimitiveArrayCritical(env, a2, NULL);
    if (a2_arr == NULL) {
        return 0;
    }
    weaveheap_foreign_t r = weaveheap_foreign_create((weaveheap_region_t)a0, (weaveheap_element_type)a1, (const uint8_t*)a2_arr, a2_len, &err);
    (*env)->ReleasePrimitiveArrayCritical(env, a2, a2_arr, JNI_ABORT);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* foreign.release (weaveheap_foreign_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_foreignRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_foreign_release((weaveheap_foreign_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* foreign.length (weaveheap_foreign_length). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_foreignLength(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_foreign_length((weaveheap_foreign_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* foreign.null_count (weaveheap_foreign_null_count). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_foreignNullCount(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_foreign_null_count((weaveheap_foreign_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* foreign.offset (weaveheap_foreign_offset). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_foreignOffset(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_foreign_offset((weaveheap_foreign_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* foreign.num_children (weaveheap_foreign_num_children). */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_Native_foreignNumChildren(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    uint64_t r = weaveheap_foreign_num_children((weaveheap_foreign_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jlong)r;
}

/* foreign.format (weaveheap_foreign_format). */
JNIEXPORT jbyteArray JNICALL Java_dev_weaveheap_Native_foreignFormat(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    char* r = weaveheap_foreign_format((weaveheap_foreign_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    size_t n = 0;
    while (r[n] != '\0') {
        n++;
    }
    jbyteArray out_arr = weaveheap__jni_byte_array(env, r, n, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_free_string(r);
    return out_arr;
}

/* handle.kind_of (weaveheap_handle_kind_of). */
JNIEXPORT jint JNICALL Java_dev_weaveheap_Native_handleKindOf(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_handle_kind r = weaveheap_handle_kind_of((weaveheap_handle_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (jint)r;
}

/* stats.global (weaveheap_stats_global). */
JNIEXPORT jobject JNICALL Java_dev_weaveheap_Native_statsGlobal(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_stats out = {0};
    weaveheap_stats_global(&out, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return 0;
    }
    return (*env)->NewObject(env, wh__class_stats, wh__class_stats_new, (jlong)out.allocations, (jlong)out.releases, (jlong)out.bytes_allocated, (jlong)out.bytes_live, (jlong)out.bytes_peak, (jlong)out.bytes_reserved, (jlong)out.borrows_taken, (jlong)out.borrows_active, (jlong)out.borrow_conflicts, (jlong)out.stale_rejected, (jlong)out.copies, (jlong)out.copy_bytes, (jlong)out.regions_live, (jlong)out.imports);
}

/* stats.set_enabled (weaveheap_stats_set_enabled). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_statsSetEnabled(JNIEnv* env, jclass cls, jboolean a0) {
    (void)cls;
    (void)env;
    weaveheap_stats_set_enabled(a0 == JNI_TRUE);
}

/* stats.enabled (weaveheap_stats_enabled). */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_statsEnabled(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    bool r = weaveheap_stats_enabled();
    return (jboolean)r;
}

/* publish.start (weaveheap_publish_start). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_publishStart(JNIEnv* env, jclass cls, jint a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_publish_start((uint32_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* publish.now (weaveheap_publish_now). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_publishNow(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_publish_now(&err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* publish.stop (weaveheap_publish_stop). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_publishStop(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    weaveheap_publish_stop();
}

/* publish.active (weaveheap_publish_active). */
JNIEXPORT jboolean JNICALL Java_dev_weaveheap_Native_publishActive(JNIEnv* env, jclass cls) {
    (void)cls;
    (void)env;
    bool r = weaveheap_publish_active();
    return (jboolean)r;
}

/* borrow.release (weaveheap_borrow_release). */
JNIEXPORT void JNICALL Java_dev_weaveheap_Native_borrowRelease(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    (void)env;
    weaveheap_error err = {0, NULL};
    weaveheap_borrow_release((weaveheap_borrow_t)a0, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return;
    }
}

/* borrow.shared (weaveheap_borrow_shared): a direct ByteBuffer over the core's memory; out gets the token, 1 when writable, and the address. */
JNIEXPORT jobject JNICALL Java_dev_weaveheap_Native_borrowShared(JNIEnv* env, jclass cls, jlong a0, jlongArray out) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    weaveheap_view view = {0};
    if (out == NULL || (*env)->GetArrayLength(env, out) < 3) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "borrow.shared: 'out' needs three slots");
        return NULL;
    }
    weaveheap_borrow_t token = weaveheap_borrow_shared((weaveheap_handle_t)a0, &view, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return NULL;
    }
    if (view.length > (uint64_t)INT32_MAX) {
        weaveheap_borrow_release(token, NULL);
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "borrow.shared: the object is larger than a ByteBuffer can address (2^31-1 bytes)");
        return NULL;
    }
    jobject buffer = (*env)->NewDirectByteBuffer(env, view.data, (jlong)view.length);
    if (buffer == NULL) {
        weaveheap_borrow_release(token, NULL);
        return NULL;
    }
    jlong slots[3] = {(jlong)token, view.writable ? 1 : 0, (jlong)(uintptr_t)view.data};
    (*env)->SetLongArrayRegion(env, out, 0, 3, slots);
    return buffer;
}

/* borrow.unique (weaveheap_borrow_unique): a direct ByteBuffer over the core's memory; out gets the token, 1 when writable, and the address. */
JNIEXPORT jobject JNICALL Java_dev_weaveheap_Native_borrowUnique(JNIEnv* env, jclass cls, jlong a0, jlongArray out) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    weaveheap_view view = {0};
    if (out == NULL || (*env)->GetArrayLength(env, out) < 3) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "borrow.unique: 'out' needs three slots");
        return NULL;
    }
    weaveheap_borrow_t token = weaveheap_borrow_unique((weaveheap_handle_t)a0, &view, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return NULL;
    }
    if (view.length > (uint64_t)INT32_MAX) {
        weaveheap_borrow_release(token, NULL);
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_INVALID_ARGUMENT, "borrow.unique: the object is larger than a ByteBuffer can address (2^31-1 bytes)");
        return NULL;
    }
    jobject buffer = (*env)->NewDirectByteBuffer(env, view.data, (jlong)view.length);
    if (buffer == NULL) {
        weaveheap_borrow_release(token, NULL);
        return NULL;
    }
    jlong slots[3] = {(jlong)token, view.writable ? 1 : 0, (jlong)(uintptr_t)view.data};
    (*env)->SetLongArrayRegion(env, out, 0, 3, slots);
    return buffer;
}

/* vector.export_arrow (weaveheap_vector_export_arrow): the holder's address, then its structs' */
JNIEXPORT jlongArray JNICALL Java_dev_weaveheap_Native_arrowVector(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    wh__arrow_held* held = calloc(1, sizeof *held);
    if (held == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_vector_export_arrow((uint64_t)a0, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        wh__throw(env, &err);
        return NULL;
    }
    held->live = true;
    held->stream = false;
    return wh__arrow_result(env, held);
}

/* batch.export_arrow (weaveheap_batch_export_arrow): the holder's address, then its structs' */
JNIEXPORT jlongArray JNICALL Java_dev_weaveheap_Native_arrowBatch(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    wh__arrow_held* held = calloc(1, sizeof *held);
    if (held == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_batch_export_arrow((uint64_t)a0, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        wh__throw(env, &err);
        return NULL;
    }
    held->live = true;
    held->stream = false;
    return wh__arrow_result(env, held);
}

/* batch_stream.export_arrow (weaveheap_batch_stream_export_arrow): the holder's address, then its structs' */
JNIEXPORT jlongArray JNICALL Java_dev_weaveheap_Native_arrowBatchStream(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    wh__arrow_held* held = calloc(1, sizeof *held);
    if (held == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_batch_stream_export_arrow((uint64_t)a0, (uint8_t*)&held->s, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        wh__throw(env, &err);
        return NULL;
    }
    held->live = true;
    held->stream = true;
    return wh__arrow_result(env, held);
}

/* var_vector.export_arrow (weaveheap_var_vector_export_arrow): the holder's address, then its structs' */
JNIEXPORT jlongArray JNICALL Java_dev_weaveheap_Native_arrowVarVector(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    wh__arrow_held* held = calloc(1, sizeof *held);
    if (held == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_var_vector_export_arrow((uint64_t)a0, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        wh__throw(env, &err);
        return NULL;
    }
    held->live = true;
    held->stream = false;
    return wh__arrow_result(env, held);
}

/* list_vector.export_arrow (weaveheap_list_vector_export_arrow): the holder's address, then its structs' */
JNIEXPORT jlongArray JNICALL Java_dev_weaveheap_Native_arrowListVector(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    wh__arrow_held* held = calloc(1, sizeof *held);
    if (held == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_list_vector_export_arrow((uint64_t)a0, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        wh__throw(env, &err);
        return NULL;
    }
    held->live = true;
    held->stream = false;
    return wh__arrow_result(env, held);
}

/* foreign.export_arrow (weaveheap_foreign_export_arrow): the holder's address, then its structs' */
JNIEXPORT jlongArray JNICALL Java_dev_weaveheap_Native_arrowForeign(JNIEnv* env, jclass cls, jlong a0) {
    (void)cls;
    weaveheap_error err = {0, NULL};
    wh__arrow_held* held = calloc(1, sizeof *held);
    if (held == NULL) {
        weaveheap__jni_throw(env, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_foreign_export_arrow((uint64_t)a0, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        wh__throw(env, &err);
        return NULL;
    }
    held->live = true;
    held->stream = false;
    return wh__arrow_result(env, held);
}
