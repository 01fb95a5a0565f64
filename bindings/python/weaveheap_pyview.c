/* weaveheap.View (weaveheap_pyview.h). */
#include "weaveheap_pyview.h"

#include "weaveheap_pyglue.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    uint64_t handle;          /* the borrow token; stays (stale) after close() */
    void* data;               /* the core's address of the first byte */
    uint64_t length;
    bool writable;
    bool made;                /* false: made by View.__new__(View), holding nothing */
    bool closed;              /* close() succeeded: nothing left to release */
    bool owned;               /* the token is given back when the view is collected */
    PyObject* owner;          /* the object viewed; NULL for one made by from_handle() */
    Py_ssize_t exports;       /* memoryviews of this view now live */
} view_object;

static PyTypeObject* view_type;
static const weaveheap__pyview_ops* ops;

static bool made(view_object* v) {
    if (v->made) return true;
    weaveheap__pyglue_unmade((PyObject*)v);
    return false;
}

PyObject* weaveheap__pyview_new(uint64_t token, void* data, uint64_t length, bool writable, PyObject* owner) {
    view_object* v = PyObject_New(view_object, view_type);
    if (!v) {
        ops->release_quietly(token);
        return NULL;
    }
    v->handle = token;
    v->data = data;
    v->length = length;
    v->writable = writable;
    v->made = true;
    v->closed = false;
    v->owned = true;
    v->owner = owner;
    Py_XINCREF(owner);
    v->exports = 0;
    return (PyObject*)v;
}

static void view_dealloc(view_object* v) {
    if (v->made && !v->closed && v->owned) ops->release_quietly(v->handle);
    Py_XDECREF(v->owner);
    Py_TYPE(v)->tp_free((PyObject*)v);
}

static int view_init(PyObject* self, PyObject* args, PyObject* kwargs) {
    (void)args;
    (void)kwargs;
    PyErr_Format(PyExc_TypeError, "%s is made by a memory object's view() (or View.from_handle()), not called",
                 Py_TYPE(self)->tp_name);
    return -1;
}

/* -- close, with ------------------------------------------------------------- */

/* close(): a no-op once it succeeded; refused while a memoryview of the view
 * is live; otherwise the core's release, refusals and all. */
static int close_view(view_object* v) {
    if (v->closed) return 0;
    if (v->exports > 0) {
        PyErr_SetString(PyExc_BufferError, "a memoryview of this view is still live: release it first");
        return -1;
    }
    if (ops->release(v->handle) != 0) return -1;
    v->closed = true;
    Py_CLEAR(v->owner);
    return 0;
}

static PyObject* view_close(view_object* v, PyObject* unused) {
    (void)unused;
    if (!made(v) || close_view(v) != 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject* view_enter(view_object* v, PyObject* unused) {
    (void)unused;
    if (!made(v)) return NULL;
    Py_INCREF(v);
    return (PyObject*)v;
}

/* Leaving `with` closes; a refusal while the block raised is a note on the
 * block's own exception, which goes on (the view stays open). */
static PyObject* view_exit(view_object* v, PyObject* const* args, Py_ssize_t nargs) {
    if (nargs != 3) {
        PyErr_Format(PyExc_TypeError, "__exit__() takes 3 arguments (%zd given)", nargs);
        return NULL;
    }
    if (!made(v)) return NULL;
    if (close_view(v) != 0) {
        if (args[1] == Py_None) return NULL;
        weaveheap__pyglue_note_refused_close(args[1], (PyObject*)v);
    }
    Py_RETURN_NONE;
}

static PyObject* view_from_handle(PyObject* unused, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
    (void)unused;
    static const char* const names[] = {"handle", "owned"};
    PyObject* given[2] = {NULL, NULL};
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs > 2) {
        PyErr_Format(PyExc_TypeError, "from_handle() takes at most 2 arguments (%zd given)", nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) given[i] = args[i];
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject* key = PyTuple_GET_ITEM(kwnames, k);
        int at = PyUnicode_CompareWithASCIIString(key, names[0]) == 0 ? 0
                 : PyUnicode_CompareWithASCIIString(key, names[1]) == 0 ? 1 : -1;
        if (at < 0 || given[at]) {
            PyErr_Format(PyExc_TypeError, "from_handle() got an unexpected or repeated keyword argument '%U'", key);
            return NULL;
        }
        given[at] = args[nargs + k];
    }
    uint64_t token = 0;
    bool owned = true;
    if (!given[0]) {
        PyErr_SetString(PyExc_TypeError, "from_handle() missing required argument 'handle'");
        return NULL;
    }
    if (weaveheap__pyglue_unsigned(given[0], names[0], UINT64_MAX, &token) != 0) return NULL;
    if (given[1] && weaveheap__pyglue_bool(given[1], names[1], &owned) != 0) return NULL;
    /* A view of a raw token has no window: it can be closed, not read. */
    view_object* v = (view_object*)weaveheap__pyview_new(token, NULL, 0, false, NULL);
    if (v) v->owned = owned;
    return (PyObject*)v;
}

/* -- the window ---------------------------------------------------------------- */

static int view_getbuffer(view_object* v, Py_buffer* pb, int flags) {
    pb->obj = NULL;
    if (!made(v)) return -1;
    if (v->closed) {
        PyErr_SetString(PyExc_BufferError, "the view is closed: its borrow was released");
        return -1;
    }
    if (v->length > (uint64_t)PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError, "the object is larger than a Python buffer can be");
        return -1;
    }
    if (PyBuffer_FillInfo(pb, (PyObject*)v, v->data, (Py_ssize_t)v->length, !v->writable, flags) != 0) return -1;
    v->exports++;
    return 0;
}

