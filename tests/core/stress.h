/* Checks for the stress programs (stress_threads.c, stress_publish.c,
 * stress_reset.c): plain executables, not CUnit suites, whose threads count
 * every failed check; main returns non-zero if any did. */
#ifndef WH_TEST_STRESS_H
#define WH_TEST_STRESS_H

#include <inttypes.h>
#include <stdatomic.h>
#include <stdio.h>

static _Atomic int failures;

#define CHECK_EQ(a, b)                                                                                      \
    do {                                                                                                    \
        uint64_t a_ = (uint64_t)(a), b_ = (uint64_t)(b);                                                    \
        if (a_ != b_) {                                                                                     \
            fprintf(stderr, "%s:%d: FAILED: %s == %s (%" PRIu64 " vs %" PRIu64 ")\n", __FILE__, __LINE__, #a, \
                    #b, a_, b_);                                                                            \
            atomic_fetch_add(&failures, 1);                                                                 \
        }                                                                                                   \
    } while (0)
#define CHECK(c)                                                                  \
    do {                                                                          \
        if (!(c)) {                                                               \
            fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #c);       \
            atomic_fetch_add(&failures, 1);                                       \
        }                                                                         \
    } while (0)
/* An error that is not among the allowed ones is a failure. */
#define CHECK_CODE(err, allowed)                                                                   \
    do {                                                                                           \
        if (!(allowed)) {                                                                          \
            fprintf(stderr, "%s:%d: FAILED: unexpected error %d: %s\n", __FILE__, __LINE__,         \
                    (int)(err).code, (err).message ? (err).message : "(no message)");              \
            atomic_fetch_add(&failures, 1);                                                        \
        }                                                                                          \
    } while (0)

#endif
