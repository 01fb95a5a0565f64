/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * The Python layer of weaveheap's SWIG interface, built with
 *   swig -python -builtin -DSWIGWORDSIZE64 -I<generated/swig> -I<generated/python> weaveheap_python.i
 * and linked with the core and bindings/python/weaveheap_py{export,glue,view}.c.
 *
 * On top of the flat C API of weaveheap.i (raw handles, kept for tools and
 * tests), it defines one -builtin class per handle kind a user owns
 * (Region, Buffer, Bytes, String, Vector, Batch, BatchStream, VarVector, ListVector, Foreign): the object owns its handle, close()
 * releases it (once: a second close() does nothing), and so does `with`; the
 * destructor releases it best-effort and never raises. Memory objects export
 * zero-copy views that hold a borrow: View (what view() returns a memoryview
 * of), the buffer protocol, DLPack and the Arrow PyCapsule interface. Every
 * error code is an exception class under WeaveHeapError; an argument Python
 * gets wrong is its invalid-argument error naming the parameter.
 *
 * Threads: every call into the core is made with the GIL held, so a region
 * that is not thread-safe is still used by one thread at a time. Export
 * deleters that run on other threads take the GIL first.
 */
%define WEAVEHEAP_PY_DOCSTRING
"The SWIG module of weaveheap 0.1.0 (generated from the IDL): the flat C API on raw handles, and the classes. Import weaveheap instead."
%enddef
%module(package="weaveheap", docstring=WEAVEHEAP_PY_DOCSTRING) native

%begin %{
#define PY_SSIZE_T_CLEAN
%}

%{
#include "weaveheap.h"
#include "weaveheap_pyexport.h"
#include "weaveheap_pyglue.h"
#include "weaveheap_pyview.h"
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

_Static_assert(sizeof(void*) >= sizeof(uint64_t), "a borrow token is kept in Py_buffer.internal");
%}

/* Default arguments in one wrapper, not one overload each. */
%feature("compactdefaultargs");

/* The language hooks of weaveheap.i, before it is included. */
#define WEAVEHEAP_SWIG_LANGUAGE_ERRORS
#define WEAVEHEAP_SWIG_LANGUAGE_ARRAYS
#define WEAVEHEAP_SWIG_LANGUAGE_NAMES

/* -- errors: one class per code, raised with the core's message ------------- */
%{
/* Raises a failed call's error as its class and frees its message. */
static void weaveheap__py_raise(weaveheap_error* err) {
    weaveheap__pyglue_raise(err->code, err->message ? err->message : weaveheap_strerror(err->code));
    weaveheap_error_clear(err);
}

/* __exit__ after a refused close: raised when the block ended normally;
 * otherwise a note on the block's own exception, which goes on. */
static PyObject* weaveheap__py_exit_refused(weaveheap_error* err, PyObject* exc_value, PyObject* what) {
    weaveheap__py_raise(err);
    if (exc_value == Py_None) return NULL;
    weaveheap__pyglue_note_refused_close(exc_value, what);
    Py_RETURN_NONE;
}
%}
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

/* -- arguments: what Python gets wrong is the invalid-argument error --------
 * naming the parameter (None, a negative size, a str for an int ...), never
 * SWIG's "in method ..., argument 3 of type 'uint64_t'". */
