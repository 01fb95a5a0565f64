/* What the generated component adapter (generated/wasm/component_exports.c)
 * needs whatever the IDL says: the error of the call in progress, the memory
 * the host asks for (cabi_realloc), the guard on sizes the component's memory
 * cannot hold, and the table of resource cells. Built for wasm32 only, with
 * the core and the adapter (wasm/CMakeLists.txt); single-threaded, like the
 * wasm core. */
#ifndef WH_COMPONENT_RUNTIME_H
#define WH_COMPONENT_RUNTIME_H

#include "weaveheap.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef __wasm32__
#error "components are 32-bit: build the adapter for wasm32"
#endif

#define WH_EXPORT(name) __attribute__((export_name(name)))
#define WH_IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

/* string and list<u8> in the canonical ABI: a pointer and a length */
typedef struct wh_list {
    uint8_t* ptr;
    size_t len;
} wh_list;

/* -- the error of the call in progress -------------------------------------- */
/* Filled by the C API, or by wh_fail for what the adapter itself refuses. Its
 * message is lent to the host with the result and freed by the post-return
 * function, or by the next call. */
extern weaveheap_error wh_err;

/* Clears the error of the last call: every export begins with it, and every
 * post-return function ends with it. */
void wh_clear(void);
/* An error the adapter finds before the core is called. */
void wh_fail(int32_t code, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
/* The message to lend with the error (never NULL while wh_err.code != 0). */
const char* wh_message(void);

/* -- memory ------------------------------------------------------------------ */
/* Frees a list or string argument the host allocated with cabi_realloc. */
void wh_free_arg(void* p, size_t len);
/* A string argument as C takes it: NUL-terminated; NULL without memory. */
char* wh_cstr(const uint8_t* p, size_t len);
/* Memory for a destination the C API fills (`len` bytes, 64 bits as the WIT
 * says); out_of_memory when this memory cannot hold it. */
uint8_t* wh_dst(uint64_t len);
/* Refuses, with out_of_memory and before the core is called, a size that
 * the IDL allows (at most `max`) but that no object in this component's
 * 32-bit memory can have: the core then never sees a size it would have to
 * narrow. Above `max` the core refuses it itself (invalid_argument). */
void wh_check_size(const char* name, uint64_t value, uint64_t max);

/* -- resources ---------------------------------------------------------------- *
 * A resource's rep (what the host passes for a borrow, and gives to
 * [resource-new]) names a cell of this table, which holds the core's 64-bit
 * handle and whether the resource was closed. A rep is an index and a
 * generation, checked at every use: a rep the table never issued, or one of
 * a dropped resource, names no cell. */
int32_t wh_cell_new(weaveheap_handle_t handle); /* its rep; 0 without memory */
/* The core handle a rep names; 0 (which the core refuses as a forged handle,
 * and counts) for a rep that names no cell. A closed cell keeps its handle,
 * so that the core refuses it as stale and counts it. */
weaveheap_handle_t wh_handle(int32_t rep);
/* Whether the rep's resource was closed (true for a rep that names no cell:
 * there is nothing to release). */
bool wh_closed(int32_t rep);
void wh_close(int32_t rep);
/* Frees the cell (the resource's destructor): its rep names nothing after. */
void wh_cell_free(int32_t rep);

#endif
