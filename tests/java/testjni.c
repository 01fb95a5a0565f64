/* Test-only JNI helpers for the zero-copy proof (ViewTest): the address a
 * direct ByteBuffer points at, as the JVM itself reports it, and a read or
 * write of one byte at an address from C. Independent of weaveheap_jni, so
 * that what they report does not depend on the glue under test. */
#include <jni.h>
#include <stdint.h>

JNIEXPORT jlong JNICALL Java_dev_weaveheap_test_TestJni_directAddress(JNIEnv* env, jclass cls, jobject buffer) {
    (void)cls;
    return (jlong)(uintptr_t)(*env)->GetDirectBufferAddress(env, buffer);
}

JNIEXPORT jlong JNICALL Java_dev_weaveheap_test_TestJni_bufferAddress(JNIEnv* env, jclass cls, jobject buffer) {
    (void)cls;
    return (jlong)(uintptr_t)(*env)->GetDirectBufferAddress(env, buffer);
}

JNIEXPORT void JNICALL Java_dev_weaveheap_test_TestJni_poke(JNIEnv* env, jclass cls, jlong address, jbyte value) {
    (void)env;
    (void)cls;
    *(volatile uint8_t*)(uintptr_t)address = (uint8_t)value;
}

JNIEXPORT jbyte JNICALL Java_dev_weaveheap_test_TestJni_peek(JNIEnv* env, jclass cls, jlong address) {
    (void)env;
    (void)cls;
    return (jbyte) * (volatile uint8_t*)(uintptr_t)address;
}

/* For ArrowExportTest: the Arrow structs at the addresses the binding hands
 * out, read and moved as a consumer does, through the spec's layout alone. */
#include <stdlib.h>
#include <string.h>

#include "arrow_spec.h" /* the spec's structs (tests/core) */

JNIEXPORT jlong JNICALL Java_dev_weaveheap_test_TestJni_peekLong(JNIEnv* env, jclass cls, jlong address) {
    (void)env;
    (void)cls;
    int64_t v;
    memcpy(&v, (const void*)(uintptr_t)address, sizeof v);
    return (jlong)v;
}

JNIEXPORT jstring JNICALL Java_dev_weaveheap_test_TestJni_peekString(JNIEnv* env, jclass cls, jlong address) {
    (void)cls;
    return (*env)->NewStringUTF(env, (const char*)(uintptr_t)address);
}

/* A consumer's move: a copy on the heap, the source marked released. */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_test_TestJni_moveArray(JNIEnv* env, jclass cls, jlong address) {
    (void)env;
    (void)cls;
    struct ArrowArray* src = (struct ArrowArray*)(uintptr_t)address;
    struct ArrowArray* moved = malloc(sizeof *moved);
    if (!moved) return 0;
    *moved = *src;
    src->release = NULL;
    return (jlong)(uintptr_t)moved;
}

/* The consumer's release of a moved array, then its free. */
JNIEXPORT void JNICALL Java_dev_weaveheap_test_TestJni_releaseMoved(JNIEnv* env, jclass cls, jlong address) {
    (void)env;
    (void)cls;
    struct ArrowArray* a = (struct ArrowArray*)(uintptr_t)address;
    if (a->release) a->release(a);
    free(a);
}
