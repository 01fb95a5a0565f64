/* B9 peers: JNI native methods that do nothing, with the same shapes as the
 * binding's calls they are compared with (bench/java/Bench.java). */
#define _POSIX_C_SOURCE 199309L   /* clock_gettime under -std=c11 */
#include <jni.h>
#include <time.h>

JNIEXPORT void JNICALL Java_JniPeers_noop(JNIEnv* env, jclass cls) {
    (void)env;
    (void)cls;
}

JNIEXPORT jint JNICALL Java_JniPeers_noopInt(JNIEnv* env, jclass cls) {
    (void)env;
    (void)cls;
    return 1;
}

JNIEXPORT jlong JNICALL Java_JniPeers_noopLong(JNIEnv* env, jclass cls, jlong a0) {
    (void)env;
    (void)cls;
    return a0 & 0xff;
}

/* The process's CPU time in ns (every thread's: the JIT's and the GC's
 * included): on a shared machine wall time also counts the waits for a CPU. */
JNIEXPORT jlong JNICALL Java_JniPeers_cpuNanos(JNIEnv* env, jclass cls) {
    (void)env;
    (void)cls;
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (jlong)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
