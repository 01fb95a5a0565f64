/* The hand-written Python peer of bench/ext (B12): zlib's crc32 bound by
 * hand with CPython's own zero-copy mechanism, METH_FASTCALL taking any
 * buffer-protocol object (a memoryview of a weaveheap Buffer, or bytes for
 * the copying path). What an author would write without WeaveHeap; the GIL
 * is kept, as zpack's generated module keeps it. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "crc_pieces.h"

static PyObject* peer_crc32(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 1) {
        PyErr_SetString(PyExc_TypeError, "crc32() takes 1 argument");
        return NULL;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(args[0], &view, PyBUF_SIMPLE) != 0) return NULL;
    uint32_t crc = bench_ext_crc32(view.buf, (uint64_t)view.len);
    PyBuffer_Release(&view);
    return PyLong_FromUnsignedLong(crc);
}

static PyMethodDef methods[] = {
    {"crc32", (PyCFunction)(void (*)(void))peer_crc32, METH_FASTCALL, "crc32 of a buffer-protocol object"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "bench_ext_peer", NULL, -1, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_bench_ext_peer(void) { return PyModule_Create(&module); }
