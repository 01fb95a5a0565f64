/* B9 peers: JNI native methods that do nothing, with the same shapes as the
 * binding's calls they are compared with (bench/java/Bench.java). */
#include <jni.h>

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
