/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821 */
/*
 * The Python layer of weaveheap's SWIG interface, built with
 *   swig -python -builtin -DSWIGWORDSIZE64 -I<generated/swig> weaveheap_python.i
 * and linked with the core and bindings/python/weaveheap_pyexport.c.
 *
 * On top of the flat C API of weaveheap.i (raw handles, kept for tools and
 * tests), it defines one -builtin class per handle kind a user owns
 * (Region, Buffer, Bytes, String): the object owns its handle, close()
 * releases it (and `with` does), the destructor releases it best-effort and
 * never raises. Memory objects export zero-copy views that hold a borrow:
 * the buffer protocol, DLPack and the Arrow PyCapsule interface. Every error
 * code is an exception class under WeaveHeapError.
 *
 * Threads: every call into the core is made with the GIL held, so a region
 * that is not thread-safe is still used by one thread at a time. Export
 * deleters that run on other threads take the GIL first.
 */
%define WEAVEHEAP_PY_DOCSTRING
"The SWIG module of weaveheap 0.1.0 (generated from the IDL). Import weaveheap instead."
%enddef
%module(package="weaveheap", docstring=WEAVEHEAP_PY_DOCSTRING) native

%begin %{
#define PY_SSIZE_T_CLEAN
%}

%{
#include "weaveheap.h"
#include "weaveheap_pyexport.h"
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

_Static_assert(sizeof(void*) >= sizeof(uint64_t), "a borrow token is kept in Py_buffer.internal");
%}

/* Default arguments in one wrapper, not one overload each. */
%feature("compactdefaultargs");


%{
#define WEAVEHEAP__PY_ERROR_MAX 11
/* [0] is the base class; [code] the class of each error code. */
static PyObject* weaveheap__py_errors[WEAVEHEAP__PY_ERROR_MAX + 1];

static void weaveheap__py_raise(const weaveheap_error* e) {
    int32_t code = e->code;
    PyObject* cls = code > 0 && code <= WEAVEHEAP__PY_ERROR_MAX && weaveheap__py_errors[code]
                        ? weaveheap__py_errors[code] : weaveheap__py_errors[0];
    const char* text = e->message ? e->message : weaveheap_strerror(code);
    PyObject* msg = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
    PyObject* exc = msg ? PyObject_CallOneArg(cls, msg) : NULL;
    PyObject* num = exc ? PyLong_FromLong(code) : NULL;
    if (num && PyObject_SetAttrString(exc, "code", num) == 0 && PyObject_SetAttrString(exc, "message", msg) == 0)
        PyErr_SetObject(cls, exc);
    Py_XDECREF(num);
    Py_XDECREF(exc);
    Py_XDECREF(msg);
}
static PyObject* weaveheap__py_struct_repr(const char* name, PyObject* dict) {
    if (!dict) return NULL;
    PyObject* parts = PyList_New(0);
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (parts && PyDict_Next(dict, &pos, &key, &value)) {
        PyObject* part = PyUnicode_FromFormat("%U=%R", key, value);
        if (!part || PyList_Append(parts, part) != 0) Py_CLEAR(parts);
        Py_XDECREF(part);
    }
    PyObject* sep = parts ? PyUnicode_FromString(", ") : NULL;
    PyObject* body = sep ? PyUnicode_Join(sep, parts) : NULL;
    PyObject* text = body ? PyUnicode_FromFormat("%s(%U)", name, body) : NULL;
    Py_XDECREF(body);
    Py_XDECREF(sep);
    Py_XDECREF(parts);
    Py_DECREF(dict);
    return text;
}

static int weaveheap__py_dict_put(PyObject* dict, const char* key, PyObject* value) {
    int rc = value ? PyDict_SetItemString(dict, key, value) : -1;
    Py_XDECREF(value);
    return rc;
}
/* Takes a borrow of `h` for a view: the unique one (and a writable view)
 * when asked, else a shared one. Raises and returns 0 on failure. */
static weaveheap_borrow_t weaveheap__py_borrow(weaveheap_handle_t h, bool unique, weaveheap_view* view) {
    weaveheap_error err = {0, NULL};
    weaveheap_borrow_t token = unique ? weaveheap_borrow_unique(h, view, &err)
                                         : weaveheap_borrow_shared(h, view, &err);
    if (!token) {
        weaveheap__py_raise(&err);
        weaveheap_error_clear(&err);
        return 0;
    }
    if (unique && !view->writable) {
        weaveheap_borrow_release(token, NULL);
        PyErr_Format(PyExc_BufferError, "handle 0x%016llx names immutable memory: only a mutable object has a writable view",
                     (unsigned long long)h);
        return 0;
    }
    return token;
}

static void weaveheap__py_unborrow(weaveheap_borrow_t token) {
    weaveheap_borrow_release(token, NULL);
}

/* The export callback: GIL held (weaveheap_pyexport.c takes it). */
static void weaveheap__py_release_token(uint64_t token, PyObject* owner) {
    weaveheap_borrow_release((weaveheap_borrow_t)token, NULL);
    Py_DECREF(owner);
}

/* PEP 3118: a consumer asking for PyBUF_WRITABLE (or view(writable=True))
 * takes the unique borrow; every other one a shared, read-only borrow. The
 * token lives in Py_buffer.internal until bf_releasebuffer. */
static int weaveheap__py_getbuffer(PyObject* exporter, weaveheap_handle_t h, bool unique, Py_buffer* pb, int flags) {
    weaveheap_view view;
    pb->obj = NULL;
    weaveheap_borrow_t token = weaveheap__py_borrow(h, unique || (flags & PyBUF_WRITABLE), &view);
    if (!token) return -1;
    if (view.length > (uint64_t)PY_SSIZE_T_MAX) {
        weaveheap__py_unborrow(token);
        PyErr_SetString(PyExc_OverflowError, "the object is larger than a Python buffer can be");
        return -1;
    }
    if (PyBuffer_FillInfo(pb, exporter, view.data, (Py_ssize_t)view.length, !view.writable, flags) != 0) {
        weaveheap__py_unborrow(token);
        return -1;
    }
    pb->internal = (void*)(uintptr_t)token;
    return 0;
}

static void weaveheap__py_releasebuffer(PyObject* exporter, Py_buffer* pb) {
    (void)exporter;
    weaveheap__py_unborrow((weaveheap_borrow_t)(uintptr_t)pb->internal);
}

static PyObject* weaveheap__py_dlpack(PyObject* owner, weaveheap_handle_t h, const weaveheap__pyexport_dtype* dtype,
                                   bool writable, PyObject* stream, PyObject* max_version, PyObject* dl_device,
                                   PyObject* copy) {
    int versioned = 0;
    weaveheap_view view;
    if (weaveheap__pyexport_dlpack_args(stream, max_version, dl_device, copy, &versioned) != 0) return NULL;
    weaveheap_borrow_t token = weaveheap__py_borrow(h, writable, &view);
    if (!token) return NULL;
    PyObject* capsule = weaveheap__pyexport_dlpack(view.data, view.length, dtype, !view.writable, versioned, token,
                                                owner, weaveheap__py_release_token);
    if (!capsule) weaveheap__py_unborrow(token);
    return capsule;
}

/* Arrow arrays are immutable: always a shared borrow. */
static PyObject* weaveheap__py_arrow(PyObject* owner, weaveheap_handle_t h, const weaveheap__pyexport_dtype* dtype) {
    weaveheap_view view;
    weaveheap_borrow_t token = weaveheap__py_borrow(h, false, &view);
    if (!token) return NULL;
    PyObject* pair = weaveheap__pyexport_arrow(view.data, view.length, dtype, token, owner, weaveheap__py_release_token);
    if (!pair) weaveheap__py_unborrow(token);
    return pair;
}

/* What view_as() returns: the same memory as another element type, for
 * numpy.from_dlpack and pyarrow.array. */
typedef struct weaveheap__py_exporter {
    PyObject* target;
    weaveheap_handle_t handle;
    const weaveheap__pyexport_dtype* type;
    const char* dtype;
    bool writable;
} weaveheap__py_exporter;

static weaveheap__py_exporter* weaveheap__py_exporter_new(PyObject* target, weaveheap_handle_t h, const char* dtype, bool writable) {
    const weaveheap__pyexport_dtype* type = weaveheap__pyexport_dtype_of(dtype);
    if (!type) return NULL;
    weaveheap__py_exporter* e = calloc(1, sizeof *e);
    if (!e) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_INCREF(target);
    e->target = target;
    e->handle = h;
    e->type = type;
    e->dtype = type->name;
    e->writable = writable;
    return e;
}
%}