%typemap(in, noblock=1) uint8_t (uint64_t value_temp = 0) {
  if (weaveheap__pyglue_unsigned($input, "$1_name", UINT8_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) uint16_t (uint64_t value_temp = 0) {
  if (weaveheap__pyglue_unsigned($input, "$1_name", UINT16_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) uint32_t (uint64_t value_temp = 0) {
  if (weaveheap__pyglue_unsigned($input, "$1_name", UINT32_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) uint64_t (uint64_t value_temp = 0) {
  if (weaveheap__pyglue_unsigned($input, "$1_name", UINT64_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) int8_t (int64_t value_temp = 0) {
  if (weaveheap__pyglue_signed($input, "$1_name", INT8_MIN, INT8_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) int16_t (int64_t value_temp = 0) {
  if (weaveheap__pyglue_signed($input, "$1_name", INT16_MIN, INT16_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) int32_t (int64_t value_temp = 0) {
  if (weaveheap__pyglue_signed($input, "$1_name", INT32_MIN, INT32_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) int64_t (int64_t value_temp = 0) {
  if (weaveheap__pyglue_signed($input, "$1_name", INT64_MIN, INT64_MAX, &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
/* A method's object parameter: the object (its handle), or a raw handle. */
%typemap(in, noblock=1) weaveheap_batch_t batch (uint64_t value_temp = 0) {
  if (weaveheap__pyglue_handle_arg($input, "batch", &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) weaveheap_handle_t child (uint64_t value_temp = 0) {
  if (weaveheap__pyglue_handle_arg($input, "child", &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) weaveheap_handle_t column (uint64_t value_temp = 0) {
  if (weaveheap__pyglue_handle_arg($input, "column", &value_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)value_temp;
}
%typemap(in, noblock=1) double (double value_temp = 0) {
  if (weaveheap__pyglue_double($input, "$1_name", &value_temp) != 0) SWIG_fail;
  $1 = value_temp;
}
%typemap(in, noblock=1) bool (bool value_temp = false) {
  if (weaveheap__pyglue_bool($input, "$1_name", &value_temp) != 0) SWIG_fail;
  $1 = value_temp;
}
%typemap(in, noblock=1) const char* dtype (const char* text_temp = NULL) {
  if (weaveheap__pyglue_text_or_none($input, "$1_name", &text_temp) != 0) SWIG_fail;
  $1 = ($1_ltype)text_temp;
}

/* Bytes the core reads: any buffer, or a str (as UTF-8). */
%typemap(in, noblock=1) (const uint8_t* data, uint64_t data_len) (weaveheap__pyglue_bytes_in bytes_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_in_get($input, "data", &bytes_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)bytes_temp.data;
  $2 = bytes_temp.length;
}
%typemap(freearg, noblock=1) (const uint8_t* data, uint64_t data_len) {
  if (got_temp$argnum) weaveheap__pyglue_bytes_in_release(&bytes_temp$argnum);
}
%typemap(in, noblock=1) (const uint8_t* key, uint64_t key_len) (weaveheap__pyglue_bytes_in bytes_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_in_get($input, "key", &bytes_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)bytes_temp.data;
  $2 = bytes_temp.length;
}
%typemap(freearg, noblock=1) (const uint8_t* key, uint64_t key_len) {
  if (got_temp$argnum) weaveheap__pyglue_bytes_in_release(&bytes_temp$argnum);
}
%typemap(in, noblock=1) (const uint8_t* name, uint64_t name_len) (weaveheap__pyglue_bytes_in bytes_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_in_get($input, "name", &bytes_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)bytes_temp.data;
  $2 = bytes_temp.length;
}
%typemap(freearg, noblock=1) (const uint8_t* name, uint64_t name_len) {
  if (got_temp$argnum) weaveheap__pyglue_bytes_in_release(&bytes_temp$argnum);
}
%typemap(in, noblock=1) (const uint8_t* row, uint64_t row_len) (weaveheap__pyglue_bytes_in bytes_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_in_get($input, "row", &bytes_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)bytes_temp.data;
  $2 = bytes_temp.length;
}
%typemap(freearg, noblock=1) (const uint8_t* row, uint64_t row_len) {
  if (got_temp$argnum) weaveheap__pyglue_bytes_in_release(&bytes_temp$argnum);
}
%typemap(in, noblock=1) (const uint8_t* text, uint64_t text_len) (weaveheap__pyglue_bytes_in bytes_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_in_get($input, "text", &bytes_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)bytes_temp.data;
  $2 = bytes_temp.length;
}
%typemap(freearg, noblock=1) (const uint8_t* text, uint64_t text_len) {
  if (got_temp$argnum) weaveheap__pyglue_bytes_in_release(&bytes_temp$argnum);
}
%typemap(in, noblock=1) (const uint8_t* value, uint64_t value_len) (weaveheap__pyglue_bytes_in bytes_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_in_get($input, "value", &bytes_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)bytes_temp.data;
  $2 = bytes_temp.length;
}
%typemap(freearg, noblock=1) (const uint8_t* value, uint64_t value_len) {
  if (got_temp$argnum) weaveheap__pyglue_bytes_in_release(&bytes_temp$argnum);
}
%typemap(in, noblock=1) (const uint8_t* values, uint64_t values_len) (weaveheap__pyglue_bytes_in bytes_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_in_get($input, "values", &bytes_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)bytes_temp.data;
  $2 = bytes_temp.length;
}
%typemap(freearg, noblock=1) (const uint8_t* values, uint64_t values_len) {
  if (got_temp$argnum) weaveheap__pyglue_bytes_in_release(&bytes_temp$argnum);
}
/* Memory the core fills: a writable buffer. */
%typemap(in, noblock=1) (uint8_t* dst, uint64_t dst_len) (Py_buffer view_temp, int got_temp = 0) {
  if (weaveheap__pyglue_bytes_out_get($input, "dst", &view_temp) != 0) SWIG_fail;
  got_temp = 1;
  $1 = ($1_ltype)view_temp.buf;
  $2 = (uint64_t)view_temp.len;
}
%typemap(argout) (uint8_t* dst, uint64_t dst_len) "";
%typemap(freearg, noblock=1) (uint8_t* dst, uint64_t dst_len) {
  if (got_temp$argnum) PyBuffer_Release(&view_temp$argnum);
}
/* Owned bytes a flat function returns: copied into a bytes, then freed. */
%typemap(argout, noblock=1) uint64_t* out_len {
  if (result) {
    PyObject* bytes_out = weaveheap__pyglue_bytes(result, *$1, weaveheap_free_bytes);
    if (!bytes_out) SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, bytes_out);
  }
}

/* A method that needs the Python object it was called on names it
 * `py_self`: -builtin passes that object as `self`. */
%typemap(in, numinputs=0, noblock=1) PyObject* py_self {
  $1 = self;
}

/* An object made by Class.__new__(Class), without its constructor, holds no
 * C object: every method, property and slot refuses it before using it. */
%typemap(in, noblock=1) SWIGTYPE* self (void* argp = 0, int res = 0) {
  if (!((SwigPyObject*)$input)->ptr) {
    weaveheap__pyglue_unmade($input);
    SWIG_fail;
  }
  res = SWIG_ConvertPtr($input, &argp, $descriptor, 0);
  if (!SWIG_IsOK(res)) {
    %argument_fail(res, "$type", $symname, $argnum);
  }
  $1 = ($ltype)argp;
}

/* -- struct names: Python's; the view struct keeps its C name in the flat
 * API, as weaveheap.View is the live view that holds a borrow. */
%rename(RegionOptions) weaveheap_region_options;
%rename(weaveheap_view) weaveheap_view;
%rename(Stats) weaveheap_stats;

%include "weaveheap.i"

/* The C side of the classes first: SWIG emits each %extend body where it
 * meets the class, and a method of one class may make an object of another. */
%{
/* Takes a borrow of `h` for a view: the unique one (and a writable view)
 * when asked, else a shared one. Raises and returns 0 on failure. */
static weaveheap_borrow_t weaveheap__py_borrow(weaveheap_handle_t h, bool unique, weaveheap_view* view) {
    weaveheap_error err = {0, NULL};
    weaveheap_borrow_t token = unique ? weaveheap_borrow_unique(h, view, &err) : weaveheap_borrow_shared(h, view, &err);
    if (!token) {
        weaveheap__py_raise(&err);
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
    weaveheap__py_unborrow((weaveheap_borrow_t)token);
    Py_DECREF(owner);
}

/* PEP 3118 on a memory object: a consumer asking for PyBUF_WRITABLE takes
 * the unique borrow, every other one a shared, read-only borrow. The token
 * lives in Py_buffer.internal until bf_releasebuffer. */
static int weaveheap__py_getbuffer(PyObject* exporter, weaveheap_handle_t h, Py_buffer* pb, int flags) {
    weaveheap_view view;
    pb->obj = NULL;
    weaveheap_borrow_t token = weaveheap__py_borrow(h, (flags & PyBUF_WRITABLE) != 0, &view);
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

/* The Arrow PyCapsule pair (or, schema_only, the schema capsule) of an
 * object the core exports itself: `fill` (its IDL arrow export) fills the
 * spec's structs, which weaveheap_pyexport.c allocated and wraps so that the
 * array's release takes the GIL and keeps `owner` alive until then. */
typedef void (*weaveheap__py_arrow_fill)(weaveheap_handle_t, uint8_t*, uint8_t*, weaveheap_error*);
static PyObject* weaveheap__py_arrow_export(PyObject* owner, weaveheap_handle_t h, weaveheap__py_arrow_fill fill,
                                          bool schema_only) {
    uint8_t *schema, *array;
    if (weaveheap__pyexport_arrow_structs(&schema, &array) != 0) return NULL;
    weaveheap_error err = {0, NULL};
    fill(h, schema, array, &err);
    if (err.code) {
        weaveheap__pyexport_arrow_structs_free(schema, array);
        weaveheap__py_raise(&err);
        return NULL;
    }
    return weaveheap__pyexport_arrow_capsules(schema, array, owner, schema_only);
}

/* The 'arrow_array_stream' capsule of an object the core exports as an
 * Arrow C Stream itself: `fill` (its IDL arrow stream export) fills the
 * struct weaveheap_pyexport.c allocated, which wraps its callbacks so that
 * they take the GIL and keep `owner` alive until its release. */
typedef void (*weaveheap__py_arrow_stream_fill)(weaveheap_handle_t, uint8_t*, weaveheap_error*);
static PyObject* weaveheap__py_arrow_stream_export(PyObject* owner, weaveheap_handle_t h,
                                                 weaveheap__py_arrow_stream_fill fill) {
    uint8_t* stream = weaveheap__pyexport_arrow_stream_struct();
    if (!stream) return NULL;
    weaveheap_error err = {0, NULL};
    fill(h, stream, &err);
    if (err.code) {
        PyMem_RawFree(stream);
        weaveheap__py_raise(&err);
        return NULL;
    }
    return weaveheap__pyexport_arrow_stream_capsule(stream, owner);
}

/* iter(obj) of an object with a stream export: the record batches of
 * pyarrow.RecordBatchReader.from_stream(obj), over the core's memory. */
static PyObject* weaveheap__py_arrow_stream_iter(PyObject* owner) {
    PyObject* pyarrow = PyImport_ImportModule("pyarrow");
    if (!pyarrow) return NULL;
    PyObject* cls = PyObject_GetAttrString(pyarrow, "RecordBatchReader");
    Py_DECREF(pyarrow);
    if (!cls) return NULL;
    PyObject* reader = PyObject_CallMethod(cls, "from_stream", "O", owner);
    Py_DECREF(cls);
    if (!reader) return NULL;
    PyObject* it = PyObject_GetIter(reader);
    Py_DECREF(reader);
    return it;
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

/* View (bindings/python/weaveheap_pyview.c) gives a token back through these. */
static int weaveheap__py_view_release(uint64_t token) {
    weaveheap_error err = {0, NULL};
    weaveheap_borrow_release((weaveheap_borrow_t)token, &err);
    if (err.code == 0) return 0;
    weaveheap__py_raise(&err);
    return -1;
}

static void weaveheap__py_view_release_quietly(uint64_t token) {
    weaveheap__py_unborrow((weaveheap_borrow_t)token);
}

static const weaveheap__pyview_ops weaveheap__py_view_ops = {
    weaveheap__py_view_release, weaveheap__py_view_release_quietly,
};

/* A new View of the object `owner` (handle `h`), its borrow taken now.
 * NULL with an error set on failure, nothing held. */
static PyObject* weaveheap__py_view_take(PyObject* owner, weaveheap_handle_t h, bool unique) {
    weaveheap_view view;
    weaveheap_borrow_t token = weaveheap__py_borrow(h, unique, &view);
    if (!token) return NULL;
    return weaveheap__pyview_new(token, view.data, view.length, view.writable, owner);
}
%}

%{
typedef struct weaveheap__py_region {
    weaveheap_region_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* NULL */
} weaveheap__py_region;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_region* weaveheap__py_region_wrap(weaveheap_region_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_region* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_region_destroy(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* reset(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_region_fast_reset(PyObject* self, PyObject* unused) {
    weaveheap__py_region* c_self = (weaveheap__py_region*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    weaveheap_region_reset(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    return py_result;
}
%}

%{
typedef struct weaveheap__py_buffer {
    weaveheap_buffer_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_buffer;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_buffer* weaveheap__py_buffer_wrap(weaveheap_buffer_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_buffer* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_buffer_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

static int weaveheap__py_buffer_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_buffer* o = (weaveheap__py_buffer*)((SwigPyObject*)exporter)->ptr;
    if (!o) {
        pb->obj = NULL;
        weaveheap__pyglue_unmade(exporter);
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, pb, flags);
}

/* view(writable=False): a memoryview of a new View. METH_FASTCALL |
 * METH_KEYWORDS, added to the class when the module loads: SWIG's keyword
 * parsing would cost more than the view. */
static PyObject* weaveheap__py_buffer_view(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    weaveheap__py_buffer* o = (weaveheap__py_buffer*)((SwigPyObject*)self)->ptr;
    bool writable = false;
    if (!o) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_flag_arg("view", "writable", args, nargs, kwnames, &writable) != 0) return NULL;
    PyObject* v = weaveheap__py_view_take(self, o->handle, writable);
    if (!v) return NULL;
    PyObject* mv = PyMemoryView_FromObject(v);
    Py_DECREF(v);
    return mv;
}

/* size(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_buffer_fast_size(PyObject* self, PyObject* unused) {
    weaveheap__py_buffer* c_self = (weaveheap__py_buffer*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_buffer_size(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* write(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_buffer_fast_write(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"offset", "data"};
    PyObject* py_args[2];
    weaveheap__py_buffer* c_self = (weaveheap__py_buffer*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t offset_value = 0;
    weaveheap__pyglue_bytes_in data_held;
    bool data_got = false;
    const uint8_t* data = NULL;
    uint64_t data_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Buffer_write", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "offset", UINT64_MAX, &offset_value) != 0) goto done;
    if (weaveheap__pyglue_bytes_in_get(py_args[1], "data", &data_held) != 0) goto done;
    data_got = true;
    data = (const uint8_t*)data_held.data;
    data_len = data_held.length;
    weaveheap_buffer_write(c_self->handle, (uint64_t)offset_value, data, data_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (data_got) weaveheap__pyglue_bytes_in_release(&data_held);
    return py_result;
}

/* read(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_buffer_fast_read(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"offset", "dst"};
    PyObject* py_args[2];
    weaveheap__py_buffer* c_self = (weaveheap__py_buffer*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t offset_value = 0;
    Py_buffer dst_held;
    bool dst_got = false;
    uint8_t* dst = NULL;
    uint64_t dst_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Buffer_read", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "offset", UINT64_MAX, &offset_value) != 0) goto done;
    if (weaveheap__pyglue_bytes_out_get(py_args[1], "dst", &dst_held) != 0) goto done;
    dst_got = true;
    dst = (uint8_t*)dst_held.buf;
    dst_len = (uint64_t)dst_held.len;
    weaveheap_buffer_read(c_self->handle, (uint64_t)offset_value, dst, dst_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (dst_got) PyBuffer_Release(&dst_held);
    return py_result;
}
%}

%{
typedef struct weaveheap__py_bytes {
    weaveheap_bytes_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_bytes;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_bytes* weaveheap__py_bytes_wrap(weaveheap_bytes_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_bytes* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_bytes_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

static int weaveheap__py_bytes_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_bytes* o = (weaveheap__py_bytes*)((SwigPyObject*)exporter)->ptr;
    if (!o) {
        pb->obj = NULL;
        weaveheap__pyglue_unmade(exporter);
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, pb, flags);
}

/* view(writable=False): a memoryview of a new View. METH_FASTCALL |
 * METH_KEYWORDS, added to the class when the module loads: SWIG's keyword
 * parsing would cost more than the view. */
static PyObject* weaveheap__py_bytes_view(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    weaveheap__py_bytes* o = (weaveheap__py_bytes*)((SwigPyObject*)self)->ptr;
    bool writable = false;
    if (!o) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_flag_arg("view", "writable", args, nargs, kwnames, &writable) != 0) return NULL;
    PyObject* v = weaveheap__py_view_take(self, o->handle, writable);
    if (!v) return NULL;
    PyObject* mv = PyMemoryView_FromObject(v);
    Py_DECREF(v);
    return mv;
}

/* length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_bytes_fast_length(PyObject* self, PyObject* unused) {
    weaveheap__py_bytes* c_self = (weaveheap__py_bytes*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_bytes_length(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* dup(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_bytes_fast_dup(PyObject* self, PyObject* unused) {
    weaveheap__py_bytes* c_self = (weaveheap__py_bytes*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t out_len = 0;
    uint8_t* data_out = weaveheap_bytes_dup(c_self->handle, &out_len, out_err);
    py_result = weaveheap__pyglue_bytes(data_out, out_len, weaveheap_free_bytes);
    if (!py_result && PyErr_Occurred()) {
        if (err.message) weaveheap_error_clear(&err);
    } else if (err.code != 0) {
        Py_CLEAR(py_result);
        weaveheap__py_raise(&err);
    }
    return py_result;
}
%}

%{
typedef struct weaveheap__py_string {
    weaveheap_string_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_string;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_string* weaveheap__py_string_wrap(weaveheap_string_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_string* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_string_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

static int weaveheap__py_string_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_string* o = (weaveheap__py_string*)((SwigPyObject*)exporter)->ptr;
    if (!o) {
        pb->obj = NULL;
        weaveheap__pyglue_unmade(exporter);
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, pb, flags);
}

/* view(writable=False): a memoryview of a new View. METH_FASTCALL |
 * METH_KEYWORDS, added to the class when the module loads: SWIG's keyword
 * parsing would cost more than the view. */
static PyObject* weaveheap__py_string_view(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    weaveheap__py_string* o = (weaveheap__py_string*)((SwigPyObject*)self)->ptr;
    bool writable = false;
    if (!o) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_flag_arg("view", "writable", args, nargs, kwnames, &writable) != 0) return NULL;
    PyObject* v = weaveheap__py_view_take(self, o->handle, writable);
    if (!v) return NULL;
    PyObject* mv = PyMemoryView_FromObject(v);
    Py_DECREF(v);
    return mv;
}

/* length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_string_fast_length(PyObject* self, PyObject* unused) {
    weaveheap__py_string* c_self = (weaveheap__py_string*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_string_length(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* dup(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_string_fast_dup(PyObject* self, PyObject* unused) {
    weaveheap__py_string* c_self = (weaveheap__py_string*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    py_result = weaveheap__pyglue_text(weaveheap_string_dup(c_self->handle, out_err), weaveheap_free_string);
    if (!py_result && PyErr_Occurred()) {
        if (err.message) weaveheap_error_clear(&err);
    } else if (err.code != 0) {
        Py_CLEAR(py_result);
        weaveheap__py_raise(&err);
    }
    return py_result;
}
%}

%{
typedef struct weaveheap__py_vector {
    weaveheap_vector_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_vector;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_vector* weaveheap__py_vector_wrap(weaveheap_vector_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_vector* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_vector_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

static int weaveheap__py_vector_typed(weaveheap_vector_t h, Py_buffer* pb, int flags);

static int weaveheap__py_vector_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_vector* o = (weaveheap__py_vector*)((SwigPyObject*)exporter)->ptr;
    if (!o) {
        pb->obj = NULL;
        weaveheap__pyglue_unmade(exporter);
        return -1;
    }
    if (weaveheap__py_getbuffer(exporter, o->handle, pb, flags) != 0) return -1;
    return (flags & PyBUF_FORMAT) == PyBUF_FORMAT ? weaveheap__py_vector_typed(o->handle, pb, flags) : 0;
}

/* A Vector's buffers show values of its element type (the struct
 * module's code, numpy's dtype), not bytes, when the consumer asks for a
 * format. The shape, in values, lives beside the borrow token until
 * bf_releasebuffer; a type without a code (a bitmap) stays bytes. */
static const char weaveheap__py_vector_formats[][2] = { "b", "h", "i", "q", "H", "I", "Q", "f", "d" };
typedef struct weaveheap__py_vector_shape {
    void* token;            /* what Py_buffer.internal held */
    Py_ssize_t shape[1];
} weaveheap__py_vector_shape;

static int weaveheap__py_vector_typed(weaveheap_vector_t h, Py_buffer* pb, int flags) {
    weaveheap_error err = {0, NULL};
    int32_t type = weaveheap_vector_element_type(h, &err);
    const char* format = NULL;
    Py_ssize_t size = 1;
    switch (type) {
    case WEAVEHEAP_ELEMENT_TYPE_INT8: format = weaveheap__py_vector_formats[0]; size = 1; break;
    case WEAVEHEAP_ELEMENT_TYPE_INT16: format = weaveheap__py_vector_formats[1]; size = 2; break;
    case WEAVEHEAP_ELEMENT_TYPE_INT32: format = weaveheap__py_vector_formats[2]; size = 4; break;
    case WEAVEHEAP_ELEMENT_TYPE_INT64: format = weaveheap__py_vector_formats[3]; size = 8; break;
    case WEAVEHEAP_ELEMENT_TYPE_UINT16: format = weaveheap__py_vector_formats[4]; size = 2; break;
    case WEAVEHEAP_ELEMENT_TYPE_UINT32: format = weaveheap__py_vector_formats[5]; size = 4; break;
    case WEAVEHEAP_ELEMENT_TYPE_UINT64: format = weaveheap__py_vector_formats[6]; size = 8; break;
    case WEAVEHEAP_ELEMENT_TYPE_FLOAT32: format = weaveheap__py_vector_formats[7]; size = 4; break;
    case WEAVEHEAP_ELEMENT_TYPE_FLOAT64: format = weaveheap__py_vector_formats[8]; size = 8; break;
    default: break;
    }
    if (err.code) {   /* cannot happen while the view holds its borrow: raised all the same */
        weaveheap__py_releasebuffer(NULL, pb);
        weaveheap__py_raise(&err);
        return -1;
    }
    if (!format) return 0;
    weaveheap__py_vector_shape* sh = PyMem_Malloc(sizeof *sh);
    if (!sh) {
        weaveheap__py_releasebuffer(NULL, pb);
        PyErr_NoMemory();
        return -1;
    }
    sh->token = pb->internal;
    sh->shape[0] = pb->len / size;
    pb->internal = sh;
    pb->format = (char*)format;
    pb->itemsize = size;
    pb->shape = (flags & PyBUF_ND) == PyBUF_ND ? sh->shape : NULL;   /* strides (if asked) point at itemsize */
    return 0;
}

static void weaveheap__py_vector_releasebuffer(PyObject* exporter, Py_buffer* pb) {
    const char* f = pb->format;
    if (f >= weaveheap__py_vector_formats[0] && f < weaveheap__py_vector_formats[0] + sizeof weaveheap__py_vector_formats) {
        weaveheap__py_vector_shape* sh = pb->internal;
        pb->internal = sh->token;
        PyMem_Free(sh);
    }
    weaveheap__py_releasebuffer(exporter, pb);
}

/* view(writable=False): a memoryview of a new View. METH_FASTCALL |
 * METH_KEYWORDS, added to the class when the module loads: SWIG's keyword
 * parsing would cost more than the view. */
static PyObject* weaveheap__py_vector_view(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    weaveheap__py_vector* o = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    bool writable = false;
    if (!o) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_flag_arg("view", "writable", args, nargs, kwnames, &writable) != 0) return NULL;
    PyObject* v = weaveheap__py_view_take(self, o->handle, writable);
    if (!v) return NULL;
    PyObject* mv = PyMemoryView_FromObject(v);
    Py_DECREF(v);
    return mv;
}

/* length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_length(PyObject* self, PyObject* unused) {
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_vector_length(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* capacity(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_capacity(PyObject* self, PyObject* unused) {
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_vector_capacity(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* resize(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_resize(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"capacity"};
    PyObject* py_args[1];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t capacity_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_resize", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "capacity", UINT64_MAX, &capacity_value) != 0) goto done;
    weaveheap_vector_resize(c_self->handle, (uint64_t)capacity_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    return py_result;
}

/* element_type(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_element_type(PyObject* self, PyObject* unused) {
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    weaveheap_element_type result = weaveheap_vector_element_type(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromLongLong((long long)result);
    return py_result;
}

/* null_count(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_null_count(PyObject* self, PyObject* unused) {
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_vector_null_count(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* append(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_append(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"value"};
    PyObject* py_args[1];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    int64_t value_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_append", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_signed(py_args[0], "value", INT64_MIN, INT64_MAX, &value_value) != 0) goto done;
    weaveheap_vector_append(c_self->handle, (int64_t)value_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    return py_result;
}

/* extend(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_extend(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"data"};
    PyObject* py_args[1];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    weaveheap__pyglue_bytes_in data_held;
    bool data_got = false;
    const uint8_t* data = NULL;
    uint64_t data_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_extend", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_bytes_in_get(py_args[0], "data", &data_held) != 0) goto done;
    data_got = true;
    data = (const uint8_t*)data_held.data;
    data_len = data_held.length;
    weaveheap_vector_extend(c_self->handle, data, data_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (data_got) weaveheap__pyglue_bytes_in_release(&data_held);
    return py_result;
}

/* append_null(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_append_null(PyObject* self, PyObject* unused) {
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    weaveheap_vector_append_null(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    return py_result;
}

/* set(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_set(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index", "value"};
    PyObject* py_args[2];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    int64_t value_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_set", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    if (weaveheap__pyglue_signed(py_args[1], "value", INT64_MIN, INT64_MAX, &value_value) != 0) goto done;
    weaveheap_vector_set(c_self->handle, (uint64_t)index_value, (int64_t)value_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    return py_result;
}

/* get(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_get(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_get", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    int64_t result = weaveheap_vector_get(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromLongLong((long long)result);
    done:
    return py_result;
}

/* append_f64(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_append_f64(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"value"};
    PyObject* py_args[1];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    double value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_append_f64", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_double(py_args[0], "value", &value) != 0) goto done;
    weaveheap_vector_append_f64(c_self->handle, value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    return py_result;
}

/* set_f64(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_set_f64(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index", "value"};
    PyObject* py_args[2];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    double value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_set_f64", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    if (weaveheap__pyglue_double(py_args[1], "value", &value) != 0) goto done;
    weaveheap_vector_set_f64(c_self->handle, (uint64_t)index_value, value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    return py_result;
}

/* get_f64(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_get_f64(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_get_f64", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    double result = weaveheap_vector_get_f64(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyFloat_FromDouble(result);
    done:
    return py_result;
}

/* is_valid(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_is_valid(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_is_valid", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    bool result = weaveheap_vector_is_valid(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyBool_FromLong(result);
    done:
    return py_result;
}

/* read(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_vector_fast_read(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"offset", "dst"};
    PyObject* py_args[2];
    weaveheap__py_vector* c_self = (weaveheap__py_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t offset_value = 0;
    Py_buffer dst_held;
    bool dst_got = false;
    uint8_t* dst = NULL;
    uint64_t dst_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Vector_read", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "offset", UINT64_MAX, &offset_value) != 0) goto done;
    if (weaveheap__pyglue_bytes_out_get(py_args[1], "dst", &dst_held) != 0) goto done;
    dst_got = true;
    dst = (uint8_t*)dst_held.buf;
    dst_len = (uint64_t)dst_held.len;
    weaveheap_vector_read(c_self->handle, (uint64_t)offset_value, dst, dst_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (dst_got) PyBuffer_Release(&dst_held);
    return py_result;
}
%}

%{
typedef struct weaveheap__py_batch {
    weaveheap_batch_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_batch;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_batch* weaveheap__py_batch_wrap(weaveheap_batch_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_batch* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_batch_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* add_column(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_fast_add_column(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"name", "column"};
    PyObject* py_args[2];
    weaveheap__py_batch* c_self = (weaveheap__py_batch*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    weaveheap__pyglue_bytes_in name_held;
    bool name_got = false;
    const uint8_t* name = NULL;
    uint64_t name_len = 0;
    uint64_t column_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Batch_add_column", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_bytes_in_get(py_args[0], "name", &name_held) != 0) goto done;
    name_got = true;
    name = (const uint8_t*)name_held.data;
    name_len = name_held.length;
    if (weaveheap__pyglue_handle_arg(py_args[1], "column", &column_value) != 0) goto done;
    weaveheap_batch_add_column(c_self->handle, name, name_len, (weaveheap_handle_t)column_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (name_got) weaveheap__pyglue_bytes_in_release(&name_held);
    return py_result;
}

/* num_columns(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_fast_num_columns(PyObject* self, PyObject* unused) {
    weaveheap__py_batch* c_self = (weaveheap__py_batch*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_batch_num_columns(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* num_rows(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_fast_num_rows(PyObject* self, PyObject* unused) {
    weaveheap__py_batch* c_self = (weaveheap__py_batch*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_batch_num_rows(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* column_name(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_fast_column_name(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_batch* c_self = (weaveheap__py_batch*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Batch_column_name", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    py_result = weaveheap__pyglue_text(weaveheap_batch_column_name(c_self->handle, (uint64_t)index_value, out_err), weaveheap_free_string);
    if (!py_result && PyErr_Occurred()) {
        if (err.message) weaveheap_error_clear(&err);
    } else if (err.code != 0) {
        Py_CLEAR(py_result);
        weaveheap__py_raise(&err);
    }
    done:
    return py_result;
}

/* validate(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_fast_validate(PyObject* self, PyObject* unused) {
    weaveheap__py_batch* c_self = (weaveheap__py_batch*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    weaveheap_batch_validate(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    return py_result;
}

/* append_row(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_fast_append_row(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"row"};
    PyObject* py_args[1];
    weaveheap__py_batch* c_self = (weaveheap__py_batch*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    weaveheap__pyglue_bytes_in row_held;
    bool row_got = false;
    const uint8_t* row = NULL;
    uint64_t row_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("Batch_append_row", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_bytes_in_get(py_args[0], "row", &row_held) != 0) goto done;
    row_got = true;
    row = (const uint8_t*)row_held.data;
    row_len = row_held.length;
    weaveheap_batch_append_row(c_self->handle, row, row_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (row_got) weaveheap__pyglue_bytes_in_release(&row_held);
    return py_result;
}
%}

%{
typedef struct weaveheap__py_batch_stream {
    weaveheap_batch_stream_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_batch_stream;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_batch_stream* weaveheap__py_batch_stream_wrap(weaveheap_batch_stream_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_batch_stream* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_batch_stream_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* add_batch(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_stream_fast_add_batch(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"batch"};
    PyObject* py_args[1];
    weaveheap__py_batch_stream* c_self = (weaveheap__py_batch_stream*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t batch_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("BatchStream_add_batch", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_handle_arg(py_args[0], "batch", &batch_value) != 0) goto done;
    weaveheap_batch_stream_add_batch(c_self->handle, (weaveheap_batch_t)batch_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    return py_result;
}

/* num_batches(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_batch_stream_fast_num_batches(PyObject* self, PyObject* unused) {
    weaveheap__py_batch_stream* c_self = (weaveheap__py_batch_stream*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_batch_stream_num_batches(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}
%}

%{
typedef struct weaveheap__py_var_vector {
    weaveheap_var_vector_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_var_vector;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_var_vector* weaveheap__py_var_vector_wrap(weaveheap_var_vector_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_var_vector* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_var_vector_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

static int weaveheap__py_var_vector_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_var_vector* o = (weaveheap__py_var_vector*)((SwigPyObject*)exporter)->ptr;
    if (!o) {
        pb->obj = NULL;
        weaveheap__pyglue_unmade(exporter);
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, pb, flags);
}

/* view(writable=False): a memoryview of a new View. METH_FASTCALL |
 * METH_KEYWORDS, added to the class when the module loads: SWIG's keyword
 * parsing would cost more than the view. */
static PyObject* weaveheap__py_var_vector_view(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    weaveheap__py_var_vector* o = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    bool writable = false;
    if (!o) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_flag_arg("view", "writable", args, nargs, kwnames, &writable) != 0) return NULL;
    PyObject* v = weaveheap__py_view_take(self, o->handle, writable);
    if (!v) return NULL;
    PyObject* mv = PyMemoryView_FromObject(v);
    Py_DECREF(v);
    return mv;
}

/* length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_length(PyObject* self, PyObject* unused) {
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_var_vector_length(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* capacity(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_capacity(PyObject* self, PyObject* unused) {
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_var_vector_capacity(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* data_length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_data_length(PyObject* self, PyObject* unused) {
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_var_vector_data_length(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* data_capacity(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_data_capacity(PyObject* self, PyObject* unused) {
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_var_vector_data_capacity(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* resize(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_resize(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"capacity", "data_capacity"};
    PyObject* py_args[2];
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t capacity_value = 0;
    uint64_t data_capacity_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("VarVector_resize", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "capacity", UINT64_MAX, &capacity_value) != 0) goto done;
    if (weaveheap__pyglue_unsigned(py_args[1], "data_capacity", UINT64_MAX, &data_capacity_value) != 0) goto done;
    weaveheap_var_vector_resize(c_self->handle, (uint64_t)capacity_value, (uint64_t)data_capacity_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    return py_result;
}

/* null_count(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_null_count(PyObject* self, PyObject* unused) {
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_var_vector_null_count(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* is_utf8(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_is_utf8(PyObject* self, PyObject* unused) {
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    bool result = weaveheap_var_vector_is_utf8(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyBool_FromLong(result);
    return py_result;
}

/* append(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_append(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"value"};
    PyObject* py_args[1];
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    weaveheap__pyglue_bytes_in value_held;
    bool value_got = false;
    const uint8_t* value = NULL;
    uint64_t value_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("VarVector_append", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_bytes_in_get(py_args[0], "value", &value_held) != 0) goto done;
    value_got = true;
    value = (const uint8_t*)value_held.data;
    value_len = value_held.length;
    weaveheap_var_vector_append(c_self->handle, value, value_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (value_got) weaveheap__pyglue_bytes_in_release(&value_held);
    return py_result;
}

/* append_null(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_append_null(PyObject* self, PyObject* unused) {
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    weaveheap_var_vector_append_null(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    return py_result;
}

/* get(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_get(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("VarVector_get", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    uint64_t out_len = 0;
    uint8_t* data_out = weaveheap_var_vector_get(c_self->handle, (uint64_t)index_value, &out_len, out_err);
    py_result = weaveheap__pyglue_bytes(data_out, out_len, weaveheap_free_bytes);
    if (!py_result && PyErr_Occurred()) {
        if (err.message) weaveheap_error_clear(&err);
    } else if (err.code != 0) {
        Py_CLEAR(py_result);
        weaveheap__py_raise(&err);
    }
    done:
    return py_result;
}

/* value_offset(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_value_offset(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("VarVector_value_offset", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    uint64_t result = weaveheap_var_vector_value_offset(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    done:
    return py_result;
}

/* value_length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_value_length(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("VarVector_value_length", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    uint64_t result = weaveheap_var_vector_value_length(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    done:
    return py_result;
}

/* is_valid(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_is_valid(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("VarVector_is_valid", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    bool result = weaveheap_var_vector_is_valid(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyBool_FromLong(result);
    done:
    return py_result;
}

/* read(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_var_vector_fast_read(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"offset", "dst"};
    PyObject* py_args[2];
    weaveheap__py_var_vector* c_self = (weaveheap__py_var_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t offset_value = 0;
    Py_buffer dst_held;
    bool dst_got = false;
    uint8_t* dst = NULL;
    uint64_t dst_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("VarVector_read", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "offset", UINT64_MAX, &offset_value) != 0) goto done;
    if (weaveheap__pyglue_bytes_out_get(py_args[1], "dst", &dst_held) != 0) goto done;
    dst_got = true;
    dst = (uint8_t*)dst_held.buf;
    dst_len = (uint64_t)dst_held.len;
    weaveheap_var_vector_read(c_self->handle, (uint64_t)offset_value, dst, dst_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (dst_got) PyBuffer_Release(&dst_held);
    return py_result;
}
%}

%{
typedef struct weaveheap__py_list_vector {
    weaveheap_list_vector_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_list_vector;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_list_vector* weaveheap__py_list_vector_wrap(weaveheap_list_vector_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_list_vector* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_list_vector_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

/* length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_length(PyObject* self, PyObject* unused) {
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_list_vector_length(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* capacity(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_capacity(PyObject* self, PyObject* unused) {
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_list_vector_capacity(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* null_count(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_null_count(PyObject* self, PyObject* unused) {
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_list_vector_null_count(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* is_map(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_is_map(PyObject* self, PyObject* unused) {
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    bool result = weaveheap_list_vector_is_map(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyBool_FromLong(result);
    return py_result;
}

/* is_valid(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_is_valid(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("ListVector_is_valid", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    bool result = weaveheap_list_vector_is_valid(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyBool_FromLong(result);
    done:
    return py_result;
}

/* value_offset(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_value_offset(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("ListVector_value_offset", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    uint64_t result = weaveheap_list_vector_value_offset(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    done:
    return py_result;
}

/* value_length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_value_length(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index"};
    PyObject* py_args[1];
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("ListVector_value_length", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    uint64_t result = weaveheap_list_vector_value_length(c_self->handle, (uint64_t)index_value, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    done:
    return py_result;
}

/* append(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_append(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"value"};
    PyObject* py_args[1];
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    weaveheap__pyglue_bytes_in value_held;
    bool value_got = false;
    const uint8_t* value = NULL;
    uint64_t value_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("ListVector_append", names, 1, 1, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_bytes_in_get(py_args[0], "value", &value_held) != 0) goto done;
    value_got = true;
    value = (const uint8_t*)value_held.data;
    value_len = value_held.length;
    weaveheap_list_vector_append(c_self->handle, value, value_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    done:
    if (value_got) weaveheap__pyglue_bytes_in_release(&value_held);
    return py_result;
}

/* append_null(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_append_null(PyObject* self, PyObject* unused) {
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    weaveheap_list_vector_append_null(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = (Py_INCREF(Py_None), Py_None);
    return py_result;
}

/* lookup(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_list_vector_fast_lookup(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    static const char* const names[] = {"index", "key"};
    PyObject* py_args[2];
    weaveheap__py_list_vector* c_self = (weaveheap__py_list_vector*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    uint64_t index_value = 0;
    weaveheap__pyglue_bytes_in key_held;
    bool key_got = false;
    const uint8_t* key = NULL;
    uint64_t key_len = 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (weaveheap__pyglue_method_args("ListVector_lookup", names, 2, 2, args, nargs, kwnames, py_args) != 0)
        return NULL;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(py_args[0], "index", UINT64_MAX, &index_value) != 0) goto done;
    if (weaveheap__pyglue_bytes_in_get(py_args[1], "key", &key_held) != 0) goto done;
    key_got = true;
    key = (const uint8_t*)key_held.data;
    key_len = key_held.length;
    int64_t result = weaveheap_list_vector_lookup(c_self->handle, (uint64_t)index_value, key, key_len, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromLongLong((long long)result);
    done:
    if (key_got) weaveheap__pyglue_bytes_in_release(&key_held);
    return py_result;
}
%}

%{
typedef struct weaveheap__py_foreign {
    weaveheap_foreign_t handle;   /* stays (stale) after close(): the core reports misuse */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the object releases the handle when collected */
    PyObject* owner;          /* the Region this object lives in, kept alive */
} weaveheap__py_foreign;

/* The object of a handle the core just made (0: the call failed, its error
 * is raised by the caller), or of one from_handle() adopts. */
static weaveheap__py_foreign* weaveheap__py_foreign_wrap(weaveheap_foreign_t handle, PyObject* owner, bool owned) {
    if (!handle) return NULL;
    weaveheap__py_foreign* o = calloc(1, sizeof *o);
    if (!o) {
        if (owned) weaveheap_foreign_release(handle, NULL);
        PyErr_NoMemory();
        return NULL;
    }
    o->handle = handle;
    o->owned = owned;
    o->owner = owner;
    Py_XINCREF(owner);
    return o;
}

static int weaveheap__py_foreign_getbuffer(PyObject* exporter, Py_buffer* pb, int flags) {
    weaveheap__py_foreign* o = (weaveheap__py_foreign*)((SwigPyObject*)exporter)->ptr;
    if (!o) {
        pb->obj = NULL;
        weaveheap__pyglue_unmade(exporter);
        return -1;
    }
    return weaveheap__py_getbuffer(exporter, o->handle, pb, flags);
}

/* view(writable=False): a memoryview of a new View. METH_FASTCALL |
 * METH_KEYWORDS, added to the class when the module loads: SWIG's keyword
 * parsing would cost more than the view. */
static PyObject* weaveheap__py_foreign_view(PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    weaveheap__py_foreign* o = (weaveheap__py_foreign*)((SwigPyObject*)self)->ptr;
    bool writable = false;
    if (!o) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    if (weaveheap__pyglue_flag_arg("view", "writable", args, nargs, kwnames, &writable) != 0) return NULL;
    PyObject* v = weaveheap__py_view_take(self, o->handle, writable);
    if (!v) return NULL;
    PyObject* mv = PyMemoryView_FromObject(v);
    Py_DECREF(v);
    return mv;
}

/* length(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_foreign_fast_length(PyObject* self, PyObject* unused) {
    weaveheap__py_foreign* c_self = (weaveheap__py_foreign*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_foreign_length(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* null_count(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_foreign_fast_null_count(PyObject* self, PyObject* unused) {
    weaveheap__py_foreign* c_self = (weaveheap__py_foreign*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_foreign_null_count(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* offset(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_foreign_fast_offset(PyObject* self, PyObject* unused) {
    weaveheap__py_foreign* c_self = (weaveheap__py_foreign*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_foreign_offset(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* num_children(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_foreign_fast_num_children(PyObject* self, PyObject* unused) {
    weaveheap__py_foreign* c_self = (weaveheap__py_foreign*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    uint64_t result = weaveheap_foreign_num_children(c_self->handle, out_err);
    if (err.code != 0)
        weaveheap__py_raise(&err);
    else
        py_result = PyLong_FromUnsignedLongLong((unsigned long long)result);
    return py_result;
}

/* format(): the handle read from the object's struct, not unwrapped by SWIG (pyview.PyFastMethod). */
static PyObject* weaveheap__py_foreign_fast_format(PyObject* self, PyObject* unused) {
    weaveheap__py_foreign* c_self = (weaveheap__py_foreign*)((SwigPyObject*)self)->ptr;
    PyObject* py_result = NULL;
    (void)unused;
    weaveheap_error err = {0, NULL};
    weaveheap_error* out_err = &err;
    if (!c_self) {
        weaveheap__pyglue_unmade(self);
        return NULL;
    }
    py_result = weaveheap__pyglue_text(weaveheap_foreign_format(c_self->handle, out_err), weaveheap_free_string);
    if (!py_result && PyErr_Occurred()) {
        if (err.message) weaveheap_error_clear(&err);
    } else if (err.code != 0) {
        Py_CLEAR(py_result);
        weaveheap__py_raise(&err);
    }
    return py_result;
}
%}


/* From here on (the classes, not the flat C API, whose calls never raise
 * from C): a C body that raised (no memory, a bad dtype) fails the call. */
%exception {
  $action
  if (PyErr_Occurred()) SWIG_fail;
}

/* -- error classes: one per code, made when the module loads ---------------- */
%init %{
  if (weaveheap__pyglue_add_base_error(m, "weaveheap.WeaveHeapError",
        "Every error the core reports. The numbers are part of the ABI: a code is never renumbered, and a retired code keeps its slot. Each subclass has `code`, the error code, and the instance `message`, the core's text.") != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "WeaveHeapError");
  weaveheap__pyglue_set_invalid_argument(WEAVEHEAP_ERR_INVALID_ARGUMENT);
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_INVALID_ARGUMENT, "weaveheap.InvalidArgumentError",
        "An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size). (error code 1, invalid_argument)", 0, PyExc_ValueError) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "InvalidArgumentError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_OUT_OF_MEMORY, "weaveheap.OutOfMemoryError",
        "The allocator failed, or the region's byte limit would be exceeded. (error code 2, out_of_memory)", 0, PyExc_MemoryError) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "OutOfMemoryError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_STALE_HANDLE, "weaveheap.StaleHandleError",
        "The handle was valid once; what it named was released, or its region was reset or destroyed. (error code 3, stale_handle)", 0, NULL) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "StaleHandleError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_REUSED_HANDLE, "weaveheap.ReusedHandleError",
        "The handle was valid once; its slot now holds a newer object. (error code 4, reused_handle)", 0, NULL) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "ReusedHandleError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_FORGED_HANDLE, "weaveheap.ForgedHandleError",
        "The handle was never issued by this process (0, out of range, or bits that no slot ever carried). (error code 5, forged_handle)", 0, NULL) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "ForgedHandleError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_WRONG_KIND, "weaveheap.WrongKindError",
        "The handle is live but of another kind than the function takes. (error code 6, wrong_kind)", 0, PyExc_TypeError) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "WrongKindError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_BORROWED, "weaveheap.BorrowError",
        "The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner. (error code 7, borrowed)", 0, PyExc_BufferError) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "BorrowError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_BORROW_CONFLICT, "weaveheap.BorrowConflictError",
        "The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique). (error code 8, borrow_conflict)", 7, NULL) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "BorrowConflictError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_INVALID_UTF8, "weaveheap.InvalidUtf8Error",
        "The text is not valid UTF-8; the message names the byte offset. (error code 9, invalid_utf8)", 0, PyExc_UnicodeError) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "InvalidUtf8Error");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_OUT_OF_RANGE, "weaveheap.OutOfRangeError",
        "An offset and length reach past the end of the object. (error code 10, out_of_range)", 0, PyExc_IndexError) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "OutOfRangeError");
  if (weaveheap__pyglue_add_error(m, WEAVEHEAP_ERR_SYSTEM_ERROR, "weaveheap.SystemCallError",
        "A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason. (error code 11, system_error)", 0, PyExc_OSError) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "SystemCallError");
%}

/* -- struct values: repr and as_dict() ------------------------------------- */
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap_region_options::__repr__;
%feature("docstring") weaveheap_region_options::as_dict "The fields as a dict.";
%extend weaveheap_region_options {
  PyObject* as_dict() {
    PyObject* d = PyDict_New();
    if (d && weaveheap__pyglue_dict_put(d, "chunk_size", PyLong_FromUnsignedLongLong((unsigned long long)$self->chunk_size)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "byte_limit", PyLong_FromUnsignedLongLong((unsigned long long)$self->byte_limit)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "thread_safe", PyBool_FromLong($self->thread_safe)) != 0) Py_CLEAR(d);
    return d;
  }
  PyObject* __repr__() {
    return weaveheap__pyglue_struct_repr("weaveheap.RegionOptions", weaveheap_region_options_as_dict($self));
  }
}
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap_view::__repr__;
%feature("docstring") weaveheap_view::as_dict "The fields as a dict.";
%extend weaveheap_view {
  PyObject* as_dict() {
    PyObject* d = PyDict_New();
    if (d && weaveheap__pyglue_dict_put(d, "data", PyLong_FromVoidPtr((void*)$self->data)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "length", PyLong_FromUnsignedLongLong((unsigned long long)$self->length)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "writable", PyBool_FromLong($self->writable)) != 0) Py_CLEAR(d);
    return d;
  }
  PyObject* __repr__() {
    return weaveheap__pyglue_struct_repr("weaveheap.weaveheap_view", weaveheap_view_as_dict($self));
  }
}
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap_stats::__repr__;
%feature("docstring") weaveheap_stats::as_dict "The fields as a dict.";
%extend weaveheap_stats {
  PyObject* as_dict() {
    PyObject* d = PyDict_New();
    if (d && weaveheap__pyglue_dict_put(d, "allocations", PyLong_FromUnsignedLongLong((unsigned long long)$self->allocations)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "releases", PyLong_FromUnsignedLongLong((unsigned long long)$self->releases)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "bytes_allocated", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_allocated)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "bytes_live", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_live)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "bytes_peak", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_peak)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "bytes_reserved", PyLong_FromUnsignedLongLong((unsigned long long)$self->bytes_reserved)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "borrows_taken", PyLong_FromUnsignedLongLong((unsigned long long)$self->borrows_taken)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "borrows_active", PyLong_FromUnsignedLongLong((unsigned long long)$self->borrows_active)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "borrow_conflicts", PyLong_FromUnsignedLongLong((unsigned long long)$self->borrow_conflicts)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "stale_rejected", PyLong_FromUnsignedLongLong((unsigned long long)$self->stale_rejected)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "copies", PyLong_FromUnsignedLongLong((unsigned long long)$self->copies)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "copy_bytes", PyLong_FromUnsignedLongLong((unsigned long long)$self->copy_bytes)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "regions_live", PyLong_FromUnsignedLongLong((unsigned long long)$self->regions_live)) != 0) Py_CLEAR(d);
    if (d && weaveheap__pyglue_dict_put(d, "imports", PyLong_FromUnsignedLongLong((unsigned long long)$self->imports)) != 0) Py_CLEAR(d);
    return d;
  }
  PyObject* __repr__() {
    return weaveheap__pyglue_struct_repr("weaveheap.Stats", weaveheap_stats_as_dict($self));
  }
}

/* -- View: the live view ---------------------------------------------- */
%init %{
  if (weaveheap__pyview_add_type(m, "weaveheap.View", "A borrow of a buffer, bytes, string or vector: proof that a view is live. What view() returns a memoryview of (mv.obj): it holds the borrow until it is closed or its last reference goes; `data` is the core's address of the first byte, `length` the bytes, `writable` whether it may be written through. close() refuses while a memoryview of it lives.",
        "Ends a borrow; the view must not be used again. A second release of the same token is a stale-handle error.\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.", &weaveheap__py_view_ops) != 0)
    return NULL;
  SwigPyBuiltin_AddPublicSymbol(public_interface, "View");
%}

/* -- Exporter: the memory as another element type ---------------------------- */
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
%feature("docstring") weaveheap__py_region "A region: an arena that owns chunks of memory and every object made in it. Destroying it frees them all at once and makes their handles stale.\n\nMakes a region.\n\nchunk_size: Size of each chunk the region takes from the system; 0 means `default_chunk_size`. Allocations larger than half a chunk get a chunk of their own.\nbyte_limit: Most bytes the region may have handed out since it was made or last reset (a released object's bytes come back at the next reset); 0 means no limit. Going past it is an out_of_memory error.\nthread_safe: When true the region may be used from many threads at once (a lock guards it and its counters are atomic). When false it belongs to one thread at a time and is faster.\n\nRaises InvalidArgumentError, OutOfMemoryError; a failed call changes nothing.\nThreads: any thread.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_region::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_region "0";
%feature("kwargs") weaveheap__py_region::from_handle;
%newobject weaveheap__py_region::from_handle;
%feature("docstring") weaveheap__py_region::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("kwargs") weaveheap__py_region::weaveheap__py_region;
/* __init__ again on a made object would drop what it holds: refused. */
%exception weaveheap__py_region::weaveheap__py_region {
  if (((SwigPyObject*)self)->ptr) {
    weaveheap__pyglue_invalid_argument("self", "this Region is made already: __init__() again would leak it");
    SWIG_fail;
  }
  $action
  if (PyErr_Occurred()) SWIG_fail;
}
%feature("docstring") weaveheap__py_region::close "Destroys a region: frees every object in it at once, returns its chunks, and makes every handle of it stale. Fails, changing nothing, while any object of the region is borrowed.\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
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
%feature("kwargs") weaveheap__py_region::vector;
%newobject weaveheap__py_region::vector;
%feature("docstring") weaveheap__py_region::vector "Makes an empty vector of `type` with room for `capacity` values, and a validity bitmap when `nullable`. Its memory (values, then the bitmap, each 64-byte aligned) is taken from the region at once. `utf8` and `binary` are invalid_argument here (they vary in size: `var_vector.create`).\n\nRaises InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_region::var_vector;
%newobject weaveheap__py_region::var_vector;
%feature("docstring") weaveheap__py_region::var_vector "Makes an empty column of `utf8` values (Arrow's \"u\": UTF-8 strings of any size), or of `binary` ones (\"z\": byte strings) when `binary`, with room for `capacity` values holding `data_capacity` bytes in all (at most 2^31 - 1: Arrow's offsets are int32), and a validity bitmap when `nullable`. Its memory (the data, the capacity + 1 offsets, then the bitmap, each 64-byte aligned) is taken from the region at once. Sizes are checked in 64 bits: one that no region can hold, or past the region's byte limit, is out_of_memory.\n\nRaises InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_region::batch;
%newobject weaveheap__py_region::batch;
%feature("docstring") weaveheap__py_region::batch "Makes an empty batch in `region` with room for `max_columns` columns (1 to 4096). Its record (the columns' handles, borrows and names) is taken from the region at once.\n\nRaises InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_region::list_vector;
%newobject weaveheap__py_region::list_vector;
%feature("docstring") weaveheap__py_region::list_vector "Makes an empty list column with room for `capacity` lists over `child` (a column of `region`, empty, not borrowed unique), and a validity bitmap when `nullable`; it holds a shared borrow of `child` until it is released. With `map`, the child must be a batch of two columns whose first (the key) is not nullable: a map column (\"+m\"). A bad child, a nesting deeper than 16 levels or a capacity above max_size is invalid_argument, a child borrowed unique borrow_conflict. A refused list borrows nothing.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowConflictError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_region::batch_stream;
%newobject weaveheap__py_region::batch_stream;
%feature("docstring") weaveheap__py_region::batch_stream "Makes an empty stream in `region` with room for `max_batches` batches (1 to 65536), taken from the region at once.\n\nRaises InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_region::foreign;
%newobject weaveheap__py_region::foreign;
%feature("docstring") weaveheap__py_region::foreign "A foreign array of `type` (a fixed-width one: not boolean, utf8 or binary, which are invalid_argument) whose producer is the core: a copy of `values` (a whole number of values in the machine's byte order, else invalid_argument) in memory of its own, counted as a copy and not as an import. For the languages with no Arrow library to import from, and for tests: its views and export behave as an import's.\n\nRaises InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
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
    return weaveheap__py_region_wrap(weaveheap_region_create(&options, out_err), NULL, true);
  }
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_region() {
    if (!$self->closed && $self->owned) weaveheap_region_destroy($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_region* from_handle(weaveheap_region_t handle, bool owned = true) {
    return weaveheap__py_region_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_region_destroy($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_region_destroy($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
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
    return weaveheap__py_buffer_wrap(weaveheap_buffer_alloc($self->handle, size, align, out_err), py_self, true);
  }
  weaveheap__py_bytes* bytes(PyObject* py_self, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err = NULL) {
    return weaveheap__py_bytes_wrap(weaveheap_bytes_create($self->handle, data, data_len, out_err), py_self, true);
  }
  weaveheap__py_string* string(PyObject* py_self, const uint8_t* text, uint64_t text_len, weaveheap_error* out_err = NULL) {
    return weaveheap__py_string_wrap(weaveheap_string_create($self->handle, text, text_len, out_err), py_self, true);
  }
  weaveheap__py_vector* vector(PyObject* py_self, weaveheap_element_type type, uint64_t capacity, bool nullable = false, weaveheap_error* out_err = NULL) {
    return weaveheap__py_vector_wrap(weaveheap_vector_create($self->handle, type, capacity, nullable, out_err), py_self, true);
  }
  weaveheap__py_var_vector* var_vector(PyObject* py_self, uint64_t capacity, uint64_t data_capacity, bool nullable = false, bool binary = false, weaveheap_error* out_err = NULL) {
    return weaveheap__py_var_vector_wrap(weaveheap_var_vector_create($self->handle, capacity, data_capacity, nullable, binary, out_err), py_self, true);
  }
  weaveheap__py_batch* batch(PyObject* py_self, uint32_t max_columns, weaveheap_error* out_err = NULL) {
    return weaveheap__py_batch_wrap(weaveheap_batch_create($self->handle, max_columns, out_err), py_self, true);
  }
  weaveheap__py_list_vector* list_vector(PyObject* py_self, weaveheap_handle_t child, uint64_t capacity, bool nullable = false, bool map = false, weaveheap_error* out_err = NULL) {
    return weaveheap__py_list_vector_wrap(weaveheap_list_vector_create($self->handle, child, capacity, nullable, map, out_err), py_self, true);
  }
  weaveheap__py_batch_stream* batch_stream(PyObject* py_self, uint32_t max_batches, weaveheap_error* out_err = NULL) {
    return weaveheap__py_batch_stream_wrap(weaveheap_batch_stream_create($self->handle, max_batches, out_err), py_self, true);
  }
  weaveheap__py_foreign* foreign(PyObject* py_self, weaveheap_element_type type, const uint8_t* values, uint64_t values_len, weaveheap_error* out_err = NULL) {
    return weaveheap__py_foreign_wrap(weaveheap_foreign_create($self->handle, type, values, values_len, out_err), py_self, true);
  }
  /* Moves a producer's Arrow PyCapsules ("arrow_schema", "arrow_array") into
   * a new Foreign without a copy (weaveheap.import_arrow): the core marks
   * the capsules' structs released, so their destructors do nothing. */
  weaveheap__py_foreign* _import_arrow_foreign(PyObject* py_self, PyObject* schema, PyObject* array, weaveheap_error* out_err = NULL) {
    void* s = PyCapsule_IsValid(schema, "arrow_schema") ? PyCapsule_GetPointer(schema, "arrow_schema") : NULL;
    void* a = PyCapsule_IsValid(array, "arrow_array") ? PyCapsule_GetPointer(array, "arrow_array") : NULL;
    if (!s || !a) {
      PyErr_Clear();
      weaveheap_error_set(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "an Arrow import takes an 'arrow_schema' and an 'arrow_array' PyCapsule");
      return NULL;
    }
    return weaveheap__py_foreign_wrap(weaveheap_foreign_import_array($self->handle, (uint8_t*)s, (uint8_t*)a, out_err), py_self, true);
  }
  /* The C-only import of an Arrow C Stream ("arrow_array_stream" PyCapsule),
   * its next and its release, for weaveheap.import_arrow. */
  uint64_t _import_arrow_stream(PyObject* capsule, weaveheap_error* out_err = NULL) {
    void* s = PyCapsule_IsValid(capsule, "arrow_array_stream") ? PyCapsule_GetPointer(capsule, "arrow_array_stream") : NULL;
    if (!s) {
      PyErr_Clear();
      weaveheap_error_set(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "an Arrow stream import takes an 'arrow_array_stream' PyCapsule");
      return 0;
    }
    return weaveheap_foreign_stream_import_stream($self->handle, (uint8_t*)s, out_err);
  }
  /* The next batch, or None at the end. */
  weaveheap__py_foreign* _arrow_stream_next(PyObject* py_self, uint64_t stream, weaveheap_error* out_err = NULL) {
    return weaveheap__py_foreign_wrap(weaveheap_foreign_stream_next(stream, out_err), py_self, true);
  }
  void _arrow_stream_release(uint64_t stream, weaveheap_error* out_err = NULL) {
    weaveheap_foreign_stream_release(stream, out_err);
  }
}

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"reset", (PyCFunction)(void (*)(void))weaveheap__py_region_fast_reset, METH_NOARGS, "Frees every object in the region at once and makes their handles stale, keeping the region's chunks for reuse. Costs per chunk, not per object. Fails, changing nothing, while any object is borrowed.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "Region", &fast_defs[i]) != 0) return NULL;
  }
%}

%rename(Buffer) weaveheap__py_buffer;
%feature("docstring") weaveheap__py_buffer "A mutable, sized, aligned block of memory in a region.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_buffer::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_buffer "0";
%feature("kwargs") weaveheap__py_buffer::from_handle;
%newobject weaveheap__py_buffer::from_handle;
%feature("docstring") weaveheap__py_buffer::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_buffer "weaveheap__py_buffer_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_buffer "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_buffer::view_as;
%feature("kwargs") weaveheap__py_buffer::__dlpack__;
%newobject weaveheap__py_buffer::view_as;
%feature("docstring") weaveheap__py_buffer::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_buffer::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("kwargs") weaveheap__py_buffer::__arrow_c_array__;
%feature("docstring") weaveheap__py_buffer::__arrow_c_array__ "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; the array's release callback releases the shared borrow it holds.";
%nodefaultctor weaveheap__py_buffer;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_buffer::close "Releases a buffer; its handle becomes stale. The memory returns to the region at its next reset or destroy. Fails while it is borrowed.\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
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
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_buffer() {
    if (!$self->closed && $self->owned) weaveheap_buffer_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_buffer* from_handle(weaveheap_buffer_t handle, bool owned = true) {
    return weaveheap__py_buffer_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_buffer_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_buffer_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
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

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"size", (PyCFunction)(void (*)(void))weaveheap__py_buffer_fast_size, METH_NOARGS, "The buffer's size in bytes.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"write", (PyCFunction)(void (*)(void))weaveheap__py_buffer_fast_write, METH_FASTCALL | METH_KEYWORDS, "Copies `data` into the buffer at `offset` (counted as a copy). The owner may write only while no borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"read", (PyCFunction)(void (*)(void))weaveheap__py_buffer_fast_read, METH_FASTCALL | METH_KEYWORDS, "Copies bytes from `offset` into `dst` (counted as a copy). Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "Buffer", &fast_defs[i]) != 0) return NULL;
  }
%}
/* After the class exists: its fast view(). */
%init %{
  {
    static PyMethodDef view_def = {"view", (PyCFunction)(void (*)(void))weaveheap__py_buffer_view,
                                   METH_FASTCALL | METH_KEYWORDS, "view($self, /, writable=False)\n--\n\nA memoryview of the object's memory, without a copy, over a View that holds the borrow until the memoryview is released (mv.release(), `with`, or garbage collection); mv.obj is that View. writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError."};
    if (weaveheap__pyglue_add_method(m, "Buffer", &view_def) != 0) return NULL;
  }
%}

%rename(Bytes) weaveheap__py_bytes;
%feature("docstring") weaveheap__py_bytes "An immutable byte string in a region.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_bytes::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_bytes "0";
%feature("kwargs") weaveheap__py_bytes::from_handle;
%newobject weaveheap__py_bytes::from_handle;
%feature("docstring") weaveheap__py_bytes::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_bytes "weaveheap__py_bytes_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_bytes "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_bytes::view_as;
%feature("kwargs") weaveheap__py_bytes::__dlpack__;
%newobject weaveheap__py_bytes::view_as;
%feature("docstring") weaveheap__py_bytes::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_bytes::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("kwargs") weaveheap__py_bytes::__arrow_c_array__;
%feature("docstring") weaveheap__py_bytes::__arrow_c_array__ "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; the array's release callback releases the shared borrow it holds.";
%nodefaultctor weaveheap__py_bytes;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_bytes::close "Releases a bytes object. Fails while it is borrowed.\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_bytes::length "The length in bytes.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_bytes::dup "A copy of the bytes in memory the caller owns (counted as a copy); free it with `free_bytes`. An empty object gives a non-NULL pointer.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_bytes {
  %immutable;
  weaveheap_bytes_t handle;
  bool closed;
  %mutable;
} weaveheap__py_bytes;
%extend weaveheap__py_bytes {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_bytes() {
    if (!$self->closed && $self->owned) weaveheap_bytes_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_bytes* from_handle(weaveheap_bytes_t handle, bool owned = true) {
    return weaveheap__py_bytes_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_bytes_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_bytes_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
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
    return weaveheap__pyglue_bytes(data, out_len, weaveheap_free_bytes);
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

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"length", (PyCFunction)(void (*)(void))weaveheap__py_bytes_fast_length, METH_NOARGS, "The length in bytes.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"dup", (PyCFunction)(void (*)(void))weaveheap__py_bytes_fast_dup, METH_NOARGS, "A copy of the bytes in memory the caller owns (counted as a copy); free it with `free_bytes`. An empty object gives a non-NULL pointer.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "Bytes", &fast_defs[i]) != 0) return NULL;
  }
%}
/* After the class exists: its fast view(). */
%init %{
  {
    static PyMethodDef view_def = {"view", (PyCFunction)(void (*)(void))weaveheap__py_bytes_view,
                                   METH_FASTCALL | METH_KEYWORDS, "view($self, /, writable=False)\n--\n\nA memoryview of the object's memory, without a copy, over a View that holds the borrow until the memoryview is released (mv.release(), `with`, or garbage collection); mv.obj is that View. writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError."};
    if (weaveheap__pyglue_add_method(m, "Bytes", &view_def) != 0) return NULL;
  }
%}

%rename(String) weaveheap__py_string;
%feature("docstring") weaveheap__py_string "An immutable, validated UTF-8 string in a region, stored with a trailing NUL so that C can read it in place.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_string::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_string "0";
%feature("kwargs") weaveheap__py_string::from_handle;
%newobject weaveheap__py_string::from_handle;
%feature("docstring") weaveheap__py_string::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_string "weaveheap__py_string_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_string "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_string::view_as;
%feature("kwargs") weaveheap__py_string::__dlpack__;
%newobject weaveheap__py_string::view_as;
%feature("docstring") weaveheap__py_string::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_string::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("kwargs") weaveheap__py_string::__arrow_c_array__;
%feature("docstring") weaveheap__py_string::__arrow_c_array__ "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; the array's release callback releases the shared borrow it holds.";
%nodefaultctor weaveheap__py_string;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_string::close "Releases a string. Fails while it is borrowed.\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_string::length "The length in bytes, without the trailing NUL.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_string::dup "A NUL-terminated copy the caller owns (counted as a copy); free it with `free_string`.\n\nRaises OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_string {
  %immutable;
  weaveheap_string_t handle;
  bool closed;
  %mutable;
} weaveheap__py_string;
%extend weaveheap__py_string {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_string() {
    if (!$self->closed && $self->owned) weaveheap_string_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_string* from_handle(weaveheap_string_t handle, bool owned = true) {
    return weaveheap__py_string_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_string_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_string_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.String 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t length(weaveheap_error* out_err = NULL) {
    return weaveheap_string_length($self->handle, out_err);
  }
  PyObject* dup(weaveheap_error* out_err = NULL) {
    return weaveheap__pyglue_text(weaveheap_string_dup($self->handle, out_err), weaveheap_free_string);
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

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"length", (PyCFunction)(void (*)(void))weaveheap__py_string_fast_length, METH_NOARGS, "The length in bytes, without the trailing NUL.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"dup", (PyCFunction)(void (*)(void))weaveheap__py_string_fast_dup, METH_NOARGS, "A NUL-terminated copy the caller owns (counted as a copy); free it with `free_string`.\n\nRaises OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "String", &fast_defs[i]) != 0) return NULL;
  }
%}
/* After the class exists: its fast view(). */
%init %{
  {
    static PyMethodDef view_def = {"view", (PyCFunction)(void (*)(void))weaveheap__py_string_view,
                                   METH_FASTCALL | METH_KEYWORDS, "view($self, /, writable=False)\n--\n\nA memoryview of the object's memory, without a copy, over a View that holds the borrow until the memoryview is released (mv.release(), `with`, or garbage collection); mv.obj is that View. writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError."};
    if (weaveheap__pyglue_add_method(m, "String", &view_def) != 0) return NULL;
  }
%}

%rename(Vector) weaveheap__py_vector;
%feature("docstring") weaveheap__py_vector "A typed column of fixed-width values in a region, laid out as an Arrow primitive array (values, and a validity bitmap when it is nullable): its views and Arrow exports read it in place.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_vector::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_vector "0";
%feature("kwargs") weaveheap__py_vector::from_handle;
%newobject weaveheap__py_vector::from_handle;
%feature("docstring") weaveheap__py_vector::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_vector "weaveheap__py_vector_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_vector "weaveheap__py_vector_releasebuffer";
%feature("kwargs") weaveheap__py_vector::view_as;
%feature("kwargs") weaveheap__py_vector::__dlpack__;
%newobject weaveheap__py_vector::view_as;
%feature("docstring") weaveheap__py_vector::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_vector::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("kwargs") weaveheap__py_vector::__arrow_c_array__;
%feature("docstring") weaveheap__py_vector::__arrow_c_array__ "Arrow PyCapsule interface: the (schema, array) capsules of the core's own Arrow C Data export of the object (its type's: a typed column, or a struct array of named columns), over its memory without a copy (pyarrow.array(obj) or pyarrow.record_batch(obj), polars.from_arrow, duckdb through pyarrow). The array holds a shared borrow (closing the object or resetting its region raises BorrowError) until the consumer releases it. requested_schema is ignored: the object has its own type.";
%feature("docstring") weaveheap__py_vector::__arrow_c_schema__ "Arrow PyCapsule interface: the 'arrow_schema' capsule of the object's type (the core's export, taken and released at once, so it fails as the export does).";
%nodefaultctor weaveheap__py_vector;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_vector::close "Releases a vector. Fails while it is borrowed (a view or an Arrow export is live).\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_vector::length "The number of values (nulls included).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_vector::capacity "The number of values it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::resize;
%feature("docstring") weaveheap__py_vector::resize "Gives the vector room for `capacity` values (more or fewer): a new allocation from the region, the values and validity bitmap copied into it (counted as a copy), the old memory given back as a release gives it. A capacity below the length is invalid_argument; one whose bytes pass the maximum size or the region's byte limit (the old memory still counts while the new is taken) out_of_memory. Fails while the vector is borrowed (a view, an Arrow export, a batch). A refused resize changes nothing.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_vector::element_type "The type of its values.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_vector::null_count "The number of null values.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::append;
%feature("docstring") weaveheap__py_vector::append "Appends an integer (0 or 1 for `boolean`). A value the type cannot hold, or a full vector, is out_of_range; a float vector is invalid_argument (append its values with `append_f64` or `extend`).\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::extend;
%feature("docstring") weaveheap__py_vector::extend "Appends the values in `data`, in the machine's byte order, `data` holding a whole number of them (one byte per value, 0 or 1, for `boolean`); counted as a copy. Past the capacity it is out_of_range and appends nothing.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_vector::append_null "Appends a null (its value bytes are zero). A vector made without `nullable` refuses it with invalid_argument.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::set;
%feature("docstring") weaveheap__py_vector::set "Sets the value at `index` (below the length) and marks it valid; the value's checks are those of `append`.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::get;
%feature("docstring") weaveheap__py_vector::get "The integer at `index` (a null reads as 0). A float vector is invalid_argument (read it with `get_f64`), a uint64 above the largest i64 out_of_range. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::append_f64;
%feature("docstring") weaveheap__py_vector::append_f64 "Appends a floating-point value to a float32 or float64 vector (a float32 vector stores it rounded to the nearest float; a finite value beyond float32's range is out_of_range, NaN and infinities are kept). An integer or boolean vector is invalid_argument, a full one out_of_range.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::set_f64;
%feature("docstring") weaveheap__py_vector::set_f64 "Sets the float at `index` (below the length, else out_of_range, for any type) and marks it valid; the value's checks are those of `append_f64`.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::get_f64;
%feature("docstring") weaveheap__py_vector::get_f64 "The float at `index` (a null reads as 0; a float32 widened exactly). An index at or past the length is out_of_range (for any type), an integer or boolean vector invalid_argument. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::is_valid;
%feature("docstring") weaveheap__py_vector::is_valid "Whether the value at `index` is not null.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_vector::read;
%feature("docstring") weaveheap__py_vector::read "Copies value bytes from `offset` into `dst` (counted as a copy), as a view would show them. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_vector {
  %immutable;
  weaveheap_vector_t handle;
  bool closed;
  %mutable;
} weaveheap__py_vector;
%extend weaveheap__py_vector {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_vector() {
    if (!$self->closed && $self->owned) weaveheap_vector_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_vector* from_handle(weaveheap_vector_t handle, bool owned = true) {
    return weaveheap__py_vector_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_vector_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_vector_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.Vector 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t length(weaveheap_error* out_err = NULL) {
    return weaveheap_vector_length($self->handle, out_err);
  }
  uint64_t capacity(weaveheap_error* out_err = NULL) {
    return weaveheap_vector_capacity($self->handle, out_err);
  }
  void resize(uint64_t capacity, weaveheap_error* out_err = NULL) {
    weaveheap_vector_resize($self->handle, capacity, out_err);
  }
  weaveheap_element_type element_type(weaveheap_error* out_err = NULL) {
    return weaveheap_vector_element_type($self->handle, out_err);
  }
  uint64_t null_count(weaveheap_error* out_err = NULL) {
    return weaveheap_vector_null_count($self->handle, out_err);
  }
  void append(int64_t value, weaveheap_error* out_err = NULL) {
    weaveheap_vector_append($self->handle, value, out_err);
  }
  void extend(const uint8_t* data, uint64_t data_len, weaveheap_error* out_err = NULL) {
    weaveheap_vector_extend($self->handle, data, data_len, out_err);
  }
  void append_null(weaveheap_error* out_err = NULL) {
    weaveheap_vector_append_null($self->handle, out_err);
  }
  void set(uint64_t index, int64_t value, weaveheap_error* out_err = NULL) {
    weaveheap_vector_set($self->handle, index, value, out_err);
  }
  int64_t get(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_vector_get($self->handle, index, out_err);
  }
  void append_f64(double value, weaveheap_error* out_err = NULL) {
    weaveheap_vector_append_f64($self->handle, value, out_err);
  }
  void set_f64(uint64_t index, double value, weaveheap_error* out_err = NULL) {
    weaveheap_vector_set_f64($self->handle, index, value, out_err);
  }
  double get_f64(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_vector_get_f64($self->handle, index, out_err);
  }
  bool is_valid(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_vector_is_valid($self->handle, index, out_err);
  }
  void read(uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err = NULL) {
    weaveheap_vector_read($self->handle, offset, dst, dst_len, out_err);
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
  /* The core's own export of the object (its IDL arrow export). */
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_vector_export_arrow, false);
  }
  PyObject* __arrow_c_schema__(PyObject* py_self) {
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_vector_export_arrow, true);
  }
}

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"length", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_length, METH_NOARGS, "The number of values (nulls included).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"capacity", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_capacity, METH_NOARGS, "The number of values it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"resize", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_resize, METH_FASTCALL | METH_KEYWORDS, "Gives the vector room for `capacity` values (more or fewer): a new allocation from the region, the values and validity bitmap copied into it (counted as a copy), the old memory given back as a release gives it. A capacity below the length is invalid_argument; one whose bytes pass the maximum size or the region's byte limit (the old memory still counts while the new is taken) out_of_memory. Fails while the vector is borrowed (a view, an Arrow export, a batch). A refused resize changes nothing.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"element_type", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_element_type, METH_NOARGS, "The type of its values.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"null_count", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_null_count, METH_NOARGS, "The number of null values.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_append, METH_FASTCALL | METH_KEYWORDS, "Appends an integer (0 or 1 for `boolean`). A value the type cannot hold, or a full vector, is out_of_range; a float vector is invalid_argument (append its values with `append_f64` or `extend`).\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"extend", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_extend, METH_FASTCALL | METH_KEYWORDS, "Appends the values in `data`, in the machine's byte order, `data` holding a whole number of them (one byte per value, 0 or 1, for `boolean`); counted as a copy. Past the capacity it is out_of_range and appends nothing.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append_null", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_append_null, METH_NOARGS, "Appends a null (its value bytes are zero). A vector made without `nullable` refuses it with invalid_argument.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"set", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_set, METH_FASTCALL | METH_KEYWORDS, "Sets the value at `index` (below the length) and marks it valid; the value's checks are those of `append`.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"get", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_get, METH_FASTCALL | METH_KEYWORDS, "The integer at `index` (a null reads as 0). A float vector is invalid_argument (read it with `get_f64`), a uint64 above the largest i64 out_of_range. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append_f64", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_append_f64, METH_FASTCALL | METH_KEYWORDS, "Appends a floating-point value to a float32 or float64 vector (a float32 vector stores it rounded to the nearest float; a finite value beyond float32's range is out_of_range, NaN and infinities are kept). An integer or boolean vector is invalid_argument, a full one out_of_range.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"set_f64", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_set_f64, METH_FASTCALL | METH_KEYWORDS, "Sets the float at `index` (below the length, else out_of_range, for any type) and marks it valid; the value's checks are those of `append_f64`.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"get_f64", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_get_f64, METH_FASTCALL | METH_KEYWORDS, "The float at `index` (a null reads as 0; a float32 widened exactly). An index at or past the length is out_of_range (for any type), an integer or boolean vector invalid_argument. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"is_valid", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_is_valid, METH_FASTCALL | METH_KEYWORDS, "Whether the value at `index` is not null.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"read", (PyCFunction)(void (*)(void))weaveheap__py_vector_fast_read, METH_FASTCALL | METH_KEYWORDS, "Copies value bytes from `offset` into `dst` (counted as a copy), as a view would show them. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "Vector", &fast_defs[i]) != 0) return NULL;
  }
%}
/* After the class exists: its fast view(). */
%init %{
  {
    static PyMethodDef view_def = {"view", (PyCFunction)(void (*)(void))weaveheap__py_vector_view,
                                   METH_FASTCALL | METH_KEYWORDS, "view($self, /, writable=False)\n--\n\nA memoryview of the object's memory, without a copy, over a View that holds the borrow until the memoryview is released (mv.release(), `with`, or garbage collection); mv.obj is that View. writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError."};
    if (weaveheap__pyglue_add_method(m, "Vector", &view_def) != 0) return NULL;
  }
%}

