/* The Python side of the generated SWIG module that needs no fact of the
 * IDL: the exception classes and how an error is raised, arguments converted
 * with errors that name the parameter, results the core hands out turned
 * into Python objects, struct reprs, the guard against objects made without
 * their constructor, and the note a `with` block leaves on its exception.
 * Nothing here calls the core: the generated module passes in what the IDL
 * names (codes, messages, the frees). Every function is called with the GIL
 * held. */
#ifndef WEAVEHEAP_PYGLUE_H
#define WEAVEHEAP_PYGLUE_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

/* -- errors ------------------------------------------------------------------- */

/* The base class (`qualname` is "package.Name"), added to `module`. Called
 * once, before weaveheap__pyglue_add_error. Returns 0, or -1 with an error set. */
int weaveheap__pyglue_add_base_error(PyObject* module, const char* qualname, const char* doc);

/* The class of error `code` (1 ... max_code): derives from the class of
 * `parent_code` (0: the base) and, when not NULL, from the built-in `also`
 * (ValueError ...); its `code` attribute is `code`. */
int weaveheap__pyglue_add_error(PyObject* module, int32_t code, const char* qualname, const char* doc,
                                int32_t parent_code, PyObject* also);

/* The class of `code`; the base class for a code with none. Borrowed. */
PyObject* weaveheap__pyglue_error_class(int32_t code);

/* Raises the class of `code` with `message` (the core's text, UTF-8) as its
 * argument, `.code` and `.message`. */
void weaveheap__pyglue_raise(int32_t code, const char* message);

/* Raises the invalid-argument class (its code was given to
 * weaveheap__pyglue_set_invalid_argument) with "<param>: <text>". */
void weaveheap__pyglue_invalid_argument(const char* param, const char* format, ...);
void weaveheap__pyglue_set_invalid_argument(int32_t code);

/* -- arguments ---------------------------------------------------------------- */

/* An int (or an object with __index__) from 0 to `max`; anything else raises
 * the invalid-argument error naming `param`. Returns 0 or -1. */
int weaveheap__pyglue_unsigned_slow(PyObject* o, const char* param, uint64_t max, uint64_t* out);
static inline int weaveheap__pyglue_unsigned(PyObject* o, const char* param, uint64_t max, uint64_t* out) {
    if (PyLong_CheckExact(o)) {   /* the common case, without a call out of line */
#if ULONG_MAX >= UINT64_MAX
        /* CPython converts a long with a digit loop, a long long through a
         * byte array: 2.3x the instructions for a 64-bit handle */
        unsigned long long v = PyLong_AsUnsignedLong(o);
#else
        unsigned long long v = PyLong_AsUnsignedLongLong(o);
#endif
        if (!(v == (unsigned long long)-1 && PyErr_Occurred()) && v <= max) {
            *out = v;
            return 0;
        }
        PyErr_Clear();
    }
    return weaveheap__pyglue_unsigned_slow(o, param, max, out);
}

/* An object argument of a method (a Vector given to Batch.add_column): an
 * object with an int `handle` attribute (any class of the package), or a raw
 * handle as an int. The core checks its kind. Returns 0 or -1 (the
 * invalid-argument error naming `param`). */
int weaveheap__pyglue_handle_arg(PyObject* o, const char* param, uint64_t* out);

/* The same for a signed integer from `min` to `max`. */
int weaveheap__pyglue_signed(PyObject* o, const char* param, int64_t min, int64_t max, int64_t* out);

/* A float (an int too, converted); anything else, None included, raises. */
int weaveheap__pyglue_double(PyObject* o, const char* param, double* out);

/* True or False (an int 0 or 1 too); anything else, None included, raises. */
int weaveheap__pyglue_bool(PyObject* o, const char* param, bool* out);

/* The one optional flag of a METH_FASTCALL | METH_KEYWORDS method
 * `name(flag=False)`, given by position or by keyword: 0, or -1 with the
 * invalid-argument error (a bad value) or TypeError (a bad call) set. */
int weaveheap__pyglue_flag_arg(const char* method, const char* flag, PyObject* const* args, Py_ssize_t nargs,
                               PyObject* kwnames, bool* out);

/* The arguments of a generated METH_FASTCALL | METH_KEYWORDS method
 * `method(names[0], ..., names[total - 1])`, the first `required` of them
 * without a default: out[i] is the argument of names[i] (borrowed), NULL for
 * an optional one not given. 0, or -1 with the TypeError of
 * PyArg_ParseTupleAndKeywords (`method` is the name it reports) set. */
