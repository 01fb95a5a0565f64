/* B6's floor: hand-written CPython METH_FASTCALL functions making the same C
 * calls as the weaveheap package, with the least glue CPython allows. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "weaveheap.h"

static PyObject* fail(weaveheap_error* e) {
    PyErr_SetString(PyExc_RuntimeError, e->message ? e->message : "weaveheap error");
    weaveheap_error_clear(e);
    return NULL;
}

static PyObject* handle_arg(PyObject* const* args, Py_ssize_t n, uint64_t* out) {
    if (n != 1) {
        PyErr_SetString(PyExc_TypeError, "expected one handle");
        return NULL;
    }
    *out = PyLong_AsUnsignedLongLong(args[0]);
    return (*out == (uint64_t)-1 && PyErr_Occurred()) ? NULL : Py_None;
}

static PyObject* abi_version(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self, (void)args, (void)n;
    return PyLong_FromUnsignedLong(weaveheap_abi_version());
}

/* The same with METH_NOARGS, the convention SWIG -builtin uses for a call
 * without arguments (CPython 3.11 checks the recursion limit on it). */
static PyObject* abi_version_noargs(PyObject* self, PyObject* unused) {
    (void)self, (void)unused;
    return PyLong_FromUnsignedLong(weaveheap_abi_version());
}

static PyObject* buffer_size(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    uint64_t h;
    if (!handle_arg(args, n, &h)) return NULL;
    weaveheap_error e = {0, NULL};
    uint64_t size = weaveheap_buffer_size(h, &e);
    if (e.code) return fail(&e);
    return PyLong_FromUnsignedLongLong(size);
}

/* alloc_release(region): one buffer_alloc(region, 32, 16) and its release. */
static PyObject* alloc_release(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    uint64_t r;
    if (!handle_arg(args, n, &r)) return NULL;
    weaveheap_error e = {0, NULL};
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 32, 16, &e);
    if (e.code) return fail(&e);
    weaveheap_buffer_release(b, &e);
    if (e.code) return fail(&e);
    Py_RETURN_NONE;
}

/* The tight floor of a call on a handle: an object holding its handle, as
 * the package's Buffer does, whose size() is METH_NOARGS and reads the
 * handle from the object (no int to convert: the glue's own cost, with
 * nothing of SWIG's). Buffer(h) makes one. */
typedef struct {
    PyObject_HEAD
    uint64_t handle;
} FloorBuffer;

static PyObject* floor_buffer_new(PyTypeObject* type, PyObject* args, PyObject* kwargs) {
    unsigned long long h;
    if (kwargs || !PyArg_ParseTuple(args, "K", &h)) return NULL;
    FloorBuffer* self = (FloorBuffer*)type->tp_alloc(type, 0);
    if (self) self->handle = h;
    return (PyObject*)self;
}

static PyObject* floor_buffer_size(PyObject* self, PyObject* unused) {
    (void)unused;
    weaveheap_error e = {0, NULL};
    uint64_t size = weaveheap_buffer_size(((FloorBuffer*)self)->handle, &e);
    if (e.code) return fail(&e);
    return PyLong_FromUnsignedLongLong(size);
}

static PyMethodDef floor_buffer_methods[] = {
    {"size", floor_buffer_size, METH_NOARGS, "weaveheap_buffer_size(self.handle)"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject FloorBufferType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "bench_floor.Buffer",
    .tp_basicsize = sizeof(FloorBuffer),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = floor_buffer_new,
    .tp_methods = floor_buffer_methods,
};

static PyMethodDef methods[] = {
    {"abi_version", (PyCFunction)(void (*)(void))abi_version, METH_FASTCALL, "weaveheap_abi_version()"},
    {"abi_version_noargs", abi_version_noargs, METH_NOARGS, "weaveheap_abi_version()"},
    {"buffer_size", (PyCFunction)(void (*)(void))buffer_size, METH_FASTCALL, "weaveheap_buffer_size(h)"},
    {"alloc_release", (PyCFunction)(void (*)(void))alloc_release, METH_FASTCALL, "alloc 32 B and release"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "bench_floor", NULL, -1, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_bench_floor(void) {
    if (PyType_Ready(&FloorBufferType) < 0) return NULL;
    PyObject* m = PyModule_Create(&module);
    if (!m) return NULL;
    Py_INCREF(&FloorBufferType);
    if (PyModule_AddObject(m, "Buffer", (PyObject*)&FloorBufferType) < 0) {
        Py_DECREF(&FloorBufferType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