%rename(Batch) weaveheap__py_batch;
%feature("docstring") weaveheap__py_batch "A record batch: named vectors of equal length (Arrow's record batch, a struct array of them). It holds a shared borrow of each column, so a column cannot change, or be released, while it is in a batch; release the batch (before the region's reset or destroy) to give them back.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_batch::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_batch "0";
%feature("kwargs") weaveheap__py_batch::from_handle;
%newobject weaveheap__py_batch::from_handle;
%feature("docstring") weaveheap__py_batch::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("kwargs") weaveheap__py_batch::__arrow_c_array__;
%feature("docstring") weaveheap__py_batch::__arrow_c_array__ "Arrow PyCapsule interface: the (schema, array) capsules of the core's own Arrow C Data export of the object (its type's: a typed column, or a struct array of named columns), over its memory without a copy (pyarrow.array(obj) or pyarrow.record_batch(obj), polars.from_arrow, duckdb through pyarrow). The array holds a shared borrow (closing the object or resetting its region raises BorrowError) until the consumer releases it. requested_schema is ignored: the object has its own type.";
%feature("docstring") weaveheap__py_batch::__arrow_c_schema__ "Arrow PyCapsule interface: the 'arrow_schema' capsule of the object's type (the core's export, taken and released at once, so it fails as the export does).";
%nodefaultctor weaveheap__py_batch;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_batch::close "Releases a batch and gives back the borrows of its columns (the vectors stay, their owner's again). Fails while an Arrow export of the batch is live.\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_batch::add_column;
%feature("docstring") weaveheap__py_batch::add_column "Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking a shared borrow of it until the batch is released. The column must be in the batch's region and have as many values as the columns already there; a full batch, a bad or repeated name or a length that differs is invalid_argument (the message names the column), an outstanding unique borrow of the column borrow_conflict. A refused column is not added and not borrowed.\n\nRaises InvalidArgumentError, BorrowError, BorrowConflictError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_batch::num_columns "The number of columns.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_batch::num_rows "The number of rows: the length of every column (0 with no column).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_batch::column_name;
%feature("docstring") weaveheap__py_batch::column_name "A copy of the name of column `index` (below `num_columns`, else out_of_range) that the caller owns (counted as a copy); free it with `free_string`.\n\nRaises OutOfRangeError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_batch::validate "Checks every column against the Arrow layout, in place: its length is the batch's rows, its validity bitmap holds its null count, its buffers hold its values, a `utf8` or `binary` column's offsets start at 0 or more, never decrease and stay within its data, and a `utf8` column's values are UTF-8. The first fault is a typed error whose message names the column and the row: invalid_argument (a length or null count), out_of_range (an offset, a buffer too small), invalid_utf8. Changes nothing, copies nothing.\n\nRaises InvalidArgumentError, InvalidUtf8Error, OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_batch::append_row;
%feature("docstring") weaveheap__py_batch::append_row "Appends one row to the batch's columns, all or nothing. `row` holds, for each column in order, a tag byte (0: null, 1: a value) and, for a value, its bytes: a fixed-width column's value in the machine's byte order (one byte, 0 or 1, for `boolean`), a `utf8` or `binary` value as a u32 length in the machine's byte order and then its bytes (docs/arrow.md). Counted as one copy. A malformed row, a null in a column made without `nullable`, a bad boolean or a `utf8` value that is not UTF-8 is invalid_argument, a full column out_of_range (the message names the column); a live export of the batch, or a column that another holder (a view, an export, another batch) borrows, is borrowed. A refused row changes no column.\n\nRaises InvalidArgumentError, OutOfRangeError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_batch {
  %immutable;
  weaveheap_batch_t handle;
  bool closed;
  %mutable;
} weaveheap__py_batch;
%extend weaveheap__py_batch {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_batch() {
    if (!$self->closed && $self->owned) weaveheap_batch_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_batch* from_handle(weaveheap_batch_t handle, bool owned = true) {
    return weaveheap__py_batch_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_batch_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.Batch 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  void add_column(const uint8_t* name, uint64_t name_len, weaveheap_handle_t column, weaveheap_error* out_err = NULL) {
    weaveheap_batch_add_column($self->handle, name, name_len, column, out_err);
  }
  uint64_t num_columns(weaveheap_error* out_err = NULL) {
    return weaveheap_batch_num_columns($self->handle, out_err);
  }
  uint64_t num_rows(weaveheap_error* out_err = NULL) {
    return weaveheap_batch_num_rows($self->handle, out_err);
  }
  PyObject* column_name(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap__pyglue_text(weaveheap_batch_column_name($self->handle, index, out_err), weaveheap_free_string);
  }
  void validate(weaveheap_error* out_err = NULL) {
    weaveheap_batch_validate($self->handle, out_err);
  }
  void append_row(const uint8_t* row, uint64_t row_len, weaveheap_error* out_err = NULL) {
    weaveheap_batch_append_row($self->handle, row, row_len, out_err);
  }
  /* The core's own export of the object (its IDL arrow export). */
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_batch_export_arrow, false);
  }
  PyObject* __arrow_c_schema__(PyObject* py_self) {
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_batch_export_arrow, true);
  }
}

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"add_column", (PyCFunction)(void (*)(void))weaveheap__py_batch_fast_add_column, METH_FASTCALL | METH_KEYWORDS, "Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking a shared borrow of it until the batch is released. The column must be in the batch's region and have as many values as the columns already there; a full batch, a bad or repeated name or a length that differs is invalid_argument (the message names the column), an outstanding unique borrow of the column borrow_conflict. A refused column is not added and not borrowed.\n\nRaises InvalidArgumentError, BorrowError, BorrowConflictError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"num_columns", (PyCFunction)(void (*)(void))weaveheap__py_batch_fast_num_columns, METH_NOARGS, "The number of columns.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"num_rows", (PyCFunction)(void (*)(void))weaveheap__py_batch_fast_num_rows, METH_NOARGS, "The number of rows: the length of every column (0 with no column).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"column_name", (PyCFunction)(void (*)(void))weaveheap__py_batch_fast_column_name, METH_FASTCALL | METH_KEYWORDS, "A copy of the name of column `index` (below `num_columns`, else out_of_range) that the caller owns (counted as a copy); free it with `free_string`.\n\nRaises OutOfRangeError, OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"validate", (PyCFunction)(void (*)(void))weaveheap__py_batch_fast_validate, METH_NOARGS, "Checks every column against the Arrow layout, in place: its length is the batch's rows, its validity bitmap holds its null count, its buffers hold its values, a `utf8` or `binary` column's offsets start at 0 or more, never decrease and stay within its data, and a `utf8` column's values are UTF-8. The first fault is a typed error whose message names the column and the row: invalid_argument (a length or null count), out_of_range (an offset, a buffer too small), invalid_utf8. Changes nothing, copies nothing.\n\nRaises InvalidArgumentError, InvalidUtf8Error, OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append_row", (PyCFunction)(void (*)(void))weaveheap__py_batch_fast_append_row, METH_FASTCALL | METH_KEYWORDS, "Appends one row to the batch's columns, all or nothing. `row` holds, for each column in order, a tag byte (0: null, 1: a value) and, for a value, its bytes: a fixed-width column's value in the machine's byte order (one byte, 0 or 1, for `boolean`), a `utf8` or `binary` value as a u32 length in the machine's byte order and then its bytes (docs/arrow.md). Counted as one copy. A malformed row, a null in a column made without `nullable`, a bad boolean or a `utf8` value that is not UTF-8 is invalid_argument, a full column out_of_range (the message names the column); a live export of the batch, or a column that another holder (a view, an export, another batch) borrows, is borrowed. A refused row changes no column.\n\nRaises InvalidArgumentError, OutOfRangeError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "Batch", &fast_defs[i]) != 0) return NULL;
  }
