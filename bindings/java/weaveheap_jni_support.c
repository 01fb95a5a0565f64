/* The fixed part of the JNI glue (weaveheap_jni_support.h). */
#include "weaveheap_jni_support.h"

#include <limits.h>

static jclass errors[WEAVEHEAP__JNI_MAX_CODES];
static jclass base_error;

jclass weaveheap__jni_find(JNIEnv* env, const char* name) {
    jclass local = (*env)->FindClass(env, name);
    if (local == NULL) {
        return NULL;
    }
    jclass global = (jclass)(*env)->NewGlobalRef(env, local);
    (*env)->DeleteLocalRef(env, local);
    return global;
}

int weaveheap__jni_register_error(JNIEnv* env, int32_t code, const char* class_name) {
    if (code < -1 || code >= WEAVEHEAP__JNI_MAX_CODES) {
        return -1;
    }
    jclass cls = weaveheap__jni_find(env, class_name);
    if (cls == NULL) {
        return -1;
    }
    if (code == -1) {
        base_error = cls;
    } else {
        errors[code] = cls;
    }
    return 0;
}

void weaveheap__jni_throw(JNIEnv* env, int32_t code, const char* message) {
    jclass cls = code > 0 && code < WEAVEHEAP__JNI_MAX_CODES && errors[code] ? errors[code] : base_error;
    (*env)->ThrowNew(env, cls, message);
}

jbyteArray weaveheap__jni_byte_array(JNIEnv* env, const void* data, uint64_t len, int32_t too_large) {
    if (len > (uint64_t)INT32_MAX) {
        weaveheap__jni_throw(env, too_large, "result too large for a Java array");
        return NULL;
    }
    jbyteArray out = (*env)->NewByteArray(env, (jsize)len);
    if (out != NULL && len > 0) {
        (*env)->SetByteArrayRegion(env, out, 0, (jsize)len, (const jbyte*)data);
    }
    return out;
}