static void view_releasebuffer(view_object* v, Py_buffer* pb) {
    (void)pb;
    v->exports--;
}

static PyObject* view_repr(view_object* v) {
    char text[192];
    snprintf(text, sizeof text, "<%s 0x%016llx of %llu bytes at %p%s%s>", Py_TYPE(v)->tp_name,
             (unsigned long long)v->handle, (unsigned long long)v->length, v->data, v->writable ? ", writable" : "",
             v->closed ? ", closed" : "");
    return PyUnicode_FromString(text);
}

static PyObject* get_handle(view_object* v, void* unused) {
    (void)unused;
    return made(v) ? PyLong_FromUnsignedLongLong(v->handle) : NULL;
}

static PyObject* get_data(view_object* v, void* unused) {
    (void)unused;
    return made(v) ? PyLong_FromVoidPtr(v->data) : NULL;
}

static PyObject* get_length(view_object* v, void* unused) {
    (void)unused;
    return made(v) ? PyLong_FromUnsignedLongLong(v->length) : NULL;
}

static PyObject* get_writable(view_object* v, void* unused) {
    (void)unused;
    return made(v) ? PyBool_FromLong(v->writable) : NULL;
}

static PyObject* get_closed(view_object* v, void* unused) {
    (void)unused;
    return made(v) ? PyBool_FromLong(v->closed) : NULL;
}

static PyGetSetDef view_getset[] = {
    {"handle", (getter)get_handle, NULL, "The borrow token (a handle of the core).", NULL},
    {"data", (getter)get_data, NULL, "The core's address of the first byte of the window.", NULL},
    {"length", (getter)get_length, NULL, "The window's length in bytes.", NULL},
    {"writable", (getter)get_writable, NULL, "Whether the window may be written through (a unique borrow).", NULL},
    {"closed", (getter)get_closed, NULL, "Whether close() succeeded: the borrow is released.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef view_methods[] = {
    {"close", (PyCFunction)view_close, METH_NOARGS, NULL},   /* its doc: from the IDL, at import */
    {"__enter__", (PyCFunction)view_enter, METH_NOARGS, NULL},
    {"__exit__", (PyCFunction)(void (*)(void))view_exit, METH_FASTCALL, NULL},
    {"from_handle", (PyCFunction)(void (*)(void))view_from_handle, METH_FASTCALL | METH_KEYWORDS | METH_STATIC,
     "from_handle(handle, owned=True)\n--\n\nWraps a raw borrow token in a new View without a window (it can be "
     "closed, not read), without asking the core. With owned=True the View releases the token when closed or "
     "collected; with owned=False only an explicit close() does."},
    {NULL, NULL, 0, NULL},
};

static PyBufferProcs view_buffer = {(getbufferproc)view_getbuffer, (releasebufferproc)view_releasebuffer};

int weaveheap__pyview_add_type(PyObject* module, const char* qualname, const char* doc, const char* close_doc,
                               const weaveheap__pyview_ops* view_ops) {
    static PyTypeObject type = {
        PyVarObject_HEAD_INIT(NULL, 0)
        .tp_basicsize = sizeof(view_object),
        .tp_flags = Py_TPFLAGS_DEFAULT,
        .tp_new = PyType_GenericNew,       /* zeroed: a view that holds nothing (made == false) */
        .tp_init = view_init,
        .tp_dealloc = (destructor)view_dealloc,
        .tp_repr = (reprfunc)view_repr,
        .tp_as_buffer = &view_buffer,
        .tp_methods = view_methods,
        .tp_getset = view_getset,
    };
    ops = view_ops;
    view_methods[0].ml_doc = close_doc;
    type.tp_name = qualname;
    type.tp_doc = doc;
    if (PyType_Ready(&type) != 0) return -1;
    view_type = &type;
    const char* dot = strrchr(qualname, '.');
    Py_INCREF(&type);
    if (PyModule_AddObject(module, dot ? dot + 1 : qualname, (PyObject*)&type) != 0) {
        Py_DECREF(&type);
        return -1;
    }
    return 0;
}
