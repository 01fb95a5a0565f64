/* The hand-written Java peer of bench/ext (B12): zlib's crc32 bound by hand
 * with JNI's own zero-copy mechanism, a direct ByteBuffer whose address
 * GetDirectBufferAddress gives (here a ByteBuffer over the memory of a view
 * of the same Buffer, made once with NewDirectByteBuffer, as an author
 * holding a view would); a byte[] read in place (GetPrimitiveArrayCritical)
 * for the copying row; and the calling thread's CPU time. */
#define _POSIX_C_SOURCE 199309L   /* clock_gettime under -std=c11 */
#include <jni.h>
#include <stdint.h>
#include <time.h>

#include "crc_pieces.h"

JNIEXPORT jobject JNICALL Java_BenchExt_wrap(JNIEnv* env, jclass cls, jlong address, jlong length) {
    (void)cls;
    return (*env)->NewDirectByteBuffer(env, (void*)(uintptr_t)address, length);
}

JNIEXPORT jint JNICALL Java_BenchExt_crc32Direct(JNIEnv* env, jclass cls, jobject buffer) {
    (void)cls;
    const uint8_t* data = (*env)->GetDirectBufferAddress(env, buffer);
    jlong length = (*env)->GetDirectBufferCapacity(env, buffer);
    if (!data || length < 0) return 0;
    return (jint)bench_ext_crc32(data, (uint64_t)length);
}

JNIEXPORT jint JNICALL Java_BenchExt_crc32Array(JNIEnv* env, jclass cls, jbyteArray array) {
    (void)cls;
    jsize length = (*env)->GetArrayLength(env, array);
    uint8_t* data = (*env)->GetPrimitiveArrayCritical(env, array, NULL);
    if (!data) return 0;
    uint32_t crc = bench_ext_crc32(data, (uint64_t)length);
    (*env)->ReleasePrimitiveArrayCritical(env, array, data, JNI_ABORT);
    return (jint)crc;
}

JNIEXPORT jlong JNICALL Java_BenchExt_cpuNanos(JNIEnv* env, jclass cls) {
    (void)env;
    (void)cls;
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (jlong)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
