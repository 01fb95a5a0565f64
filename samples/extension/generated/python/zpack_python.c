/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/*
 * zpack._native: the functions of zpack for Python, over its generated
 * C entry points. At import it binds zpack to the core of the `weaveheap`
 * package already loaded in this process, through that package's capsule
 * `weaveheap._C_API` (its function table): one core, whoever made the objects.
 * Each function takes the weaveheap package's objects, zpack's own, or raw
 * handles (an int), by position or keyword, and refuses anything else with
 * invalid_argument; errors are raised as the classes the Python layer
 * registers (_register).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>

#include "zpack.h"
#include "weaveheap_api.h"

static const weaveheap_api* core;
static PyObject* error_classes;   /* code -> class, set by the Python layer */
static PyObject* base_error;      /* for a code it has no class for */
static PyObject* object_classes;  /* the classes whose objects a function takes (a tuple) */
static PyObject* layout_classes;  /* those of them made by the weaveheap package (a tuple) */
static PyObject* handle_name;     /* "handle" */

/* Raises the class of `code` with a message. */
static void raise_code(int32_t code, const char* format, ...) {
    PyObject* key = PyLong_FromLong(code);
    PyObject* cls = key && error_classes ? PyDict_GetItemWithError(error_classes, key) : NULL;
    Py_XDECREF(key);
    if (PyErr_Occurred()) return;
    va_list ap;
    va_start(ap, format);
    PyObject* text = PyUnicode_FromFormatV(format, ap);
    va_end(ap);
    if (text) {
        PyErr_SetObject(cls ? cls : base_error ? base_error : PyExc_RuntimeError, text);
        Py_DECREF(text);
    }
}

/* Raises the error's class (by its code) with its message, and clears it. */
static PyObject* raise_error(weaveheap_error* err) {
    raise_code(err->code, "%s", err->message ? err->message : core->strerror(err->code));
    core->error_clear(err);
    return NULL;
}

/* A refused argument: invalid_argument, naming it and what it got. */
static inline int invalid(const char* what, const char* expected, PyObject* o) {
    raise_code(1, "%s: expected %s, got %s", what, expected, Py_TYPE(o)->tp_name);
    return -1;
}

/* The weaveheap package's objects are SWIG -builtin objects: after the
 * object's header, a pointer to the C struct of the class, whose first
 * member is the handle (the python target's weaveheap_python.i). Read there,
 * a call makes no attribute lookup (~100 ns at 64 B, where the crc32 takes
 * about as long). That layout is checked against the object's `handle`
 * attribute the first time a class is seen; a class where they differ, or
 * an object with no struct, keeps the attribute. */
typedef struct base_object {
    PyObject_HEAD
    void* ptr;
} base_object;

#define LAYOUT_SLOTS 8
static PyTypeObject* layout_checked[LAYOUT_SLOTS];   /* classes whose layout matched */
static int layout_count;
static PyTypeObject* layout_refused[LAYOUT_SLOTS];   /* classes whose layout did not */
static int refused_count;

static inline int known(PyTypeObject* const* list, int n, PyTypeObject* t) {
    for (int i = 0; i < n; i++)
        if (list[i] == t) return 1;
    return 0;
}

/* An int handle: 0 .. 2**64-1 (the core checks the rest). */
static inline int int_handle(PyObject* o, const char* what, uint64_t* out) {
    unsigned long long v = PyLong_AsUnsignedLongLong(o);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        PyErr_Clear();
        raise_code(1, "%s: %R is not a handle (0 .. 2**64-1)", what, o);
        return -1;
    }
    *out = v;
    return 0;
}

/* The handle of one of the packages' objects, or a raw handle; the core
 * then checks its kind, generation and borrows. */