%}

%rename(BatchStream) weaveheap__py_batch_stream;
%feature("docstring") weaveheap__py_batch_stream "A stream of record batches of one schema, exported through the Arrow C Stream Interface. It holds a shared borrow of each batch (which holds its columns) until it is released.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_batch_stream::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_batch_stream "0";
%feature("kwargs") weaveheap__py_batch_stream::from_handle;
%newobject weaveheap__py_batch_stream::from_handle;
%feature("docstring") weaveheap__py_batch_stream::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("kwargs") weaveheap__py_batch_stream::__arrow_c_stream__;
%feature("docstring") weaveheap__py_batch_stream::__arrow_c_stream__ "Arrow PyCapsule interface: an 'arrow_array_stream' capsule of the core's own Arrow C Stream export of the object (pyarrow.RecordBatchReader.from_stream(obj), duckdb over that reader): its record batches in turn, over their memory without a copy. The stream holds a shared borrow (closing the object or resetting its region raises BorrowError) until the consumer releases it, and each batch it hands out holds that batch until released; its callbacks take the GIL, from whatever thread the consumer calls them. requested_schema is ignored.";
%feature("python:slot", "tp_iter", functype="getiterfunc") weaveheap__py_batch_stream::__iter__;
%feature("docstring") weaveheap__py_batch_stream::__iter__ "Iterates over the stream's record batches as pyarrow.RecordBatch objects (pyarrow.RecordBatchReader.from_stream(obj) underneath, so pyarrow must be installed): each over the core's memory without a copy, holding its batch until the RecordBatch goes.";
%nodefaultctor weaveheap__py_batch_stream;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_batch_stream::close "Releases a stream and gives back the borrows of its batches. Fails while an Arrow export of the stream is live.\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_batch_stream::add_batch;
%feature("docstring") weaveheap__py_batch_stream::add_batch "Adds `batch` at the end, taking a shared borrow of it until the stream is released. The batch must be in the stream's region and have the first batch's schema (the same column names, types and nullability); a full stream or another schema is invalid_argument (the message says what differs). A refused batch is not added.\n\nRaises InvalidArgumentError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_batch_stream::num_batches "The number of batches.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_batch_stream {
  %immutable;
  weaveheap_batch_stream_t handle;
  bool closed;
  %mutable;
} weaveheap__py_batch_stream;
%extend weaveheap__py_batch_stream {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_batch_stream() {
    if (!$self->closed && $self->owned) weaveheap_batch_stream_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_batch_stream* from_handle(weaveheap_batch_stream_t handle, bool owned = true) {
    return weaveheap__py_batch_stream_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_batch_stream_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_batch_stream_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.BatchStream 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  void add_batch(weaveheap_batch_t batch, weaveheap_error* out_err = NULL) {
    weaveheap_batch_stream_add_batch($self->handle, batch, out_err);
  }
  uint64_t num_batches(weaveheap_error* out_err = NULL) {
    return weaveheap_batch_stream_num_batches($self->handle, out_err);
  }
  /* The core's own stream export of the object (its IDL arrow stream export). */
  PyObject* __arrow_c_stream__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow_stream_export(py_self, $self->handle, weaveheap_batch_stream_export_arrow);
  }
  /* for batch in stream: pyarrow's reader over the stream export above. */
  PyObject* __iter__(PyObject* py_self) {
    return weaveheap__py_arrow_stream_iter(py_self);
  }
}

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"add_batch", (PyCFunction)(void (*)(void))weaveheap__py_batch_stream_fast_add_batch, METH_FASTCALL | METH_KEYWORDS, "Adds `batch` at the end, taking a shared borrow of it until the stream is released. The batch must be in the stream's region and have the first batch's schema (the same column names, types and nullability); a full stream or another schema is invalid_argument (the message says what differs). A refused batch is not added.\n\nRaises InvalidArgumentError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"num_batches", (PyCFunction)(void (*)(void))weaveheap__py_batch_stream_fast_num_batches, METH_NOARGS, "The number of batches.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "BatchStream", &fast_defs[i]) != 0) return NULL;
  }
