/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/*
 * The JNI library of zpack: one native method of dev.weaveheap.zpack.Zpack per
 * function, over its generated C entry points. nInit binds zpack to the
 * core of the dev.weaveheap classes already loaded (WeaveHeap.apiTable(), the
 * core's function table): one core, whoever made the objects. A failing call
 * throws Zpack.error(code, message): zpack's exception or the core's.
 */
#include <jni.h>
#include <stdint.h>

#include "zpack.h"
#include "weaveheap_api.h"

static const weaveheap_api* core;

/* Throws the exception of err's code with its message, then clears err. */
static void throw_error(JNIEnv* env, jclass cls, weaveheap_error* err) {
    jint code = err->code;
    jstring message = (*env)->NewStringUTF(env, err->message ? err->message : core->strerror(err->code));
    core->error_clear(err);
    if (!message) return;
    jmethodID make = (*env)->GetStaticMethodID(env, cls, "error", "(ILjava/lang/String;)Ljava/lang/RuntimeException;");
    if (!make) return;
    jobject ex = (*env)->CallStaticObjectMethod(env, cls, make, code, message);
    if (ex && !(*env)->ExceptionCheck(env)) (*env)->Throw(env, (jthrowable)ex);
}

JNIEXPORT void JNICALL Java_dev_weaveheap_zpack_Zpack_nInit(JNIEnv* env, jclass cls, jlong table) {
    (void)cls;
    const weaveheap_api* t = (const weaveheap_api*)(intptr_t)table;
    weaveheap_error err = {0, NULL};
    if (!zpack_init(t, &err)) {
        jclass link = (*env)->FindClass(env, "java/lang/UnsatisfiedLinkError");
        if (link) (*env)->ThrowNew(env, link, err.message ? err.message :
                                   "zpack: the weaveheap classes' core table is not one this extension was built for");
        if (err.message && t) t->error_clear(&err);
        return;
    }
    core = t;
}

JNIEXPORT jlong JNICALL Java_dev_weaveheap_zpack_Zpack_nCoreTable(JNIEnv* env, jclass cls) {
    (void)env;
    (void)cls;
    return (jlong)(intptr_t)core;
}

/* zpack.crc32 */
JNIEXPORT jint JNICALL Java_dev_weaveheap_zpack_Zpack_nCrc32(JNIEnv* env, jclass cls, jlong src) {
    weaveheap_error err = {0, NULL};
    uint32_t result = zpack_crc32((weaveheap_handle_t)src, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return 0;
    }
    return (jint)result;
}

/* zpack.deflate */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_zpack_Zpack_nDeflate(JNIEnv* env, jclass cls, jlong region, jlong src, jint level) {
    weaveheap_error err = {0, NULL};
    weaveheap_buffer_t result = zpack_deflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (int32_t)level, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return 0;
    }
    return (jlong)result;
}

/* zpack.inflate */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_zpack_Zpack_nInflate(JNIEnv* env, jclass cls, jlong region, jlong src, jlong size) {
    weaveheap_error err = {0, NULL};
    weaveheap_buffer_t result = zpack_inflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (uint64_t)size, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return 0;
    }
    return (jlong)result;
}

/* zpack.inflate_into */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_zpack_Zpack_nInflateInto(JNIEnv* env, jclass cls, jlong dst, jlong src) {
    weaveheap_error err = {0, NULL};
    uint64_t result = zpack_inflate_into((weaveheap_buffer_t)dst, (weaveheap_handle_t)src, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return 0;
    }
    return (jlong)result;
}

/* crc.create */
JNIEXPORT jlong JNICALL Java_dev_weaveheap_zpack_Zpack_nCrcCreate(JNIEnv* env, jclass cls, jlong region) {
    weaveheap_error err = {0, NULL};
    zpack_crc_t result = zpack_crc_create((weaveheap_region_t)region, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return 0;
    }
    return (jlong)result;
}

/* crc.update */
JNIEXPORT void JNICALL Java_dev_weaveheap_zpack_Zpack_nCrcUpdate(JNIEnv* env, jclass cls, jlong crc, jlong src) {
    weaveheap_error err = {0, NULL};
    zpack_crc_update((zpack_crc_t)crc, (weaveheap_handle_t)src, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return;
    }
    (void)env;
    (void)cls;
}

/* crc.value */
JNIEXPORT jint JNICALL Java_dev_weaveheap_zpack_Zpack_nCrcValue(JNIEnv* env, jclass cls, jlong crc) {
    weaveheap_error err = {0, NULL};
    uint32_t result = zpack_crc_value((zpack_crc_t)crc, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return 0;
    }
    return (jint)result;
}

/* crc.close */
JNIEXPORT void JNICALL Java_dev_weaveheap_zpack_Zpack_nCrcClose(JNIEnv* env, jclass cls, jlong crc) {
    weaveheap_error err = {0, NULL};
    zpack_crc_close((zpack_crc_t)crc, &err);
    if (err.code) {
        throw_error(env, cls, &err);
        return;
    }
    (void)env;
    (void)cls;
}
