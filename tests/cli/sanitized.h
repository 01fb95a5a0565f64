/* WH_SANITIZED: 1 when built under ASan or TSan. A child forked while another
 * thread (the stats publisher) held a sanitizer's internal lock can deadlock
 * in that sanitizer's allocator or exit-time work (clang 14 and gcc 12's
 * runtimes take no fork handlers), so under a sanitizer forked children call
 * nothing and leave with _exit; the plain build runs the full check. */
#ifndef WH_TESTS_SANITIZED_H
#define WH_TESTS_SANITIZED_H

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define WH_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define WH_SANITIZED 1
#endif
#endif
#ifndef WH_SANITIZED
#define WH_SANITIZED 0
#endif

#endif