%}

%rename(VarVector) weaveheap__py_var_vector;
%feature("docstring") weaveheap__py_var_vector "A column of values of any size, laid out as Arrow lays out `utf8` (\"u\") and `binary` (\"z\") arrays: int32 offsets (capacity + 1 of them), the values' bytes end to end, and a validity bitmap when it is nullable. Its views (the data bytes so far) and Arrow exports read it in place.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_var_vector::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_var_vector "0";
%feature("kwargs") weaveheap__py_var_vector::from_handle;
%newobject weaveheap__py_var_vector::from_handle;
%feature("docstring") weaveheap__py_var_vector::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_var_vector "weaveheap__py_var_vector_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_var_vector "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_var_vector::view_as;
%feature("kwargs") weaveheap__py_var_vector::__dlpack__;
%newobject weaveheap__py_var_vector::view_as;
%feature("docstring") weaveheap__py_var_vector::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_var_vector::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("kwargs") weaveheap__py_var_vector::__arrow_c_array__;
%feature("docstring") weaveheap__py_var_vector::__arrow_c_array__ "Arrow PyCapsule interface: the (schema, array) capsules of the core's own Arrow C Data export of the object (its type's: a typed column, or a struct array of named columns), over its memory without a copy (pyarrow.array(obj) or pyarrow.record_batch(obj), polars.from_arrow, duckdb through pyarrow). The array holds a shared borrow (closing the object or resetting its region raises BorrowError) until the consumer releases it. requested_schema is ignored: the object has its own type.";
%feature("docstring") weaveheap__py_var_vector::__arrow_c_schema__ "Arrow PyCapsule interface: the 'arrow_schema' capsule of the object's type (the core's export, taken and released at once, so it fails as the export does).";
%nodefaultctor weaveheap__py_var_vector;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_var_vector::close "Releases a column. Fails while it is borrowed (a view, an Arrow export or a batch holds it).\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_var_vector::length "The number of values (nulls included).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_var_vector::capacity "The number of values it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_var_vector::data_length "The number of data bytes its values hold so far.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_var_vector::data_capacity "The number of data bytes it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_var_vector::resize;
%feature("docstring") weaveheap__py_var_vector::resize "Gives the column room for `capacity` values holding `data_capacity` data bytes (more or less): a new allocation from the region, the data, offsets and validity bitmap copied into it (counted as a copy), the old memory given back as a release gives it. A capacity below the length, or a data capacity below the data length, is invalid_argument; sizes past the maximum or the region's byte limit (the old memory still counts while the new is taken) out_of_memory. Fails while the column is borrowed (a view, an Arrow export, a batch). A refused resize changes nothing.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_var_vector::null_count "The number of null values.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_var_vector::is_utf8 "Whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_var_vector::append;
%feature("docstring") weaveheap__py_var_vector::append "Appends a value (counted as a copy). In a `utf8` column a value that is not UTF-8 is invalid_utf8 (the message names the byte); a full column (values or data bytes) is out_of_range. A refused value adds nothing.\n\nRaises InvalidArgumentError, InvalidUtf8Error, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_var_vector::append_null "Appends a null (an empty value). A column made without `nullable` refuses it with invalid_argument; a full one is out_of_range.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_var_vector::get;
%feature("docstring") weaveheap__py_var_vector::get "A copy of the value at `index` (below the length, else out_of_range) in memory the caller owns (counted as a copy; a null is empty); free it with `free_bytes`. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_var_vector::value_offset;
%feature("docstring") weaveheap__py_var_vector::value_offset "Where the value at `index` starts in the data bytes (what a view shows): with `value_length`, the value read in place.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_var_vector::value_length;
%feature("docstring") weaveheap__py_var_vector::value_length "The length in bytes of the value at `index` (0 for a null).\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_var_vector::is_valid;
%feature("docstring") weaveheap__py_var_vector::is_valid "Whether the value at `index` is not null.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_var_vector::read;
%feature("docstring") weaveheap__py_var_vector::read "Copies data bytes from `offset` into `dst` (counted as a copy), as a view would show them. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_var_vector {
  %immutable;
  weaveheap_var_vector_t handle;
  bool closed;
  %mutable;
} weaveheap__py_var_vector;
%extend weaveheap__py_var_vector {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_var_vector() {
    if (!$self->closed && $self->owned) weaveheap_var_vector_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_var_vector* from_handle(weaveheap_var_vector_t handle, bool owned = true) {
    return weaveheap__py_var_vector_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_var_vector_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_var_vector_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.VarVector 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t length(weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_length($self->handle, out_err);
  }
  uint64_t capacity(weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_capacity($self->handle, out_err);
  }
  uint64_t data_length(weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_data_length($self->handle, out_err);
  }
  uint64_t data_capacity(weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_data_capacity($self->handle, out_err);
  }
  void resize(uint64_t capacity, uint64_t data_capacity, weaveheap_error* out_err = NULL) {
    weaveheap_var_vector_resize($self->handle, capacity, data_capacity, out_err);
  }
  uint64_t null_count(weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_null_count($self->handle, out_err);
  }
  bool is_utf8(weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_is_utf8($self->handle, out_err);
  }
  void append(const uint8_t* value, uint64_t value_len, weaveheap_error* out_err = NULL) {
    weaveheap_var_vector_append($self->handle, value, value_len, out_err);
  }
  void append_null(weaveheap_error* out_err = NULL) {
    weaveheap_var_vector_append_null($self->handle, out_err);
  }
  PyObject* get(uint64_t index, weaveheap_error* out_err = NULL) {
    uint64_t out_len = 0;
    uint8_t* data = weaveheap_var_vector_get($self->handle, index, &out_len, out_err);
    return weaveheap__pyglue_bytes(data, out_len, weaveheap_free_bytes);
  }
  uint64_t value_offset(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_value_offset($self->handle, index, out_err);
  }
  uint64_t value_length(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_value_length($self->handle, index, out_err);
  }
  bool is_valid(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_var_vector_is_valid($self->handle, index, out_err);
  }
  void read(uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err = NULL) {
    weaveheap_var_vector_read($self->handle, offset, dst, dst_len, out_err);
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
  /* The core's own export of the object (its IDL arrow export). */
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_var_vector_export_arrow, false);
  }
  PyObject* __arrow_c_schema__(PyObject* py_self) {
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_var_vector_export_arrow, true);
  }
}

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"length", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_length, METH_NOARGS, "The number of values (nulls included).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"capacity", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_capacity, METH_NOARGS, "The number of values it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"data_length", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_data_length, METH_NOARGS, "The number of data bytes its values hold so far.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"data_capacity", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_data_capacity, METH_NOARGS, "The number of data bytes it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"resize", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_resize, METH_FASTCALL | METH_KEYWORDS, "Gives the column room for `capacity` values holding `data_capacity` data bytes (more or less): a new allocation from the region, the data, offsets and validity bitmap copied into it (counted as a copy), the old memory given back as a release gives it. A capacity below the length, or a data capacity below the data length, is invalid_argument; sizes past the maximum or the region's byte limit (the old memory still counts while the new is taken) out_of_memory. Fails while the column is borrowed (a view, an Arrow export, a batch). A refused resize changes nothing.\n\nRaises InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"null_count", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_null_count, METH_NOARGS, "The number of null values.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"is_utf8", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_is_utf8, METH_NOARGS, "Whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_append, METH_FASTCALL | METH_KEYWORDS, "Appends a value (counted as a copy). In a `utf8` column a value that is not UTF-8 is invalid_utf8 (the message names the byte); a full column (values or data bytes) is out_of_range. A refused value adds nothing.\n\nRaises InvalidArgumentError, InvalidUtf8Error, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append_null", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_append_null, METH_NOARGS, "Appends a null (an empty value). A column made without `nullable` refuses it with invalid_argument; a full one is out_of_range.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"get", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_get, METH_FASTCALL | METH_KEYWORDS, "A copy of the value at `index` (below the length, else out_of_range) in memory the caller owns (counted as a copy; a null is empty); free it with `free_bytes`. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"value_offset", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_value_offset, METH_FASTCALL | METH_KEYWORDS, "Where the value at `index` starts in the data bytes (what a view shows): with `value_length`, the value read in place.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"value_length", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_value_length, METH_FASTCALL | METH_KEYWORDS, "The length in bytes of the value at `index` (0 for a null).\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"is_valid", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_is_valid, METH_FASTCALL | METH_KEYWORDS, "Whether the value at `index` is not null.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"read", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_fast_read, METH_FASTCALL | METH_KEYWORDS, "Copies data bytes from `offset` into `dst` (counted as a copy), as a view would show them. Fails while a unique borrow is outstanding.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "VarVector", &fast_defs[i]) != 0) return NULL;
  }
