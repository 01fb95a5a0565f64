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