/* The classes first: %extend bodies are emitted where SWIG first meets a struct. */
%{
typedef struct weaveheap__py_region {
    weaveheap_region_t handle;   /* stays (stale) after close(): the core reports misuse */
    PyObject* owner;          /* NULL */
    bool closed;              /* close() succeeded: nothing left to release */
    bool unique_next;         /* the next buffer export takes the unique borrow */
} weaveheap__py_region;

static weaveheap__py_region* weaveheap__py_region_new(weaveheap_region_t handle, PyObject* owner) {
    weaveheap__py_region* o = calloc(1, sizeof *o);
    if (!o) {
        weaveheap_region_destroy(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* The destructor: best effort, never raises. */
static void weaveheap__py_region_free(weaveheap__py_region* o) {
    if (!o->closed) weaveheap_region_destroy(o->handle, NULL);
    Py_XDECREF(o->owner);
    free(o);
}
%}
%{
typedef struct weaveheap__py_buffer {
    weaveheap_buffer_t handle;   /* stays (stale) after close(): the core reports misuse */
    PyObject* owner;          /* the Region this object lives in, kept alive */
    bool closed;              /* close() succeeded: nothing left to release */
    bool unique_next;         /* the next buffer export takes the unique borrow */
} weaveheap__py_buffer;

static weaveheap__py_buffer* weaveheap__py_buffer_new(weaveheap_buffer_t handle, PyObject* owner) {
    weaveheap__py_buffer* o = calloc(1, sizeof *o);
    if (!o) {
        weaveheap_buffer_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* The destructor: best effort, never raises. */
static void weaveheap__py_buffer_free(weaveheap__py_buffer* o) {
    if (!o->closed) weaveheap_buffer_release(o->handle, NULL);
    Py_XDECREF(o->owner);
    free(o);
}

static int weaveheap__py_buffer_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_buffer* o = NULL;
    if (!SWIG_IsOK(SWIG_ConvertPtr(exporter, (void**)&o, SWIGTYPE_p_weaveheap__py_buffer, 0)) || !o) {
        pb->obj = NULL;
        PyErr_SetString(PyExc_BufferError, "not a weaveheap.Buffer");
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, o->unique_next, pb, flags);
}
%}
%{
typedef struct weaveheap__py_bytes {
    weaveheap_bytes_t handle;   /* stays (stale) after close(): the core reports misuse */
    PyObject* owner;          /* the Region this object lives in, kept alive */
    bool closed;              /* close() succeeded: nothing left to release */
    bool unique_next;         /* the next buffer export takes the unique borrow */
} weaveheap__py_bytes;

static weaveheap__py_bytes* weaveheap__py_bytes_new(weaveheap_bytes_t handle, PyObject* owner) {
    weaveheap__py_bytes* o = calloc(1, sizeof *o);
    if (!o) {
        weaveheap_bytes_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* The destructor: best effort, never raises. */
static void weaveheap__py_bytes_free(weaveheap__py_bytes* o) {
    if (!o->closed) weaveheap_bytes_release(o->handle, NULL);
    Py_XDECREF(o->owner);
    free(o);
}

static int weaveheap__py_bytes_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_bytes* o = NULL;
    if (!SWIG_IsOK(SWIG_ConvertPtr(exporter, (void**)&o, SWIGTYPE_p_weaveheap__py_bytes, 0)) || !o) {
        pb->obj = NULL;
        PyErr_SetString(PyExc_BufferError, "not a weaveheap.Bytes");
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, o->unique_next, pb, flags);
}
%}
%{
typedef struct weaveheap__py_string {
    weaveheap_string_t handle;   /* stays (stale) after close(): the core reports misuse */
    PyObject* owner;          /* the Region this object lives in, kept alive */
    bool closed;              /* close() succeeded: nothing left to release */
    bool unique_next;         /* the next buffer export takes the unique borrow */
} weaveheap__py_string;

static weaveheap__py_string* weaveheap__py_string_new(weaveheap_string_t handle, PyObject* owner) {
    weaveheap__py_string* o = calloc(1, sizeof *o);
    if (!o) {
        weaveheap_string_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* The destructor: best effort, never raises. */
static void weaveheap__py_string_free(weaveheap__py_string* o) {
    if (!o->closed) weaveheap_string_release(o->handle, NULL);
    Py_XDECREF(o->owner);
    free(o);
}

static int weaveheap__py_string_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_string* o = NULL;
    if (!SWIG_IsOK(SWIG_ConvertPtr(exporter, (void**)&o, SWIGTYPE_p_weaveheap__py_string, 0)) || !o) {
        pb->obj = NULL;
        PyErr_SetString(PyExc_BufferError, "not a weaveheap.String");
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, o->unique_next, pb, flags);
}
%}

/* The language hooks of weaveheap.i, before it is included. */
#define WEAVEHEAP_SWIG_LANGUAGE_ERRORS
#define WEAVEHEAP_SWIG_LANGUAGE_ARRAYS

/* -- errors: one class per code, raised with the core's message ------------- */

%typemap(argout, noblock=1) weaveheap_error* out_err {
  if ($1->code != 0) {
    Py_XDECREF($result);
    $result = NULL;
    weaveheap__py_raise($1);
    SWIG_fail;
  }
}
%typemap(freearg, noblock=1) weaveheap_error* out_err {
  if ($1->message) weaveheap_error_clear($1);
}

/* -- byte arrays: any buffer (or str, as UTF-8) in; writable buffers out --- */
%typemap(in, noblock=1) (const uint8_t* data, uint64_t data_len) (Py_buffer view_temp, int got_temp = 0, PyObject* utf8_temp = NULL) {
  if (PyUnicode_Check($input)) {
    /* surrogatepass: a lone surrogate reaches the core, which names it */
    utf8_temp = PyUnicode_AsEncodedString($input, "utf-8", "surrogatepass");
    if (!utf8_temp) SWIG_fail;
    $1 = ($1_ltype)PyBytes_AS_STRING(utf8_temp);
    $2 = (uint64_t)PyBytes_GET_SIZE(utf8_temp);
  } else {
    if (PyObject_GetBuffer($input, &view_temp, PyBUF_SIMPLE) != 0) SWIG_fail;
    got_temp = 1;
    $1 = ($1_ltype)view_temp.buf;
    $2 = (uint64_t)view_temp.len;
  }
}
%typemap(freearg, noblock=1) (const uint8_t* data, uint64_t data_len) {
  if (got_temp$argnum) PyBuffer_Release(&view_temp$argnum);
  Py_XDECREF(utf8_temp$argnum);
}
%typemap(in, noblock=1) (const uint8_t* text, uint64_t text_len) (Py_buffer view_temp, int got_temp = 0, PyObject* utf8_temp = NULL) {
  if (PyUnicode_Check($input)) {
    /* surrogatepass: a lone surrogate reaches the core, which names it */
    utf8_temp = PyUnicode_AsEncodedString($input, "utf-8", "surrogatepass");
    if (!utf8_temp) SWIG_fail;
    $1 = ($1_ltype)PyBytes_AS_STRING(utf8_temp);
    $2 = (uint64_t)PyBytes_GET_SIZE(utf8_temp);
  } else {
    if (PyObject_GetBuffer($input, &view_temp, PyBUF_SIMPLE) != 0) SWIG_fail;
    got_temp = 1;
    $1 = ($1_ltype)view_temp.buf;
    $2 = (uint64_t)view_temp.len;
  }
}
%typemap(freearg, noblock=1) (const uint8_t* text, uint64_t text_len) {
  if (got_temp$argnum) PyBuffer_Release(&view_temp$argnum);
  Py_XDECREF(utf8_temp$argnum);
}
%typemap(in, noblock=1) (uint8_t* dst, uint64_t dst_len) (Py_buffer view_temp, int got_temp = 0) {
  if (PyObject_GetBuffer($input, &view_temp, PyBUF_WRITABLE) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)view_temp.buf;
  $2 = (uint64_t)view_temp.len;
}
%typemap(argout) (uint8_t* dst, uint64_t dst_len) "";
%typemap(freearg, noblock=1) (uint8_t* dst, uint64_t dst_len) {
  if (got_temp$argnum) PyBuffer_Release(&view_temp$argnum);
}
%typemap(argout, noblock=1) uint64_t* out_len {
  if (result) {
    PyObject* bytes_out = PyBytes_FromStringAndSize((const char*)result, (Py_ssize_t)*$1);
    weaveheap_free_bytes(result, *$1);
    if (!bytes_out) SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, bytes_out);
  }
}

/* A method that needs the Python object it was called on names it
 * `py_self`: -builtin passes that object as `self`. */
%typemap(in, numinputs=0, noblock=1) PyObject* py_self {
  $1 = self;
}

%include "weaveheap.i"

/* From here on (the classes, not the flat C API, whose calls never raise
 * from C): a C body that raised (no memory, a bad dtype) fails the call. */
%exception {
  $action
  if (PyErr_Occurred()) SWIG_fail;
}

/* -builtin keeps the module's __all__ in `public_interface`. */
%init %{
  {
    PyObject* base = PyErr_NewExceptionWithDoc("weaveheap.WeaveHeapError",
        "Every error the core reports. The numbers are part of the ABI: a code is never renumbered, and a retired code keeps its slot. Each subclass has `code`, the error code, and the instance `message`, the core's text.",
        NULL, NULL);
    if (!base || PyObject_SetAttrString(base, "code", Py_None) != 0) return NULL;
    weaveheap__py_errors[0] = base;
    Py_INCREF(base);
    if (PyModule_AddObject(m, "WeaveHeapError", base) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "WeaveHeapError");
  }
  {
    PyObject* bases = PyTuple_Pack(2, weaveheap__py_errors[0], PyExc_ValueError);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.InvalidArgumentError",
        "An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size). (error code 1, invalid_argument)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_INVALID_ARGUMENT) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_INVALID_ARGUMENT] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "InvalidArgumentError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "InvalidArgumentError");
  }
  {
    PyObject* bases = PyTuple_Pack(2, weaveheap__py_errors[0], PyExc_MemoryError);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.OutOfMemoryError",
        "The allocator failed, or the region's byte limit would be exceeded. (error code 2, out_of_memory)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_OUT_OF_MEMORY) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_OUT_OF_MEMORY] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "OutOfMemoryError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "OutOfMemoryError");
  }
  {
    PyObject* bases = PyTuple_Pack(1, weaveheap__py_errors[0]);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.StaleHandleError",
        "The handle was valid once; what it named was released, or its region was reset or destroyed. (error code 3, stale_handle)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_STALE_HANDLE) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_STALE_HANDLE] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "StaleHandleError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "StaleHandleError");
  }
  {
    PyObject* bases = PyTuple_Pack(1, weaveheap__py_errors[0]);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.ReusedHandleError",
        "The handle was valid once; its slot now holds a newer object. (error code 4, reused_handle)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_REUSED_HANDLE) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_REUSED_HANDLE] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "ReusedHandleError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "ReusedHandleError");
  }
  {
    PyObject* bases = PyTuple_Pack(1, weaveheap__py_errors[0]);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.ForgedHandleError",
        "The handle was never issued by this process (0, out of range, or bits that no slot ever carried). (error code 5, forged_handle)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_FORGED_HANDLE) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_FORGED_HANDLE] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "ForgedHandleError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "ForgedHandleError");
  }
  {
    PyObject* bases = PyTuple_Pack(2, weaveheap__py_errors[0], PyExc_TypeError);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.WrongKindError",
        "The handle is live but of another kind than the function takes. (error code 6, wrong_kind)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_WRONG_KIND) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_WRONG_KIND] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "WrongKindError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "WrongKindError");
  }
  {
    PyObject* bases = PyTuple_Pack(2, weaveheap__py_errors[0], PyExc_BufferError);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.BorrowError",
        "The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner. (error code 7, borrowed)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_BORROWED) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_BORROWED] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "BorrowError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "BorrowError");
  }
  {
    PyObject* bases = PyTuple_Pack(1, weaveheap__py_errors[7]);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.BorrowConflictError",
        "The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique). (error code 8, borrow_conflict)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_BORROW_CONFLICT) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_BORROW_CONFLICT] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "BorrowConflictError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "BorrowConflictError");
  }
  {
    PyObject* bases = PyTuple_Pack(2, weaveheap__py_errors[0], PyExc_UnicodeError);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.InvalidUtf8Error",
        "The text is not valid UTF-8; the message names the byte offset. (error code 9, invalid_utf8)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_INVALID_UTF8) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_INVALID_UTF8] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "InvalidUtf8Error", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "InvalidUtf8Error");
  }
  {
    PyObject* bases = PyTuple_Pack(2, weaveheap__py_errors[0], PyExc_IndexError);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.OutOfRangeError",
        "An offset and length reach past the end of the object. (error code 10, out_of_range)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_OUT_OF_RANGE) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_OUT_OF_RANGE] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "OutOfRangeError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "OutOfRangeError");
  }
  {
    PyObject* bases = PyTuple_Pack(2, weaveheap__py_errors[0], PyExc_OSError);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc("weaveheap.SystemError",
        "A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason. (error code 11, system_error)", bases, NULL) : NULL;
    PyObject* code = cls ? PyLong_FromLong(WEAVEHEAP_ERR_SYSTEM_ERROR) : NULL;
    Py_XDECREF(bases);
    if (!code || PyObject_SetAttrString(cls, "code", code) != 0) return NULL;
    Py_DECREF(code);
    weaveheap__py_errors[WEAVEHEAP_ERR_SYSTEM_ERROR] = cls;
    Py_INCREF(cls);
    if (PyModule_AddObject(m, "SystemError", cls) != 0) return NULL;
    SwigPyBuiltin_AddPublicSymbol(public_interface, "SystemError");
  }