%}
/* After the class exists: its fast view(). */
%init %{
  {
    static PyMethodDef view_def = {"view", (PyCFunction)(void (*)(void))weaveheap__py_var_vector_view,
                                   METH_FASTCALL | METH_KEYWORDS, "view($self, /, writable=False)\n--\n\nA memoryview of the object's memory, without a copy, over a View that holds the borrow until the memoryview is released (mv.release(), `with`, or garbage collection); mv.obj is that View. writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError."};
    if (weaveheap__pyglue_add_method(m, "VarVector", &view_def) != 0) return NULL;
  }
%}

%rename(ListVector) weaveheap__py_list_vector;
%feature("docstring") weaveheap__py_list_vector "A column of lists (Arrow's \"+l\"), or of maps (\"+m\": lists of key/value entries), laid out as Arrow lays them out: int32 offsets (capacity + 1 of them) into one child column, and a validity bitmap when it is nullable. It holds a shared borrow of its child (any column, nested ones included) until it is released, as a batch holds its columns.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_list_vector::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_list_vector "0";
%feature("kwargs") weaveheap__py_list_vector::from_handle;
%newobject weaveheap__py_list_vector::from_handle;
%feature("docstring") weaveheap__py_list_vector::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("kwargs") weaveheap__py_list_vector::__arrow_c_array__;
%feature("docstring") weaveheap__py_list_vector::__arrow_c_array__ "Arrow PyCapsule interface: the (schema, array) capsules of the core's own Arrow C Data export of the object (its type's: a typed column, or a struct array of named columns), over its memory without a copy (pyarrow.array(obj) or pyarrow.record_batch(obj), polars.from_arrow, duckdb through pyarrow). The array holds a shared borrow (closing the object or resetting its region raises BorrowError) until the consumer releases it. requested_schema is ignored: the object has its own type.";
%feature("docstring") weaveheap__py_list_vector::__arrow_c_schema__ "Arrow PyCapsule interface: the 'arrow_schema' capsule of the object's type (the core's export, taken and released at once, so it fails as the export does).";
%nodefaultctor weaveheap__py_list_vector;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_list_vector::close "Releases a list column and gives back the borrow of its child (the child stays, its owner's again). Fails while it is borrowed (an Arrow export or a batch holds it).\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_list_vector::length "The number of lists (nulls included).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_list_vector::capacity "The number of lists it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_list_vector::null_count "The number of null lists.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_list_vector::is_map "Whether it is a map column.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_list_vector::is_valid;
%feature("docstring") weaveheap__py_list_vector::is_valid "Whether the list at `index` is not null.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_list_vector::value_offset;
%feature("docstring") weaveheap__py_list_vector::value_offset "The child row of the first item of the list at `index`.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_list_vector::value_length;
%feature("docstring") weaveheap__py_list_vector::value_length "The number of items of the list at `index` (0 for a null).\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_list_vector::append;
%feature("docstring") weaveheap__py_list_vector::append "Appends one list, all or nothing: `value` is a u32 count in the machine's byte order, then that many child values, each encoded as `batch.append_row` encodes one column's value (docs/arrow.md). Counted as one copy. A malformed value is invalid_argument, a full column (the list's or a child's) out_of_range (the message names the column and the byte); a list with a live export or in a batch, or a child that another holder borrows, is borrowed. A refused value changes no column.\n\nRaises InvalidArgumentError, OutOfRangeError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_list_vector::append_null "Appends a null (an empty list). A column made without `nullable` refuses it with invalid_argument, a full one with out_of_range.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("kwargs") weaveheap__py_list_vector::lookup;
%feature("docstring") weaveheap__py_list_vector::lookup "The child row of the first entry of map `index` whose key equals `key`, or -1 when it has none (a failed call returns 0, as every failed call does): read the value with the value column's `get(row)`. `key` is the key's bytes without a tag: a fixed-width key exactly its type's width in the machine's byte order (else invalid_argument), a utf8 or binary key its bytes. An index past the length is out_of_range, a list that is not a map invalid_argument. Copies nothing.\n\nRaises InvalidArgumentError, OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_list_vector {
  %immutable;
  weaveheap_list_vector_t handle;
  bool closed;
  %mutable;
} weaveheap__py_list_vector;
%extend weaveheap__py_list_vector {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_list_vector() {
    if (!$self->closed && $self->owned) weaveheap_list_vector_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_list_vector* from_handle(weaveheap_list_vector_t handle, bool owned = true) {
    return weaveheap__py_list_vector_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_list_vector_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_list_vector_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.ListVector 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t length(weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_length($self->handle, out_err);
  }
  uint64_t capacity(weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_capacity($self->handle, out_err);
  }
  uint64_t null_count(weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_null_count($self->handle, out_err);
  }
  bool is_map(weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_is_map($self->handle, out_err);
  }
  bool is_valid(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_is_valid($self->handle, index, out_err);
  }
  uint64_t value_offset(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_value_offset($self->handle, index, out_err);
  }
  uint64_t value_length(uint64_t index, weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_value_length($self->handle, index, out_err);
  }
  void append(const uint8_t* value, uint64_t value_len, weaveheap_error* out_err = NULL) {
    weaveheap_list_vector_append($self->handle, value, value_len, out_err);
  }
  void append_null(weaveheap_error* out_err = NULL) {
    weaveheap_list_vector_append_null($self->handle, out_err);
  }
  int64_t lookup(uint64_t index, const uint8_t* key, uint64_t key_len, weaveheap_error* out_err = NULL) {
    return weaveheap_list_vector_lookup($self->handle, index, key, key_len, out_err);
  }
  /* The core's own export of the object (its IDL arrow export). */
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_list_vector_export_arrow, false);
  }
  PyObject* __arrow_c_schema__(PyObject* py_self) {
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_list_vector_export_arrow, true);
  }
}

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"length", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_length, METH_NOARGS, "The number of lists (nulls included).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"capacity", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_capacity, METH_NOARGS, "The number of lists it has room for.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"null_count", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_null_count, METH_NOARGS, "The number of null lists.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"is_map", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_is_map, METH_NOARGS, "Whether it is a map column.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"is_valid", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_is_valid, METH_FASTCALL | METH_KEYWORDS, "Whether the list at `index` is not null.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"value_offset", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_value_offset, METH_FASTCALL | METH_KEYWORDS, "The child row of the first item of the list at `index`.\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"value_length", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_value_length, METH_FASTCALL | METH_KEYWORDS, "The number of items of the list at `index` (0 for a null).\n\nRaises OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_append, METH_FASTCALL | METH_KEYWORDS, "Appends one list, all or nothing: `value` is a u32 count in the machine's byte order, then that many child values, each encoded as `batch.append_row` encodes one column's value (docs/arrow.md). Counted as one copy. A malformed value is invalid_argument, a full column (the list's or a child's) out_of_range (the message names the column and the byte); a list with a live export or in a batch, or a child that another holder borrows, is borrowed. A refused value changes no column.\n\nRaises InvalidArgumentError, OutOfRangeError, OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"append_null", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_append_null, METH_NOARGS, "Appends a null (an empty list). A column made without `nullable` refuses it with invalid_argument, a full one with out_of_range.\n\nRaises InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"lookup", (PyCFunction)(void (*)(void))weaveheap__py_list_vector_fast_lookup, METH_FASTCALL | METH_KEYWORDS, "The child row of the first entry of map `index` whose key equals `key`, or -1 when it has none (a failed call returns 0, as every failed call does): read the value with the value column's `get(row)`. `key` is the key's bytes without a tag: a fixed-width key exactly its type's width in the machine's byte order (else invalid_argument), a utf8 or binary key its bytes. An index past the length is out_of_range, a list that is not a map invalid_argument. Copies nothing.\n\nRaises InvalidArgumentError, OutOfRangeError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "ListVector", &fast_defs[i]) != 0) return NULL;
  }
