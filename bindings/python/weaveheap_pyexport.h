/* Zero-copy exports to other Python libraries through external standards:
 * DLPack (numpy.from_dlpack, torch, jax ...) and the Arrow C Data interface
 * (pyarrow.array). Only the layouts and capsules those standards fix live
 * here: nothing in this file calls the core. The generated module takes the
 * borrow that keeps the memory alive and hands in a callback that releases
 * it; this file calls that callback exactly once, with the GIL held, from
 * whatever thread the consumer's deleter or release callback runs on. */
#ifndef WEAVEHEAP_PYEXPORT_H
#define WEAVEHEAP_PYEXPORT_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* An element type both standards can name. */
typedef struct weaveheap__pyexport_dtype {
    const char* name;          /* numpy's name: "uint8", "float32" ... */
    uint8_t dl_code;           /* DLDataTypeCode */
    uint8_t bits;
    const char* arrow_format;  /* Arrow C Data format string */
} weaveheap__pyexport_dtype;

/* Releases a borrow token and drops the reference to `owner`; called once,
 * GIL held. */
typedef void (*weaveheap__pyexport_release)(uint64_t token, PyObject* owner);

/* Looks up `name` (NULL: "uint8"); on failure sets ValueError, returns NULL. */
const weaveheap__pyexport_dtype* weaveheap__pyexport_dtype_of(const char* name);

/* Checks the keyword arguments of __dlpack__ for a CPU exporter that never
 * copies. Sets *versioned to 1 when the consumer's max_version allows a
 * DLManagedTensorVersioned. Returns 0, or -1 with BufferError/TypeError set. */
int weaveheap__pyexport_dlpack_args(PyObject* stream, PyObject* max_version, PyObject* dl_device,
                                    PyObject* copy, int* versioned);

/* (kDLCPU, 0) */
PyObject* weaveheap__pyexport_dlpack_device(void);

/* A "dltensor_versioned" (or legacy "dltensor") capsule over `nbytes` at
 * `data`, a 1-D array of `dtype`. On success the capsule owns `token` and a
 * new reference to `owner`, given back through `release` when the consumer's
 * deleter runs (or when the capsule dies unconsumed). On failure nothing was
 * taken and an exception is set. `nbytes` must be a multiple of the element
 * size (checked: ValueError). */
PyObject* weaveheap__pyexport_dlpack(void* data, uint64_t nbytes, const weaveheap__pyexport_dtype* dtype,
                                     int readonly, int versioned, uint64_t token, PyObject* owner,
                                     weaveheap__pyexport_release release);

/* The (schema, array) pair of PyCapsules of the Arrow PyCapsule interface:
 * a primitive column without nulls over `nbytes` at `data`. Ownership as for
 * weaveheap__pyexport_dlpack; the array's release callback gives the token
 * back. */
PyObject* weaveheap__pyexport_arrow(void* data, uint64_t nbytes, const weaveheap__pyexport_dtype* dtype,
                                    uint64_t token, PyObject* owner, weaveheap__pyexport_release release);

/* Arrow structs that the core fills itself (an IDL arrow export, such as
 * vector.export_arrow): a zeroed struct ArrowSchema and struct ArrowArray,
 * as the core's `uint8_t*` parameters take them. Returns 0, or -1 with
 * MemoryError set. Free them with weaveheap__pyexport_arrow_structs_free
 * while nothing was filled. */
int weaveheap__pyexport_arrow_structs(uint8_t** schema, uint8_t** array);
void weaveheap__pyexport_arrow_structs_free(uint8_t* schema, uint8_t* array);

/* Takes the structs the core filled: the ("arrow_schema", "arrow_array")
 * capsule pair, or with schema_only the schema capsule alone (the array is
 * released at once). The array's release is wrapped so that the core's runs
 * with the GIL held (from whatever thread the consumer releases it) and
 * `owner` stays alive until then. On failure everything is released and an
 * exception is set. */
PyObject* weaveheap__pyexport_arrow_capsules(uint8_t* schema, uint8_t* array, PyObject* owner, int schema_only);

/* The Arrow C Stream the core fills itself (an IDL arrow stream export, such
 * as stream.export_arrow): a zeroed struct ArrowArrayStream, or NULL with
 * MemoryError set. Free it with PyMem_RawFree while nothing was filled. */
uint8_t* weaveheap__pyexport_arrow_stream_struct(void);

/* Takes the stream the core filled: the "arrow_array_stream" capsule of the
 * Arrow PyCapsule interface. Its callbacks are wrapped so that the core's
 * run with the GIL held (from whatever thread the consumer calls them), each
 * array it hands out is wrapped as the capsules' arrays are, and `owner`
 * stays alive until the stream's release. On failure everything is
 * released and an exception is set. */
PyObject* weaveheap__pyexport_arrow_stream_capsule(uint8_t* stream, PyObject* owner);

#endif
