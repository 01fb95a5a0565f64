/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/*
 * zpack._native: the flat functions of zpack for Python, over its generated
 * C entry points. At import it binds zpack to the core of the `weaveheap`
 * package already loaded in this process, through that package's capsule
 * `weaveheap._C_API` (its function table): one core, whoever made the objects.
 * Handles come in as integers (the pure-Python layer takes the objects);
 * errors are raised as the classes the layer registers (_set_errors).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "zpack.h"
#include "weaveheap_api.h"

static const weaveheap_api* core;
static PyObject* error_classes;   /* code -> class, set by the Python layer */
static PyObject* base_error;      /* for a code it has no class for */

/* Raises the error's class (by its code) with its message, and clears it. */
static PyObject* raise_error(weaveheap_error* err) {
    PyObject* code = PyLong_FromLong(err->code);
    PyObject* cls = code && error_classes ? PyDict_GetItemWithError(error_classes, code) : NULL;
    Py_XDECREF(code);
    if (!PyErr_Occurred()) {
        PyObject* type = cls ? cls : base_error ? base_error : PyExc_RuntimeError;
        const char* text = err->message ? err->message : core->strerror(err->code);
        PyErr_SetString(type, text);
    }
    core->error_clear(err);
    return NULL;
}

static PyObject* set_errors(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 2 || !PyDict_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "_set_errors(dict, base)");
        return NULL;
    }
    Py_XSETREF(error_classes, Py_NewRef(args[0]));
    Py_XSETREF(base_error, Py_NewRef(args[1]));
    Py_RETURN_NONE;
}

/* zpack.crc32 */
static PyObject* flat_crc32(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 1) {
        PyErr_SetString(PyExc_TypeError, "crc32() takes 1 arguments");
        return NULL;
    }
    unsigned long long src = PyLong_AsUnsignedLongLong(args[0]);
    if (src == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
uint32_t result = zpack_crc32((weaveheap_handle_t)src, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* zpack.deflate */
static PyObject* flat_deflate(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 3) {
        PyErr_SetString(PyExc_TypeError, "deflate() takes 3 arguments");
        return NULL;
    }
    unsigned long long region = PyLong_AsUnsignedLongLong(args[0]);
    if (region == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    unsigned long long src = PyLong_AsUnsignedLongLong(args[1]);
    if (src == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    long level = PyLong_AsLong(args[2]);
    if (level == -1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
weaveheap_buffer_t result = zpack_deflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (int32_t)level, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* zpack.inflate */
static PyObject* flat_inflate(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 3) {
        PyErr_SetString(PyExc_TypeError, "inflate() takes 3 arguments");
        return NULL;
    }
    unsigned long long region = PyLong_AsUnsignedLongLong(args[0]);
    if (region == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    unsigned long long src = PyLong_AsUnsignedLongLong(args[1]);
    if (src == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    unsigned long long size = PyLong_AsUnsignedLongLong(args[2]);
    if (size == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
weaveheap_buffer_t result = zpack_inflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (uint64_t)size, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* zpack.inflate_into */
static PyObject* flat_inflate_into(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 2) {
        PyErr_SetString(PyExc_TypeError, "inflate_into() takes 2 arguments");
        return NULL;
    }
    unsigned long long dst = PyLong_AsUnsignedLongLong(args[0]);
    if (dst == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    unsigned long long src = PyLong_AsUnsignedLongLong(args[1]);
    if (src == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
uint64_t result = zpack_inflate_into((weaveheap_buffer_t)dst, (weaveheap_handle_t)src, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* crc.create */
static PyObject* flat_crc_create(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 1) {
        PyErr_SetString(PyExc_TypeError, "crc_create() takes 1 arguments");
        return NULL;
    }
    unsigned long long region = PyLong_AsUnsignedLongLong(args[0]);
    if (region == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
zpack_crc_t result = zpack_crc_create((weaveheap_region_t)region, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* crc.update */
static PyObject* flat_crc_update(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 2) {
        PyErr_SetString(PyExc_TypeError, "crc_update() takes 2 arguments");
        return NULL;
    }
    unsigned long long crc = PyLong_AsUnsignedLongLong(args[0]);
    if (crc == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    unsigned long long src = PyLong_AsUnsignedLongLong(args[1]);
    if (src == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
zpack_crc_update((zpack_crc_t)crc, (weaveheap_handle_t)src, &err);
    if (err.code) return raise_error(&err);
    Py_RETURN_NONE;
}

/* crc.value */
static PyObject* flat_crc_value(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 1) {
        PyErr_SetString(PyExc_TypeError, "crc_value() takes 1 arguments");
        return NULL;
    }
    unsigned long long crc = PyLong_AsUnsignedLongLong(args[0]);
    if (crc == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
uint32_t result = zpack_crc_value((zpack_crc_t)crc, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* crc.close */
static PyObject* flat_crc_close(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 1) {
        PyErr_SetString(PyExc_TypeError, "crc_close() takes 1 arguments");
        return NULL;
    }
    unsigned long long crc = PyLong_AsUnsignedLongLong(args[0]);
    if (crc == (unsigned long long)-1 && PyErr_Occurred()) return NULL;
    weaveheap_error err = {0, NULL};
zpack_crc_close((zpack_crc_t)crc, &err);
    if (err.code) return raise_error(&err);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"_set_errors", (PyCFunction)(void (*)(void))set_errors, METH_FASTCALL, "registers the error classes"},
    {"crc32", (PyCFunction)(void (*)(void))flat_crc32, METH_FASTCALL, "zpack.crc32"},
    {"deflate", (PyCFunction)(void (*)(void))flat_deflate, METH_FASTCALL, "zpack.deflate"},
    {"inflate", (PyCFunction)(void (*)(void))flat_inflate, METH_FASTCALL, "zpack.inflate"},
    {"inflate_into", (PyCFunction)(void (*)(void))flat_inflate_into, METH_FASTCALL, "zpack.inflate_into"},
    {"crc_create", (PyCFunction)(void (*)(void))flat_crc_create, METH_FASTCALL, "crc.create"},
    {"crc_update", (PyCFunction)(void (*)(void))flat_crc_update, METH_FASTCALL, "crc.update"},
    {"crc_value", (PyCFunction)(void (*)(void))flat_crc_value, METH_FASTCALL, "crc.value"},
    {"crc_close", (PyCFunction)(void (*)(void))flat_crc_close, METH_FASTCALL, "crc.close"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "zpack._native", NULL, -1, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__native(void) {
    /* the core of the installed weaveheap package: imports it if needed */
    const void* table = PyCapsule_Import("weaveheap._C_API", 0);
    if (!table) return NULL;
    weaveheap_error err = {0, NULL};
    if (!zpack_init(table, &err)) {
        PyErr_Format(PyExc_ImportError,
                     "zpack: the installed weaveheap package's core cannot be used (%s); "
                     "zpack was generated for the weaveheap IDL %s: rebuild it against the installed weaveheap",
                     err.message ? err.message : "invalid table", ZPACK_CORE_IDL_HASH);
        if (err.message) ((weaveheap_api*)table)->error_clear(&err);
        return NULL;
    }
    core = table;
    return PyModule_Create(&module);
}