%}

%rename(Foreign) weaveheap__py_foreign;
%feature("docstring") weaveheap__py_foreign "An Arrow array a foreign producer made (any format, nested too), taken into a region without a copy (`foreign.import_array`): the region holds the producer's memory until the foreign is released or the region reset or destroyed, and then calls the producer's `release` callbacks (the array's, then the schema's) exactly once, on the thread doing that.\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort.";
%feature("python:slot", "tp_repr", functype="reprfunc") weaveheap__py_foreign::__repr__;
/* No instance dictionary (an object takes no attributes of its own, as a C
 * type's): CPython 3.11 specialises a method call only on an object with no
 * dictionary slot or a dictionary made already, and SWIG's is made lazily. */
%feature("python:tp_dictoffset") weaveheap__py_foreign "0";
%feature("kwargs") weaveheap__py_foreign::from_handle;
%newobject weaveheap__py_foreign::from_handle;
%feature("docstring") weaveheap__py_foreign::from_handle "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the core: a handle that is stale, forged or of another kind fails at its first use. With owned=True the object releases the handle when closed or collected; with owned=False only an explicit close() does.";
%feature("python:bf_getbuffer", functype="getbufferproc") weaveheap__py_foreign "weaveheap__py_foreign_getbuffer";
%feature("python:bf_releasebuffer", functype="releasebufferproc") weaveheap__py_foreign "weaveheap__py_releasebuffer";
%feature("kwargs") weaveheap__py_foreign::view_as;
%feature("kwargs") weaveheap__py_foreign::__dlpack__;
%newobject weaveheap__py_foreign::view_as;
%feature("docstring") weaveheap__py_foreign::view_as "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.";
%feature("docstring") weaveheap__py_foreign::__dlpack__ "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared borrow it holds is released by the consumer's deleter, from any thread.";
%feature("kwargs") weaveheap__py_foreign::__arrow_c_array__;
%feature("docstring") weaveheap__py_foreign::__arrow_c_array__ "Arrow PyCapsule interface: the (schema, array) capsules of the core's own Arrow C Data export of the object (its type's: a typed column, or a struct array of named columns), over its memory without a copy (pyarrow.array(obj) or pyarrow.record_batch(obj), polars.from_arrow, duckdb through pyarrow). The array holds a shared borrow (closing the object or resetting its region raises BorrowError) until the consumer releases it. requested_schema is ignored: the object has its own type.";
%feature("docstring") weaveheap__py_foreign::__arrow_c_schema__ "Arrow PyCapsule interface: the 'arrow_schema' capsule of the object's type (the core's export, taken and released at once, so it fails as the export does).";
%nodefaultctor weaveheap__py_foreign;   /* made by a method of another class only */
%feature("docstring") weaveheap__py_foreign::close "Releases a foreign: calls the producer's `release` of the array, then of the schema, once. Fails while it is borrowed (a view or an Arrow export of it is live).\n\nA second close() after a successful one does nothing, as for files.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError, BorrowError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_foreign::length "The number of values (the array's `length`).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_foreign::null_count "The number of nulls as the producer gave it (-1, unknown, reads as the largest u64).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_foreign::offset "The array's offset, in values, into its buffers.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_foreign::num_children "The number of children (a struct's fields, a list's one).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
%feature("docstring") weaveheap__py_foreign::format "A copy of the Arrow format string (\"l\", \"u\", \"+s\", \"+l\" ...) that the caller owns (counted as a copy); free it with `free_string`.\n\nRaises OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
typedef struct weaveheap__py_foreign {
  %immutable;
  weaveheap_foreign_t handle;
  bool closed;
  %mutable;
} weaveheap__py_foreign;
%extend weaveheap__py_foreign {
  /* The destructor: best effort, never raises. */
  ~weaveheap__py_foreign() {
    if (!$self->closed && $self->owned) weaveheap_foreign_release($self->handle, NULL);
    Py_XDECREF($self->owner);
    free($self);
  }
  static weaveheap__py_foreign* from_handle(weaveheap_foreign_t handle, bool owned = true) {
    return weaveheap__py_foreign_wrap(handle, NULL, owned);
  }
  void close(weaveheap_error* out_err = NULL) {
    if ($self->closed) return;
    weaveheap_foreign_release($self->handle, out_err);
    if (out_err->code == 0) { $self->closed = true; Py_CLEAR($self->owner); }
  }
  PyObject* __enter__(PyObject* py_self) {
    Py_INCREF(py_self);
    return py_self;
  }
  /* Leaving `with` closes, once: an object closed inside the block stays so. */
  PyObject* __exit__(PyObject* py_self, PyObject* exc_type, PyObject* exc_value, PyObject* traceback) {
    (void)exc_type;
    (void)traceback;
    if ($self->closed) Py_RETURN_NONE;
    weaveheap_error err = {0, NULL};
    weaveheap_foreign_release($self->handle, &err);
    if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }
    return weaveheap__py_exit_refused(&err, exc_value, py_self);
  }
  PyObject* __repr__() {
    char text[128];
    snprintf(text, sizeof text, "<weaveheap.Foreign 0x%016llx%s>", (unsigned long long)$self->handle,
             $self->closed ? " closed" : "");
    return PyUnicode_FromString(text);
  }
  uint64_t length(weaveheap_error* out_err = NULL) {
    return weaveheap_foreign_length($self->handle, out_err);
  }
  uint64_t null_count(weaveheap_error* out_err = NULL) {
    return weaveheap_foreign_null_count($self->handle, out_err);
  }
  uint64_t offset(weaveheap_error* out_err = NULL) {
    return weaveheap_foreign_offset($self->handle, out_err);
  }
  uint64_t num_children(weaveheap_error* out_err = NULL) {
    return weaveheap_foreign_num_children($self->handle, out_err);
  }
  PyObject* format(weaveheap_error* out_err = NULL) {
    return weaveheap__pyglue_text(weaveheap_foreign_format($self->handle, out_err), weaveheap_free_string);
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
  /* The core's own export of the object (its IDL arrow export). */
  PyObject* __arrow_c_array__(PyObject* py_self, PyObject* requested_schema = NULL) {
    (void)requested_schema;
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_foreign_export_arrow, false);
  }
  PyObject* __arrow_c_schema__(PyObject* py_self) {
    return weaveheap__py_arrow_export(py_self, $self->handle, weaveheap_foreign_export_arrow, true);
  }
}

