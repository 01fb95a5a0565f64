/* weaveheap.View: the live view of an object's memory, as a Python type.
 * It holds a borrow token until close() (or until its last reference goes),
 * the window the core lent with it (address, length, writability) and the
 * object viewed, kept alive; memoryview(view) exports that window without
 * another borrow, and close() refuses while such an export lives.
 *
 * Nothing here calls the core: the generated module takes the borrow and
 * hands in how to give it back. A plain C type rather than a SWIG class, so
 * that a view costs one small object. Every function is called with the GIL
 * held. */
#ifndef WEAVEHEAP_PYVIEW_H
#define WEAVEHEAP_PYVIEW_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct weaveheap__pyview_ops {
    /* Ends the borrow `token`: 0, or -1 with the core's error raised. */
    int (*release)(uint64_t token);
    /* The same, its error ignored (a view collected without close()). */
    void (*release_quietly)(uint64_t token);
} weaveheap__pyview_ops;

/* Makes the type (`qualname` "package.Name") and adds it to `module`.
 * `close_doc` documents close(). Once, at import; 0 or -1. */
int weaveheap__pyview_add_type(PyObject* module, const char* qualname, const char* doc, const char* close_doc,
                               const weaveheap__pyview_ops* ops);

/* A new view holding `token` over `length` bytes at `data`, keeping `owner`
 * alive. On failure the token is given back and NULL returned. */
PyObject* weaveheap__pyview_new(uint64_t token, void* data, uint64_t length, bool writable, PyObject* owner);

#endif