static inline int arg_handle(PyObject* o, const char* what, uint64_t* out) {
    PyTypeObject* t = Py_TYPE(o);
    if (known(layout_checked, layout_count, t) && ((base_object*)o)->ptr) {
        *out = *(const uint64_t*)((base_object*)o)->ptr;
        return 0;
    }
    if (PyLong_Check(o) && !PyBool_Check(o)) return int_handle(o, what, out);
    int is_object = object_classes ? PyObject_IsInstance(o, object_classes) : 0;
    if (is_object < 0) return -1;
    if (!is_object)
        return invalid(what, "a weaveheap or zpack object or a handle", o);
    PyObject* h = PyObject_GetAttr(o, handle_name);
    if (!h) return -1;
    int rc = PyLong_CheckExact(h) ? int_handle(h, what, out) : invalid(what, "an object whose handle is an int", h);
    Py_DECREF(h);
    if (rc == 0 && t->tp_basicsize >= (Py_ssize_t)sizeof(base_object) && layout_count < LAYOUT_SLOTS &&
        !known(layout_refused, refused_count, t) && ((base_object*)o)->ptr) {
        int from_base = PySequence_Contains(layout_classes, (PyObject*)t);
        if (from_base < 0) return -1;
        if (from_base && *(const uint64_t*)((base_object*)o)->ptr == *out) {
            layout_checked[layout_count++] = t;
        } else if (from_base && refused_count < LAYOUT_SLOTS) {
            layout_refused[refused_count++] = t;
        }
    }
    return rc;
}

/* An int in [min, max] (an object with __index__ too). The converters are
 * inline: an extension may use only some of them. */
static inline int arg_signed(PyObject* o, const char* what, long long min, long long max, long long* out) {
    if (!PyIndex_Check(o)) return invalid(what, "an int", o);
    PyObject* n = PyNumber_Index(o);
    if (!n) return -1;
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(n, &overflow);
    Py_DECREF(n);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (overflow || v < min || v > max) {
        raise_code(1, "%s: %R is out of range: expected an int from %lld to %lld", what, o, min, max);
        return -1;
    }
    *out = v;
    return 0;
}

static inline int arg_unsigned(PyObject* o, const char* what, unsigned long long max, unsigned long long* out) {
    if (!PyIndex_Check(o)) return invalid(what, "an int", o);
    PyObject* n = PyNumber_Index(o);
    if (!n) return -1;
    unsigned long long v = PyLong_AsUnsignedLongLong(n);
    Py_DECREF(n);
    if ((v == (unsigned long long)-1 && PyErr_Occurred()) || v > max) {
        PyErr_Clear();
        raise_code(1, "%s: %R is out of range: expected an int from 0 to %llu", what, o, max);
        return -1;
    }
    *out = v;
    return 0;
}

static inline int arg_bool(PyObject* o, const char* what, int* out) {
    int v = PyObject_IsTrue(o);
    if (v < 0) {
        PyErr_Clear();
        return invalid(what, "a bool", o);
    }
    *out = v;
    return 0;
}

/* The call's arguments in parameter order, positional then by keyword; a
 * slot left NULL takes its default. A call Python would refuse (too many,
 * an unknown or repeated keyword, a missing one) is a TypeError, as for a
 * function written in Python. */
static int gather(const char* fn, const char* const* names, Py_ssize_t count, Py_ssize_t required,
                  PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames, PyObject** out) {
    if (nargs > count) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %zd arguments (%zd given)", fn, count, nargs);
        return -1;
    }
    for (Py_ssize_t i = 0; i < count; i++) out[i] = i < nargs ? args[i] : NULL;
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject* key = PyTuple_GET_ITEM(kwnames, k);
        Py_ssize_t i = 0;
        while (i < count && PyUnicode_CompareWithASCIIString(key, names[i]) != 0) i++;
        if (i == count || out[i]) {
            PyErr_Format(PyExc_TypeError, i == count ? "%s() got an unexpected keyword argument '%U'"
                                                     : "%s() got multiple values for argument '%U'", fn, key);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (Py_ssize_t i = 0; i < required; i++) {
        if (!out[i]) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s'", fn, names[i]);
            return -1;
        }
    }
    return 0;
}

/* _register(errors, base_error, object_classes, layout_classes): the error
 * classes by code, the base error, the classes whose objects a function
 * takes, and those of them the weaveheap package made (tuples). */
