/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/* The `weaveheap` command's view of the IDL, beside weaveheap.h. */
#ifndef WEAVEHEAP_CLI_H
#define WEAVEHEAP_CLI_H

#include "weaveheap.h"

/* Every counter of weaveheap_stats as X(field, "name", "what it counts"),
 * in declaration order. */
#define WEAVEHEAP_CLI_STATS_FIELDS(X) \
    X(allocations, "allocations", "Objects (buffers, bytes, strings, extension objects) created.") \
    X(releases, "releases", "Objects released one by one (reset and destroy are not counted here).") \
    X(bytes_allocated, "bytes_allocated", "Bytes handed out, in total.") \
    X(bytes_live, "bytes_live", "Bytes of live objects now.") \
    X(bytes_peak, "bytes_peak", "Highest `bytes_live` seen.") \
    X(bytes_reserved, "bytes_reserved", "Bytes the region holds in chunks from the system (used or not).") \
    X(borrows_taken, "borrows_taken", "Borrows acquired, in total.") \
    X(borrows_active, "borrows_active", "Borrows outstanding now.") \
    X(borrow_conflicts, "borrow_conflicts", "Borrow requests refused because of a conflicting borrow, and releases, resets, destroys or writes refused because of a borrow.") \
    X(stale_rejected, "stale_rejected", "Calls refused because a handle was stale, reused, forged or of the wrong kind (process-wide only: a rejected handle names no region).") \
    X(copies, "copies", "Calls that copied bytes across the API (in or out).") \
    X(copy_bytes, "copy_bytes", "Bytes those calls copied.") \
    X(regions_live, "regions_live", "Regions live now (process-wide only).") \
    X(imports, "imports", "Foreign Arrow arrays and streams taken in without a copy (`foreign.import_array`, `foreign_stream.import_stream` and their kin): never counted in `copies`.")

/* How many counters weaveheap_stats has. */
#define WEAVEHEAP_CLI_STATS_COUNT 14

#endif