/* After the class exists: its fast methods replace SWIG's (same name, docstring and calling convention). */
%init %{
  {
    static PyMethodDef fast_defs[] = {
      {"length", (PyCFunction)(void (*)(void))weaveheap__py_foreign_fast_length, METH_NOARGS, "The number of values (the array's `length`).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"null_count", (PyCFunction)(void (*)(void))weaveheap__py_foreign_fast_null_count, METH_NOARGS, "The number of nulls as the producer gave it (-1, unknown, reads as the largest u64).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"offset", (PyCFunction)(void (*)(void))weaveheap__py_foreign_fast_offset, METH_NOARGS, "The array's offset, in values, into its buffers.\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"num_children", (PyCFunction)(void (*)(void))weaveheap__py_foreign_fast_num_children, METH_NOARGS, "The number of children (a struct's fields, a list's one).\n\nRaises StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
      {"format", (PyCFunction)(void (*)(void))weaveheap__py_foreign_fast_format, METH_NOARGS, "A copy of the Arrow format string (\"l\", \"u\", \"+s\", \"+l\" ...) that the caller owns (counted as a copy); free it with `free_string`.\n\nRaises OutOfMemoryError, StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region."},
    };
    for (size_t i = 0; i < sizeof fast_defs / sizeof fast_defs[0]; i++)
      if (weaveheap__pyglue_add_method(m, "Foreign", &fast_defs[i]) != 0) return NULL;
  }
%}
/* After the class exists: its fast view(). */
%init %{
  {
    static PyMethodDef view_def = {"view", (PyCFunction)(void (*)(void))weaveheap__py_foreign_view,
                                   METH_FASTCALL | METH_KEYWORDS, "view($self, /, writable=False)\n--\n\nA memoryview of the object's memory, without a copy, over a View that holds the borrow until the memoryview is released (mv.release(), `with`, or garbage collection); mv.obj is that View. writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view is read-only and shares the memory with other read-only views. While any view lives, closing the object or resetting or closing its region raises BorrowError."};
    if (weaveheap__pyglue_add_method(m, "Foreign", &view_def) != 0) return NULL;
  }
%}


/* -- zero-argument functions that cannot fail, registered again as ----------
 * METH_FASTCALL: SWIG -builtin registers them as METH_NOARGS, which CPython
 * 3.11 calls through a dearer path. The same C call, the same docstring. */
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

/* The core's function table as the capsule "weaveheap._C_API", numpy-style:
 * an extension built against this package calls this module's core through
 * it (PyCapsule_Import, docs/extensions.md), never a second copy. */
%init %{
  {
    PyObject* api_capsule = PyCapsule_New(weaveheap_api_table(), "weaveheap._C_API", NULL);
    if (!api_capsule || PyModule_AddObject(m, "_C_API", api_capsule) != 0) {
      Py_XDECREF(api_capsule);
      return NULL;
    }
  }
%}
