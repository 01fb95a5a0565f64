/* What the generated JNI glue (generated/java/weaveheap_jni.c) shares with
 * every binding's native method and that no IDL fact changes: finding the
 * exception classes once, throwing the class of an error code, copying a
 * result into a Java byte[]. Internal to libweaveheap_jni. */
#ifndef WEAVEHEAP_JNI_SUPPORT_H
#define WEAVEHEAP_JNI_SUPPORT_H

#include <jni.h>
#include <stdint.h>

/* The most error codes the glue can map to exception classes. */
#define WEAVEHEAP__JNI_MAX_CODES 64

/* Finds `class_name` (a JNI binary name) and keeps it as the exception of
 * `code`, or as the base of every exception when `code` is -1. Returns 0,
 * or -1 with an exception pending. */
int weaveheap__jni_register_error(JNIEnv* env, int32_t code, const char* class_name);

/* A global reference to the class `name`, or NULL with an exception pending. */
jclass weaveheap__jni_find(JNIEnv* env, const char* name);

/* Throws the exception class of `code` (the base class for a code with
 * none) carrying `message`. */
void weaveheap__jni_throw(JNIEnv* env, int32_t code, const char* message);

/* A new Java byte[] of the len bytes at data; NULL with an exception
 * pending when it cannot be made (`too_large` is the code thrown for more
 * than 2^31-1 bytes). */
jbyteArray weaveheap__jni_byte_array(JNIEnv* env, const void* data, uint64_t len, int32_t too_large);

#endif