%}

/* -- struct values: repr and as_dict() ------------------------------------- */
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap_view::__repr__;
%feature("docstring") weaveheap_view::as_dict "The fields as a dict.";
%extend weaveheap_view {
  PyObject* as_dict() {
    PyObject* d = PyDict_New();
    if (d && weaveheap__py_dict_put(d, "data", PyLong_FromVoidPtr((void*)$self->data)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "length", PyLong_FromUnsignedLongLong((unsigned long long)$self->length)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "writable", PyBool_FromLong($self->writable)) != 0) Py_CLEAR(d);
    return d;
  }
  PyObject* __repr__() {
    return weaveheap__py_struct_repr("weaveheap.View", weaveheap_view_as_dict($self));
  }
}
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap_stats::__repr__;
%feature("docstring") weaveheap_stats::as_dict "The fields as a dict.";
%extend weaveheap_stats {
  PyObject* as_dict() {
    PyObject* d = PyDict_New();
    if (d && weaveheap__py_dict_put(d, "allocations", PyLong_FromUnsignedLongLong((unsigned long long)$self->allocations)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "releases", PyLong_FromUnsignedLongLong((unsigned long long)$self->releases)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "bytes_allocated", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_allocated)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "bytes_live", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_live)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "bytes_peak", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_peak)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "bytes_reserved", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_reserved)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "borrows_taken", PyLong_FromUnsignedLongLong((unsigned long long)$self->borrows_taken)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "borrows_active", PyLong_FromUnsignedLongLong((unsigned long long)$self->borrows_active)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "borrow_conflicts", PyLong_FromUnsignedLongLong((unsigned long long)$self->borrow_conflicts)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "stale_rejected", PyLong_FromUnsignedLongLong((unsigned long long)$self->stale_rejected)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "copies", PyLong_FromUnsignedLongLong((unsigned long long)$self->copies)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "copy_bytes", PyLong_FromUnsignedLongLong((unsigned long long)$self->copy_bytes)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "regions_live", PyLong_FromUnsignedLongLong((unsigned long long)$self->regions_live)) != 0) Py_CLEAR(d);
    return d;
  }
  PyObject* __repr__() {
    return weaveheap__py_struct_repr("weaveheap.Stats", weaveheap_stats_as_dict($self));
  }
}
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap_region_options::__repr__;
%feature("docstring") weaveheap_region_options::as_dict "The fields as a dict.";
%extend weaveheap_region_options {
  PyObject* as_dict() {
    PyObject* d = PyDict_New();
    if (d && weaveheap__py_dict_put(d, "chunk_size", PyLong_FromUnsignedLongLong((unsigned long long)$self->chunk_size)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "byte_limit", PyLong_FromUnsignedLongLong((unsigned long long)$self->byte_limit)) != 0) Py_CLEAR(d);
    if (d && weaveheap__py_dict_put(d, "thread_safe", PyBool_FromLong($self->thread_safe)) != 0) Py_CLEAR(d);
    return d;
  }
  PyObject* __repr__() {
    return weaveheap__py_struct_repr("weaveheap.RegionOptions", weaveheap_region_options_as_dict($self));
  }
}

