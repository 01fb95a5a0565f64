/* The few OS facilities the core uses, behind one small header: a mutex.
 * WEAVEHEAP_SINGLE_THREADED (the wasm32 build) makes it a no-op. */
#ifndef WEAVEHEAP_PLATFORM_H
#define WEAVEHEAP_PLATFORM_H

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