int weaveheap__pyglue_method_args_slow(const char* method, const char* const* names, Py_ssize_t required,
                                       Py_ssize_t total, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                                       PyObject** out);
static inline int weaveheap__pyglue_method_args(const char* method, const char* const* names, Py_ssize_t required,
                                                Py_ssize_t total, PyObject* const* args, Py_ssize_t nargs,
                                                PyObject* kwnames, PyObject** out) {
    if (!kwnames && nargs == total) {   /* every argument by position: the common case, without a call */
        for (Py_ssize_t i = 0; i < total; i++) out[i] = args[i];
        return 0;
    }
    return weaveheap__pyglue_method_args_slow(method, names, required, total, args, nargs, kwnames, out);
}

/* Text (str) or None; anything else raises. *out is NULL for None. */
int weaveheap__pyglue_text_or_none(PyObject* o, const char* param, const char** out);

/* Bytes the core reads during one call: any object with the buffer protocol,
 * or a str (as UTF-8, lone surrogates kept so that the core can name them). */
typedef struct weaveheap__pyglue_bytes_in {
    Py_buffer view;
    PyObject* utf8;
    bool held;
    const uint8_t* data;
    uint64_t length;
} weaveheap__pyglue_bytes_in;
int weaveheap__pyglue_bytes_in_slow(PyObject* o, const char* param, weaveheap__pyglue_bytes_in* b);
static inline int weaveheap__pyglue_bytes_in_get(PyObject* o, const char* param, weaveheap__pyglue_bytes_in* b) {
    b->utf8 = NULL;
    if (!PyUnicode_Check(o) && PyObject_GetBuffer(o, &b->view, PyBUF_SIMPLE) == 0) {   /* without a call out of line */
        b->held = true;
        b->data = (const uint8_t*)b->view.buf;
        b->length = (uint64_t)b->view.len;
        return 0;
    }
    b->held = false;
    return weaveheap__pyglue_bytes_in_slow(o, param, b);
}
static inline void weaveheap__pyglue_bytes_in_release(weaveheap__pyglue_bytes_in* b) {
    if (b->held) PyBuffer_Release(&b->view);
    b->held = false;
    Py_CLEAR(b->utf8);
}

/* Memory the core writes during one call: a writable buffer. An error the
 * exporter raises itself (a WeaveHeap object refusing a conflicting borrow)
 * passes through; any other refusal is the invalid-argument error. */
int weaveheap__pyglue_bytes_out_get(PyObject* o, const char* param, Py_buffer* view);

/* -- results ------------------------------------------------------------------ */

/* A str of the core's NUL-terminated text, then freed with `free_text`; NULL
 * (an error is raised by the caller's error check) when `text` is NULL. */
PyObject* weaveheap__pyglue_text(char* text, void (*free_text)(const char*));

/* A bytes of the core's `length` bytes, then freed with `free_bytes`. */
PyObject* weaveheap__pyglue_bytes(uint8_t* data, uint64_t length, void (*free_bytes)(uint8_t*, uint64_t));

/* Puts `value` (a new reference, may be NULL) under `key`; -1 on error. */
int weaveheap__pyglue_dict_put(PyObject* dict, const char* key, PyObject* value);

/* "name(key=value, ...)" from a dict it takes. */
PyObject* weaveheap__pyglue_struct_repr(const char* name, PyObject* dict);

/* -- objects ------------------------------------------------------------------ */

/* Adds `def` as a method of the class `name` of `module` (a method SWIG
 * would wrap slower: METH_FASTCALL | METH_KEYWORDS). Once, at import. */
int weaveheap__pyglue_add_method(PyObject* module, const char* name, PyMethodDef* def);

/* An object made by `Class.__new__(Class)` without its constructor holds no
 * C object: raise the invalid-argument error naming it instead of using it. */
void weaveheap__pyglue_unmade(PyObject* self);

/* Leaving a `with` block by an exception, a close() failed (its error is
 * set): the close error becomes a note (PEP 678) on `exc` saying that `what`
 * stays open, and is cleared, so that the block's own exception goes on. */
void weaveheap__pyglue_note_refused_close(PyObject* exc, PyObject* what);

#endif
