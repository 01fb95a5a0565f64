/* The few OS facilities the core uses, behind one small header: a mutex,
 * and whether chunks can be mappings of their own (WH_HAVE_MMAP).
 * WEAVEHEAP_SINGLE_THREADED (the wasm32 build) makes the mutex a no-op. */
#ifndef WEAVEHEAP_PLATFORM_H
#define WEAVEHEAP_PLATFORM_H

/* Chunks from mmap, quarantined when they leave their region (quarantine.c);
 * without it (WebAssembly has no mmap) they come from malloc. */
#if !defined(__wasm__) && (defined(__unix__) || defined(__APPLE__))
#define WH_HAVE_MMAP 1
#else
#define WH_HAVE_MMAP 0
#endif

#ifdef WEAVEHEAP_SINGLE_THREADED
typedef struct { int unused; } weaveheap__mutex;
#define WEAVEHEAP__MUTEX_INIT {0}
static inline void weaveheap__mutex_init(weaveheap__mutex* m) { (void)m; }
static inline void weaveheap__mutex_lock(weaveheap__mutex* m) { (void)m; }
static inline void weaveheap__mutex_unlock(weaveheap__mutex* m) { (void)m; }
#else
#include <pthread.h>
typedef pthread_mutex_t weaveheap__mutex;
#define WEAVEHEAP__MUTEX_INIT PTHREAD_MUTEX_INITIALIZER
static inline void weaveheap__mutex_init(weaveheap__mutex* m) { pthread_mutex_init(m, NULL); }
static inline void weaveheap__mutex_lock(weaveheap__mutex* m) { pthread_mutex_lock(m); }
static inline void weaveheap__mutex_unlock(weaveheap__mutex* m) { pthread_mutex_unlock(m); }
#endif

#endif