/* -- views: borrows held by what they export -------------------------------- */

%rename(Exporter) weaveheap__py_exporter;
%nodefaultctor weaveheap__py_exporter;
%feature("docstring") weaveheap__py_exporter "The memory of a buffer, bytes or string seen as an array of `dtype`, for numpy.from_dlpack() and pyarrow.array(). Each export takes its own borrow (the unique one when `writable`), held until the consumer lets go.";
%feature("kwargs") weaveheap__py_exporter::__dlpack__;
%feature("kwargs") weaveheap__py_exporter::__arrow_c_array__;
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_exporter::__repr__;
typedef struct weaveheap__py_exporter {
  %immutable;
  const char* dtype;
  bool writable;
  %mutable;
} weaveheap__py_exporter;
%extend weaveheap__py_exporter {
  ~weaveheap__py_exporter() {
    Py_XDECREF($self->target);
    free($self);
  }
  PyObject* __dlpack__(PyObject* stream = NULL, PyObject* max_version = NULL, PyObject* dl_device = NULL, PyObject* copy = NULL) {
    return weaveheap__py_dlpack($self->target, $self->handle, $self->type, $self->writable, stream, max_version, dl_device, copy);
  }
  PyObject* __dlpack_device__() {
    return weaveheap__pyexport_dlpack_device();
  }
  PyObject* __arrow_c_array__(PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow($self->target, $self->handle, $self->type);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.Exporter of 0x%016llx as %s%s>", (unsigned long long)$self->handle,
             $self->dtype, $self->writable ? ", writable" : "");
    return PyUnicode_FromString(text);
  }
}