static PyObject* register_classes(PyObject* self, PyObject* const* args, Py_ssize_t n) {
    (void)self;
    if (n != 4 || !PyDict_Check(args[0]) || !PyTuple_Check(args[2]) || !PyTuple_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "_register(dict, base, tuple, tuple)");
        return NULL;
    }
    Py_XSETREF(error_classes, Py_NewRef(args[0]));
    Py_XSETREF(base_error, Py_NewRef(args[1]));
    Py_XSETREF(object_classes, Py_NewRef(args[2]));
    Py_XSETREF(layout_classes, Py_NewRef(args[3]));
    layout_count = refused_count = 0;
    Py_RETURN_NONE;
}

/* zpack.crc32 */
static const char* const names_crc32[] = {"src", NULL};
static PyObject* flat_crc32(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[1];
    if (gather("crc32", names_crc32, 1, 1, args, n, kwnames, arg) != 0) return NULL;
    uint64_t src;
    if (arg_handle(arg[0], "zpack.crc32(): argument 'src'", &src) != 0) return NULL;
    weaveheap_error err = {0, NULL};
uint32_t result = zpack_crc32((weaveheap_handle_t)src, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* zpack.deflate */
static const char* const names_deflate[] = {"region", "src", "level", NULL};
static PyObject* flat_deflate(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[3];
    if (gather("deflate", names_deflate, 3, 2, args, n, kwnames, arg) != 0) return NULL;
    uint64_t region;
    if (arg_handle(arg[0], "zpack.deflate(): argument 'region'", &region) != 0) return NULL;
    uint64_t src;
    if (arg_handle(arg[1], "zpack.deflate(): argument 'src'", &src) != 0) return NULL;
    long long level = -1;
    if (arg[2] && arg_signed(arg[2], "zpack.deflate(): argument 'level'", -2147483648LL, 2147483647LL, &level) != 0) return NULL;
    weaveheap_error err = {0, NULL};
weaveheap_buffer_t result = zpack_deflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (int32_t)level, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* zpack.inflate */
static const char* const names_inflate[] = {"region", "src", "size", NULL};
static PyObject* flat_inflate(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[3];
    if (gather("inflate", names_inflate, 3, 3, args, n, kwnames, arg) != 0) return NULL;
    uint64_t region;
    if (arg_handle(arg[0], "zpack.inflate(): argument 'region'", &region) != 0) return NULL;
    uint64_t src;
    if (arg_handle(arg[1], "zpack.inflate(): argument 'src'", &src) != 0) return NULL;
    unsigned long long size;
    if (arg_unsigned(arg[2], "zpack.inflate(): argument 'size'", 18446744073709551615ULL, &size) != 0) return NULL;
    weaveheap_error err = {0, NULL};
weaveheap_buffer_t result = zpack_inflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (uint64_t)size, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* zpack.inflate_into */
static const char* const names_inflate_into[] = {"dst", "src", NULL};
static PyObject* flat_inflate_into(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[2];
    if (gather("inflate_into", names_inflate_into, 2, 2, args, n, kwnames, arg) != 0) return NULL;
    uint64_t dst;
    if (arg_handle(arg[0], "zpack.inflate_into(): argument 'dst'", &dst) != 0) return NULL;
    uint64_t src;
    if (arg_handle(arg[1], "zpack.inflate_into(): argument 'src'", &src) != 0) return NULL;
    weaveheap_error err = {0, NULL};
uint64_t result = zpack_inflate_into((weaveheap_buffer_t)dst, (weaveheap_handle_t)src, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* crc.create */
static const char* const names_crc_create[] = {"region", NULL};
static PyObject* flat_crc_create(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[1];
    if (gather("crc_create", names_crc_create, 1, 1, args, n, kwnames, arg) != 0) return NULL;
    uint64_t region;
    if (arg_handle(arg[0], "crc.create(): argument 'region'", &region) != 0) return NULL;
    weaveheap_error err = {0, NULL};
zpack_crc_t result = zpack_crc_create((weaveheap_region_t)region, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* crc.update */
static const char* const names_crc_update[] = {"crc", "src", NULL};
static PyObject* flat_crc_update(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[2];
    if (gather("crc_update", names_crc_update, 2, 2, args, n, kwnames, arg) != 0) return NULL;
    uint64_t crc;
    if (arg_handle(arg[0], "crc.update(): argument 'crc'", &crc) != 0) return NULL;
    uint64_t src;
    if (arg_handle(arg[1], "crc.update(): argument 'src'", &src) != 0) return NULL;
    weaveheap_error err = {0, NULL};
zpack_crc_update((zpack_crc_t)crc, (weaveheap_handle_t)src, &err);
    if (err.code) return raise_error(&err);
    Py_RETURN_NONE;
}

/* crc.value */
static const char* const names_crc_value[] = {"crc", NULL};
static PyObject* flat_crc_value(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[1];
    if (gather("crc_value", names_crc_value, 1, 1, args, n, kwnames, arg) != 0) return NULL;
    uint64_t crc;
    if (arg_handle(arg[0], "crc.value(): argument 'crc'", &crc) != 0) return NULL;
    weaveheap_error err = {0, NULL};
uint32_t result = zpack_crc_value((zpack_crc_t)crc, &err);
    if (err.code) return raise_error(&err);
    return PyLong_FromUnsignedLongLong((unsigned long long)result);
}

/* crc.close */
static const char* const names_crc_close[] = {"crc", NULL};
static PyObject* flat_crc_close(PyObject* self, PyObject* const* args, Py_ssize_t n, PyObject* kwnames) {
    (void)self;
    PyObject* arg[1];
    if (gather("crc_close", names_crc_close, 1, 1, args, n, kwnames, arg) != 0) return NULL;
    uint64_t crc;
    if (arg_handle(arg[0], "crc.close(): argument 'crc'", &crc) != 0) return NULL;
    weaveheap_error err = {0, NULL};
zpack_crc_close((zpack_crc_t)crc, &err);
    if (err.code) return raise_error(&err);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"_register", (PyCFunction)(void (*)(void))register_classes, METH_FASTCALL, "registers the classes"},
    {"crc32", (PyCFunction)(void (*)(void))flat_crc32, METH_FASTCALL | METH_KEYWORDS,
     "crc32($module, src)\n--\n\nThe CRC-32 of the bytes of `src` (a buffer, bytes or string), read in\nplace: no copy."},
    {"deflate", (PyCFunction)(void (*)(void))flat_deflate, METH_FASTCALL | METH_KEYWORDS,
     "deflate($module, region, src, level=-1)\n--\n\nDeflates `src` (zlib format, `level` -1 for zlib's default, or 0..9)\ninto a new buffer of `region` holding exactly the compressed bytes.\nThe input is read in place; the output is written once into the new\nbuffer (one counted copy, as its size is known only at the end)."},
    {"inflate", (PyCFunction)(void (*)(void))flat_inflate, METH_FASTCALL | METH_KEYWORDS,
     "inflate($module, region, src, size)\n--\n\nInflates `src` (zlib format) straight into a new buffer of `region` of\n`size` bytes, the size of the data before it was deflated: no copy\neither way."},
    {"inflate_into", (PyCFunction)(void (*)(void))flat_inflate_into, METH_FASTCALL | METH_KEYWORDS,
     "inflate_into($module, dst, src)\n--\n\nInflates `src` (zlib format) into the buffer `dst`, in place, and\nreturns how many bytes it wrote; data longer than `dst` fails with\nwrong_size. `dst` and `src` cannot be the same object (a unique and a\nshared borrow of one object conflict)."},
    {"crc_create", (PyCFunction)(void (*)(void))flat_crc_create, METH_FASTCALL | METH_KEYWORDS,
     "crc_create($module, region)\n--\n\nA new running CRC-32 in `region`, starting from nothing."},
    {"crc_update", (PyCFunction)(void (*)(void))flat_crc_update, METH_FASTCALL | METH_KEYWORDS,
     "crc_update($module, crc, src)\n--\n\nAdds the bytes of `src` to the checksum, read in place."},
    {"crc_value", (PyCFunction)(void (*)(void))flat_crc_value, METH_FASTCALL | METH_KEYWORDS,
     "crc_value($module, crc)\n--\n\nThe CRC-32 of everything added so far."},
    {"crc_close", (PyCFunction)(void (*)(void))flat_crc_close, METH_FASTCALL | METH_KEYWORDS,
     "crc_close($module, crc)\n--\n\nReleases the checksum; its handle goes stale."},
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
    handle_name = PyUnicode_InternFromString("handle");
    if (!handle_name) return NULL;
    return PyModule_Create(&module);
}
