/* The few OS facilities the core uses, behind one small header: a mutex,
 * whether chunks can be mappings of their own (WH_HAVE_MMAP), and the lighter
 * lock of a thread-safe region. WEAVEHEAP_SINGLE_THREADED (the wasm32 build)
 * makes the mutex and the lock no-ops. */
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
typedef struct { int unused; } weaveheap__lock;
static inline void weaveheap__lock_init(weaveheap__lock* l) { (void)l; }
static inline _Bool weaveheap__lock_try(weaveheap__lock* l) { (void)l; return 1; }
static inline void weaveheap__lock_take(weaveheap__lock* l) { (void)l; }
static inline void weaveheap__lock_give(weaveheap__lock* l) { (void)l; }
#else
#include <pthread.h>
#include <stdatomic.h>
typedef pthread_mutex_t weaveheap__mutex;
#define WEAVEHEAP__MUTEX_INIT PTHREAD_MUTEX_INITIALIZER
static inline void weaveheap__mutex_init(weaveheap__mutex* m) { pthread_mutex_init(m, NULL); }
static inline void weaveheap__mutex_lock(weaveheap__mutex* m) { pthread_mutex_lock(m); }
static inline void weaveheap__mutex_unlock(weaveheap__mutex* m) { pthread_mutex_unlock(m); }

/* A thread-safe region's lock, taken by every call on the region and held
 * for a few dozen instructions: inline, one compare-and-swap to take it and
 * one exchange to give it back (a pthread mutex costs a call each way as
 * well: 8-9 ns a pair here against ~5). 0: free, 1: taken, 2: taken and a
 * thread may be waiting. A thread that finds it taken spins briefly, then
 * sleeps on a futex (lock.c; elsewhere than Linux it yields and naps), so
 * that a long holder (a reset or destroy of a large region, a stats
 * snapshot) costs the waiters no core, and two threads hammering one region
 * hand it over instead of fighting for its cache line. */
typedef struct { _Atomic int held; } weaveheap__lock;
static inline void weaveheap__lock_init(weaveheap__lock* l) { atomic_init(&l->held, 0); }
static inline _Bool weaveheap__lock_try(weaveheap__lock* l) {
    int free_ = 0;
    return atomic_compare_exchange_strong_explicit(&l->held, &free_, 1, memory_order_acquire, memory_order_relaxed);
}
/* lock.c: the lock was taken; waits for it. */
void weaveheap__lock_wait(weaveheap__lock* l);
/* lock.c: wakes a thread waiting for l. */
void weaveheap__lock_wake(weaveheap__lock* l);
static inline void weaveheap__lock_take(weaveheap__lock* l) {
    if (__builtin_expect(!weaveheap__lock_try(l), 0)) weaveheap__lock_wait(l);
}
static inline void weaveheap__lock_give(weaveheap__lock* l) {
    if (__builtin_expect(atomic_exchange_explicit(&l->held, 0, memory_order_release) == 2, 0)) weaveheap__lock_wake(l);
}
#endif

#endif