/* -- classes: one per handle kind a user owns ------------------------------ */
%rename(Region) weaveheap__py_region;
%feature("docstring") weaveheap__py_region "A region: an arena that owns chunks of memory and every object made in it. Destroying it frees them all at once and makes their handles stale.\n\nMakes a region.\nchunk_size: Size of each chunk the region takes from the system; 0 means `default_chunk_size`. Allocations larger than half a chunk get a chunk of their own.\nbyte_limit: Most bytes the region may have handed out since it was made or last reset (a released object's bytes come back at the next reset); 0 means no limit. Going past it is an out_of_memory error.\nthread_safe: When true the region may be used from many threads at once (a lock guards it and its counters are atomic). When false it belongs to one thread at a time and is faster.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_region::__repr__;
%feature("kwargs") weaveheap__py_region::weaveheap__py_region;
%feature("docstring") weaveheap__py_region::close "Destroys a region: frees every object in it at once, returns its chunks, and makes every handle of it stale. Fails, changing nothing, while any object of the region is borrowed.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_region::reset "Frees every object in the region at once and makes their handles stale, keeping the region's chunks for reuse. Costs per chunk, not per object. Fails, changing nothing, while any object is borrowed.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_region::stats "Reads the region's counters into `out`.\n\nRaises InvalidArgumentError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread.";
%feature("kwargs") weaveheap__py_region::alloc;
%newobject weaveheap__py_region::alloc;
%feature("docstring") weaveheap__py_region::alloc "Allocates `size` bytes aligned to `align` (a power of two up to `max_align`). The bytes are zeroed.\n\nRaises InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_region::bytes;
%newobject weaveheap__py_region::bytes;
%feature("docstring") weaveheap__py_region::bytes "Copies `data` into a new bytes object (counted as a copy).\n\nRaises InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_region::string;
%newobject weaveheap__py_region::string;
%feature("docstring") weaveheap__py_region::string "Validates `text` as UTF-8 and copies it into a new string (counted as a copy). Invalid input fails with the byte offset of the first bad sequence in the message.\n\nRaises InvalidArgumentError, InvalidUtf8Error, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_region {
  %immutable;
  weaveheap_region_t handle;
  bool closed;
  %mutable;
} weaveheap__py_region;
%extend weaveheap__py_region {
  weaveheap__py_region(uint64_t chunk_size = 0, uint64_t byte_limit = 0, bool thread_safe = false, weaveheap_error* out_err = NULL) {
    weaveheap_region_options options;
    memset(&options, 0, sizeof options);
    options.chunk_size = chunk_size;
    options.byte_limit = byte_limit;
    options.thread_safe = thread_safe;
    weaveheap_region_t h = weaveheap_region_create(&options, out_err);
    return h ? weaveheap__py_region_new(h, NULL) : NULL;
  }
  ~weaveheap__py_region() {
    weaveheap__py_region_free($self);
  }
  void close(weaveheap_error* out_err = NULL) {
    weaveheap_region_destroy($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  void __exit__(PyObject* exc_type, PyObject* exc_value, PyObject* traceback, weaveheap_error* out_err = NULL) {
    (void)exc_type; (void)exc_value; (void)traceback;
    if ($self->closed) return;
    weaveheap_region_destroy($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __repr__() {
    char text[96];
    snprintf(text, sizeof text, "<weaveheap.Region 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  void reset(weaveheap_error* out_err = NULL) {
    weaveheap_region_reset($self->handle, out_err);
  }
  void stats(weaveheap_stats* out, weaveheap_error* out_err = NULL) {
    weaveheap_region_stats($self->handle, out, out_err);
  }
  weaveheap__py_buffer* alloc(PyObject* py_self, uint64_t size, uint64_t align = 16, weaveheap_error* out_err = NULL) {
    weaveheap_buffer_t h = weaveheap_buffer_alloc($self->handle, size, align, out_err);
    return h ? weaveheap__py_buffer_new(h, py_self) : NULL;
  }
  weaveheap__py_bytes* bytes(PyObject* py_self, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err = NULL) {
    weaveheap_bytes_t h = weaveheap_bytes_create($self->handle, data, data_len, out_err);
    return h ? weaveheap__py_bytes_new(h, py_self) : NULL;
  }
  weaveheap__py_string* string(PyObject* py_self, const uint8_t* text, uint64_t text_len, weaveheap_error* out_err = NULL) {
    weaveheap_string_t h = weaveheap_string_create($self->handle, text, text_len, out_err);
    return h ? weaveheap__py_string_new(h, py_self) : NULL;
  }
}

%rename(Buffer) weaveheap__py_buffer;
%feature("docstring") weaveheap__py_buffer "A mutable, sized, aligned block of memory in a region.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_buffer::__repr__;
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_buffer "weaveheap__py_buffer_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_buffer "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_buffer::view;
%feature("kwargs") weaveheap__py_buffer::view_as;
%feature("kwargs") weaveheap__py_buffer::__dlpack__;
%feature("kwargs") weaveheap__py_buffer::__arrow_c_array__;
%newobject weaveheap__py_buffer::view_as;
%feature("docstring") weaveheap__py_buffer::view "A memoryview of the object's memory, without a copy, holding a borrow until it is released (mv.release(), `with`, or garbage collection). writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError.";
%feature("docstring") weaveheap__py_buffer::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_buffer::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("docstring") weaveheap__py_buffer::__arrow_c_array__ "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; the array's release callback releases the shared borrow it holds.";
%nodefaultctor weaveheap__py_buffer;   /* made by a factory method only */
%feature("docstring") weaveheap__py_buffer::close "Releases a buffer; its handle becomes stale. The memory returns to the region at its next reset or destroy. Fails while it is borrowed.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_buffer::size "The buffer's size in bytes.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_buffer::write;
%feature("docstring") weaveheap__py_buffer::write "Copies `data` into the buffer at `offset` (counted as a copy). The owner may write only while no borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_buffer::read;
%feature("docstring") weaveheap__py_buffer::read "Copies bytes from `offset` into `dst` (counted as a copy). Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_buffer {
  %immutable;
  weaveheap_buffer_t handle;
  bool closed;
  %mutable;
} weaveheap__py_buffer;
%extend weaveheap__py_buffer {
  ~weaveheap__py_buffer() {
    weaveheap__py_buffer_free($self);
  }
  void close(weaveheap_error* out_err = NULL) {
    weaveheap_buffer_release($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  void __exit__(PyObject* exc_type, PyObject* exc_value, PyObject* traceback, weaveheap_error* out_err = NULL) {
    (void)exc_type; (void)exc_value; (void)traceback;
    if ($self->closed) return;
    weaveheap_buffer_release($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __repr__() {
    char text[96];
    snprintf(text, sizeof text, "<weaveheap.Buffer 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t size(weaveheap_error* out_err = NULL) {
    return weaveheap_buffer_size($self->handle, out_err);
  }
  void write(uint64_t offset, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err = NULL) {
    weaveheap_buffer_write($self->handle, offset, data, data_len, out_err);
  }
  void read(uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err = NULL) {
    weaveheap_buffer_read($self->handle, offset, dst, dst_len, out_err);
  }
  PyObject* view(PyObject* py_self, bool writable = false) {
    $self->unique_next = writable;
    PyObject* mv = PyMemoryView_FromObject(py_self);
    $self->unique_next = false;
    return mv;
  }
  weaveheap__py_exporter* view_as(PyObject* py_self, const char* dtype = "uint8", bool writable = false) {
    return weaveheap__py_exporter_new(py_self, $self->handle, dtype, writable);
  }
  PyObject* __dlpack__(PyObject* py_self, PyObject* stream = NULL, PyObject* max_version = NULL, PyObject* dl_device = NULL, PyObject* copy = NULL) {
    return weaveheap__py_dlpack(py_self, $self->handle, weaveheap__pyexport_dtype_of(NULL), false, stream, max_version, dl_device, copy);
  }
  PyObject* __dlpack_device__() {
    return weaveheap__pyexport_dlpack_device();
  }
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow(py_self, $self->handle, weaveheap__pyexport_dtype_of(NULL));
  }
}

%rename(Bytes) weaveheap__py_bytes;
%feature("docstring") weaveheap__py_bytes "An immutable byte string in a region.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_bytes::__repr__;
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_bytes "weaveheap__py_bytes_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_bytes "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_bytes::view;
%feature("kwargs") weaveheap__py_bytes::view_as;
%feature("kwargs") weaveheap__py_bytes::__dlpack__;
%feature("kwargs") weaveheap__py_bytes::__arrow_c_array__;
%newobject weaveheap__py_bytes::view_as;
%feature("docstring") weaveheap__py_bytes::view "A memoryview of the object's memory, without a copy, holding a borrow until it is released (mv.release(), `with`, or garbage collection). writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError.";
%feature("docstring") weaveheap__py_bytes::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_bytes::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("docstring") weaveheap__py_bytes::__arrow_c_array__ "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; the array's release callback releases the shared borrow it holds.";
%nodefaultctor weaveheap__py_bytes;   /* made by a factory method only */
%feature("docstring") weaveheap__py_bytes::close "Releases a bytes object. Fails while it is borrowed.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_bytes::length "The length in bytes.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_bytes::dup "A copy of the bytes in memory the caller owns (counted as a copy); free it with `free_bytes`. An empty object gives a non-NULL pointer.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_bytes {
  %immutable;
  weaveheap_bytes_t handle;
  bool closed;
  %mutable;
} weaveheap__py_bytes;
%extend weaveheap__py_bytes {
  ~weaveheap__py_bytes() {
    weaveheap__py_bytes_free($self);
  }
  void close(weaveheap_error* out_err = NULL) {
    weaveheap_bytes_release($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  void __exit__(PyObject* exc_type, PyObject* exc_value, PyObject* traceback, weaveheap_error* out_err = NULL) {
    (void)exc_type; (void)exc_value; (void)traceback;
    if ($self->closed) return;
    weaveheap_bytes_release($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __repr__() {
    char text[96];
    snprintf(text, sizeof text, "<weaveheap.Bytes 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t length(weaveheap_error* out_err = NULL) {
    return weaveheap_bytes_length($self->handle, out_err);
  }
  PyObject* dup(weaveheap_error* out_err = NULL) {
uint64_t out_len = 0;
    uint8_t* data = weaveheap_bytes_dup($self->handle, &out_len, out_err);
    if (!data) return NULL;
    PyObject* b = PyBytes_FromStringAndSize((const char*)data, (Py_ssize_t)out_len);
    weaveheap_free_bytes(data, out_len);
    return b;
  }
  PyObject* view(PyObject* py_self, bool writable = false) {
    $self->unique_next = writable;
    PyObject* mv = PyMemoryView_FromObject(py_self);
    $self->unique_next = false;
    return mv;
  }
  weaveheap__py_exporter* view_as(PyObject* py_self, const char* dtype = "uint8", bool writable = false) {
    return weaveheap__py_exporter_new(py_self, $self->handle, dtype, writable);
  }
  PyObject* __dlpack__(PyObject* py_self, PyObject* stream = NULL, PyObject* max_version = NULL, PyObject* dl_device = NULL, PyObject* copy = NULL) {
    return weaveheap__py_dlpack(py_self, $self->handle, weaveheap__pyexport_dtype_of(NULL), false, stream, max_version, dl_device, copy);
  }
  PyObject* __dlpack_device__() {
    return weaveheap__pyexport_dlpack_device();
  }
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow(py_self, $self->handle, weaveheap__pyexport_dtype_of(NULL));
  }
}

%rename(String) weaveheap__py_string;
%feature("docstring") weaveheap__py_string "An immutable, validated UTF-8 string in a region, stored with a trailing NUL so that C can read it in place.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_string::__repr__;
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_string "weaveheap__py_string_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_string "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_string::view;
%feature("kwargs") weaveheap__py_string::view_as;
%feature("kwargs") weaveheap__py_string::__dlpack__;
%feature("kwargs") weaveheap__py_string::__arrow_c_array__;
%newobject weaveheap__py_string::view_as;
%feature("docstring") weaveheap__py_string::view "A memoryview of the object's memory, without a copy, holding a borrow until it is released (mv.release(), `with`, or garbage collection). writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError.";
%feature("docstring") weaveheap__py_string::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_string::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("docstring") weaveheap__py_string::__arrow_c_array__ "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; the array's release callback releases the shared borrow it holds.";
%nodefaultctor weaveheap__py_string;   /* made by a factory method only */
%feature("docstring") weaveheap__py_string::close "Releases a string. Fails while it is borrowed.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_string::length "The length in bytes, without the trailing NUL.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_string::dup "A NUL-terminated copy the caller owns (counted as a copy); free it with `free_string`.\n\nRaises OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_string {
  %immutable;
  weaveheap_string_t handle;
  bool closed;
  %mutable;
} weaveheap__py_string;
%extend weaveheap__py_string {
  ~weaveheap__py_string() {
    weaveheap__py_string_free($self);
  }
  void close(weaveheap_error* out_err = NULL) {
    weaveheap_string_release($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  void __exit__(PyObject* exc_type, PyObject* exc_value, PyObject* traceback, weaveheap_error* out_err = NULL) {
    (void)exc_type; (void)exc_value; (void)traceback;
    if ($self->closed) return;
    weaveheap_string_release($self->handle, out_err);
if (out_err->code == 0) $self->closed = true;
  }
  PyObject* __repr__() {
    char text[96];
    snprintf(text, sizeof text, "<weaveheap.String 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t length(weaveheap_error* out_err = NULL) {
    return weaveheap_string_length($self->handle, out_err);
  }
  PyObject* dup(weaveheap_error* out_err = NULL) {
    char* text = weaveheap_string_dup($self->handle, out_err);
    if (!text) return NULL;
    PyObject* s = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "surrogateescape");
    weaveheap_free_string(text);
    return s;
  }
  PyObject* view(PyObject* py_self, bool writable = false) {
    $self->unique_next = writable;
    PyObject* mv = PyMemoryView_FromObject(py_self);
    $self->unique_next = false;
    return mv;
  }
  weaveheap__py_exporter* view_as(PyObject* py_self, const char* dtype = "uint8", bool writable = false) {
    return weaveheap__py_exporter_new(py_self, $self->handle, dtype, writable);
  }
  PyObject* __dlpack__(PyObject* py_self, PyObject* stream = NULL, PyObject* max_version = NULL, PyObject* dl_device = NULL, PyObject* copy = NULL) {
    return weaveheap__py_dlpack(py_self, $self->handle, weaveheap__pyexport_dtype_of(NULL), false, stream, max_version, dl_device, copy);
  }
  PyObject* __dlpack_device__() {
    return weaveheap__pyexport_dlpack_device();
  }
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow(py_self, $self->handle, weaveheap__pyexport_dtype_of(NULL));
  }
}


%{
static PyObject* weaveheap__fast_version_number(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  (void)self;
  (void)args;
  if (nargs != 0) {
    PyErr_SetString(PyExc_TypeError, "version_number() takes no arguments");
    return NULL;
  }
  uint32_t r = weaveheap_version_number();
  return PyLong_FromUnsignedLongLong((unsigned long long)r);
}
static PyObject* weaveheap__fast_version_string(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  (void)self;
  (void)args;
  if (nargs != 0) {
    PyErr_SetString(PyExc_TypeError, "version_string() takes no arguments");
    return NULL;
  }
  const char* r = weaveheap_version_string();
  return (r ? PyUnicode_FromString(r) : (Py_INCREF(Py_None), Py_None));
}
static PyObject* weaveheap__fast_abi_version(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  (void)self;
  (void)args;
  if (nargs != 0) {
    PyErr_SetString(PyExc_TypeError, "abi_version() takes no arguments");
    return NULL;
  }
  uint32_t r = weaveheap_abi_version();
  return PyLong_FromUnsignedLongLong((unsigned long long)r);
}
static PyObject* weaveheap__fast_idl_hash(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  (void)self;
  (void)args;
  if (nargs != 0) {
    PyErr_SetString(PyExc_TypeError, "idl_hash() takes no arguments");
    return NULL;
  }
  const char* r = weaveheap_idl_hash();
  return (r ? PyUnicode_FromString(r) : (Py_INCREF(Py_None), Py_None));
}
static PyObject* weaveheap__fast_stats_enabled(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  (void)self;
  (void)args;
  if (nargs != 0) {
    PyErr_SetString(PyExc_TypeError, "stats_enabled() takes no arguments");
    return NULL;
  }
  bool r = weaveheap_stats_enabled();
  return PyBool_FromLong(r);
}
static PyObject* weaveheap__fast_publish_stop(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  (void)self;
  (void)args;
  if (nargs != 0) {
    PyErr_SetString(PyExc_TypeError, "publish_stop() takes no arguments");
    return NULL;
  }
  weaveheap_publish_stop();
  Py_RETURN_NONE;
}
static PyObject* weaveheap__fast_publish_active(PyObject* self, PyObject* const* args, Py_ssize_t nargs) {
  (void)self;
  (void)args;
  if (nargs != 0) {
    PyErr_SetString(PyExc_TypeError, "publish_active() takes no arguments");
    return NULL;
  }
  bool r = weaveheap_publish_active();
  return PyBool_FromLong(r);
}

static PyMethodDef weaveheap__fast_methods[] = {
  {"version_number", (PyCFunction)(void (*)(void))weaveheap__fast_version_number, METH_FASTCALL, "The version this library was built as: major * 1000000 + minor * 1000 + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a binding was generated for.\nThreads: any thread."},
  {"version_string", (PyCFunction)(void (*)(void))weaveheap__fast_version_string, METH_FASTCALL, "The version as \"major.minor.patch\".\nThreads: any thread."},
  {"abi_version", (PyCFunction)(void (*)(void))weaveheap__fast_abi_version, METH_FASTCALL, "The ABI version; bindings generated for another ABI must not load.\nThreads: any thread."},
  {"idl_hash", (PyCFunction)(void (*)(void))weaveheap__fast_idl_hash, METH_FASTCALL, "The SHA-256 of the IDL this library was built from, in hex.\nThreads: any thread."},
  {"stats_enabled", (PyCFunction)(void (*)(void))weaveheap__fast_stats_enabled, METH_FASTCALL, "Whether counting is on.\nThreads: any thread."},
  {"publish_stop", (PyCFunction)(void (*)(void))weaveheap__fast_publish_stop, METH_FASTCALL, "Stops publishing and removes the file. A no-op when not publishing.\nThreads: any thread."},
  {"publish_active", (PyCFunction)(void (*)(void))weaveheap__fast_publish_active, METH_FASTCALL, "Whether this process is publishing (its file exists).\nThreads: any thread."},
  {NULL, NULL, 0, NULL},
};
%}

%init %{
  if (PyModule_AddFunctions(m, weaveheap__fast_methods) != 0) return NULL;
%}
