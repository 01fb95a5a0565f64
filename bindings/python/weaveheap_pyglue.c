/* The Python side of the generated SWIG module (weaveheap_pyglue.h). */
#include "weaveheap_pyglue.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* [0] the base class, [code] the class of each code. Codes are small and
 * dense (the IDL numbers them from 1); a code past the table has no class of
 * its own and is raised as the base class. */
#define ERROR_SLOTS 64
static PyObject* error_classes[ERROR_SLOTS];
static int32_t invalid_argument_code;

/* -- errors ------------------------------------------------------------------- */

static int add_class(PyObject* module, const char* qualname, PyObject* cls) {
    const char* dot = strrchr(qualname, '.');
    Py_INCREF(cls);                       /* one for the table, one for the module */
    if (PyModule_AddObject(module, dot ? dot + 1 : qualname, cls) != 0) {
        Py_DECREF(cls);
        return -1;
    }
    return 0;
}

int weaveheap__pyglue_add_base_error(PyObject* module, const char* qualname, const char* doc) {
    PyObject* cls = PyErr_NewExceptionWithDoc(qualname, doc, NULL, NULL);
    if (!cls || PyObject_SetAttrString(cls, "code", Py_None) != 0) {
        Py_XDECREF(cls);
        return -1;
    }
    error_classes[0] = cls;
    return add_class(module, qualname, cls);
}

int weaveheap__pyglue_add_error(PyObject* module, int32_t code, const char* qualname, const char* doc,
                                int32_t parent_code, PyObject* also) {
    if (code <= 0 || code >= ERROR_SLOTS || parent_code < 0 || parent_code >= ERROR_SLOTS ||
        !error_classes[parent_code]) {
        PyErr_Format(PyExc_SystemError, "weaveheap: error code %d (parent %d) has no slot", (int)code,
                     (int)parent_code);
        return -1;
    }
    PyObject* bases = also ? PyTuple_Pack(2, error_classes[parent_code], also)
                           : PyTuple_Pack(1, error_classes[parent_code]);
    PyObject* cls = bases ? PyErr_NewExceptionWithDoc(qualname, doc, bases, NULL) : NULL;
    PyObject* number = cls ? PyLong_FromLong(code) : NULL;
    Py_XDECREF(bases);
    if (!number || PyObject_SetAttrString(cls, "code", number) != 0) {
        Py_XDECREF(number);
        Py_XDECREF(cls);
        return -1;
    }
    Py_DECREF(number);
    error_classes[code] = cls;
    return add_class(module, qualname, cls);
}

PyObject* weaveheap__pyglue_error_class(int32_t code) {
    if (code > 0 && code < ERROR_SLOTS && error_classes[code]) return error_classes[code];
    return error_classes[0];
}

void weaveheap__pyglue_raise(int32_t code, const char* message) {
    PyObject* cls = weaveheap__pyglue_error_class(code);
    PyObject* text = PyUnicode_DecodeUTF8(message, (Py_ssize_t)strlen(message), "replace");
    PyObject* exc = text ? PyObject_CallOneArg(cls, text) : NULL;
    PyObject* number = exc ? PyLong_FromLong(code) : NULL;
    if (number && PyObject_SetAttrString(exc, "code", number) == 0 &&
        PyObject_SetAttrString(exc, "message", text) == 0)
        PyErr_SetObject(cls, exc);
    Py_XDECREF(number);
    Py_XDECREF(exc);
    Py_XDECREF(text);
}

void weaveheap__pyglue_set_invalid_argument(int32_t code) {
    invalid_argument_code = code;
}

/* The exception being raised, normalized and cleared (NULL: none), and back
 * (PyErr_GetRaisedException / SetRaisedException before Python 3.12). */
static PyObject* take_exception(void) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (!type) return NULL;
    PyErr_NormalizeException(&type, &value, &tb);
    if (value && tb) PyException_SetTraceback(value, tb);
    Py_XDECREF(type);
    Py_XDECREF(tb);
    return value;
}

static void give_exception(PyObject* value) {
    if (value) PyErr_SetObject((PyObject*)Py_TYPE(value), value);
    Py_XDECREF(value);
}

void weaveheap__pyglue_invalid_argument(const char* param, const char* format, ...) {
    /* What refused the argument first (a buffer exporter's error ...) stays
     * as the new error's __context__. */
    PyObject* cause = take_exception();
    va_list ap;
    va_start(ap, format);
    PyObject* what = PyUnicode_FromFormatV(format, ap);
    va_end(ap);
    PyObject* text = what ? PyUnicode_FromFormat("%s: %U", param, what) : NULL;
    const char* utf8 = text ? PyUnicode_AsUTF8(text) : NULL;
    if (utf8) weaveheap__pyglue_raise(invalid_argument_code, utf8);
    Py_XDECREF(text);
    Py_XDECREF(what);
    if (cause) {
        PyObject* exc = take_exception();
        if (exc) PyException_SetContext(exc, cause);   /* steals cause */
        else Py_DECREF(cause);
        give_exception(exc);
    }
}

/* -- arguments ---------------------------------------------------------------- */

static const char* type_name(PyObject* o) {
    return o == Py_None ? "None" : Py_TYPE(o)->tp_name;
}

int weaveheap__pyglue_unsigned_slow(PyObject* o, const char* param, uint64_t max, uint64_t* out) {
    if (!PyIndex_Check(o)) {
        weaveheap__pyglue_invalid_argument(param, "expected an int from 0 to %llu, not %s", (unsigned long long)max,
                                           type_name(o));
        return -1;
    }
    PyObject* number = PyNumber_Index(o);
    if (!number) return -1;
    unsigned long long v = PyLong_AsUnsignedLongLong(number);   /* OverflowError below 0 and past 2**64-1 */
    if ((v == (unsigned long long)-1 && PyErr_Occurred()) || v > max) {
        PyErr_Clear();
        weaveheap__pyglue_invalid_argument(param, "%R is out of range: expected an int from 0 to %llu", number,
                                           (unsigned long long)max);
        Py_DECREF(number);
        return -1;
    }
    Py_DECREF(number);
    *out = v;
    return 0;
}

int weaveheap__pyglue_handle_arg(PyObject* o, const char* param, uint64_t* out) {
    if (PyIndex_Check(o)) return weaveheap__pyglue_unsigned(o, param, UINT64_MAX, out);
    PyObject* h = PyObject_GetAttrString(o, "handle");
    if (!h || !PyLong_CheckExact(h)) {
        Py_XDECREF(h);
        PyErr_Clear();
        weaveheap__pyglue_invalid_argument(param, "expected a weaveheap object or a handle (an int), not %s",
                                           type_name(o));
        return -1;
    }
    int rc = weaveheap__pyglue_unsigned(h, param, UINT64_MAX, out);
    Py_DECREF(h);
    return rc;
}

int weaveheap__pyglue_signed(PyObject* o, const char* param, int64_t min, int64_t max, int64_t* out) {
    if (!PyIndex_Check(o)) {
        weaveheap__pyglue_invalid_argument(param, "expected an int from %lld to %lld, not %s", (long long)min,
                                           (long long)max, type_name(o));
        return -1;
    }
    PyObject* number = PyNumber_Index(o);
    if (!number) return -1;
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(number, &overflow);
    if (v == -1 && PyErr_Occurred()) {
        Py_DECREF(number);
        return -1;
    }
    if (overflow || v < min || v > max) {
        weaveheap__pyglue_invalid_argument(param, "%R is out of range: expected an int from %lld to %lld", number,
                                           (long long)min, (long long)max);
        Py_DECREF(number);
        return -1;
    }
    Py_DECREF(number);
    *out = v;
    return 0;
}

int weaveheap__pyglue_bool(PyObject* o, const char* param, bool* out) {
    if (o == Py_True || o == Py_False) {
        *out = o == Py_True;
        return 0;
    }
    if (PyIndex_Check(o)) {
        uint64_t v = 0;
        if (weaveheap__pyglue_unsigned(o, param, 1, &v) != 0) return -1;
        *out = v != 0;
        return 0;
    }
    weaveheap__pyglue_invalid_argument(param, "expected True or False, not %s", type_name(o));
    return -1;
}

int weaveheap__pyglue_double(PyObject* o, const char* param, double* out) {
    if (PyFloat_Check(o) || PyLong_Check(o)) {
        double v = PyFloat_AsDouble(o);   /* an int past a double's range: OverflowError */
        if (!(v == -1.0 && PyErr_Occurred())) {
            *out = v;
            return 0;
        }
        PyErr_Clear();
        weaveheap__pyglue_invalid_argument(param, "the int is too large for a float");
        return -1;
    }
    weaveheap__pyglue_invalid_argument(param, "expected a float, not %s", type_name(o));
    return -1;
}

int weaveheap__pyglue_flag_arg(const char* method, const char* flag, PyObject* const* args, Py_ssize_t nargs,
                               PyObject* kwnames, bool* out) {
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    *out = false;
    if (nargs + nkw == 0) return 0;
    if (nargs + nkw > 1) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most 1 argument (%zd given)", method, nargs + nkw);
        return -1;
    }
    if (nkw == 1 && PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(kwnames, 0), flag) != 0) {
        PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", method,
                     PyTuple_GET_ITEM(kwnames, 0));
        return -1;
    }
    return weaveheap__pyglue_bool(args[0], flag, out);   /* the keyword's value follows the positionals */
}

int weaveheap__pyglue_method_args_slow(const char* method, const char* const* names, Py_ssize_t required,
                                       Py_ssize_t total, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames,
                                       PyObject** out) {
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs + nkw > total) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %zd argument%s (%zd given)", method, total,
                     total == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (Py_ssize_t i = 0; i < total; i++) out[i] = i < nargs ? args[i] : NULL;
    for (Py_ssize_t k = 0; k < nkw; k++) {   /* the keywords' values follow the positionals */
        PyObject* key = PyTuple_GET_ITEM(kwnames, k);
        Py_ssize_t i = 0;
        while (i < total && PyUnicode_CompareWithASCIIString(key, names[i]) != 0) i++;
        if (i == total) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %s()", key, method);
            return -1;
        }
        if (out[i]) {
            PyErr_Format(PyExc_TypeError, "argument for %s() given by name ('%s') and position (%zd)", method,
                         names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (Py_ssize_t i = 0; i < required; i++) {
        if (!out[i]) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s' (pos %zd)", method, names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

int weaveheap__pyglue_text_or_none(PyObject* o, const char* param, const char** out) {
    if (o == Py_None) {
        *out = NULL;
        return 0;
    }
    if (!PyUnicode_Check(o)) {
        weaveheap__pyglue_invalid_argument(param, "expected a str, not %s", type_name(o));
        return -1;
    }
    *out = PyUnicode_AsUTF8(o);
    return *out ? 0 : -1;
}

int weaveheap__pyglue_bytes_in_slow(PyObject* o, const char* param, weaveheap__pyglue_bytes_in* b) {
    if (PyUnicode_Check(o)) {
        /* surrogatepass: a lone surrogate reaches the core, which names it */
        b->utf8 = PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass");
        if (!b->utf8) return -1;
        b->data = (const uint8_t*)PyBytes_AS_STRING(b->utf8);
        b->length = (uint64_t)PyBytes_GET_SIZE(b->utf8);
        return 0;
    }
    if (PyObject_CheckBuffer(o)) return -1;             /* the exporter's own refusal is raised */
    weaveheap__pyglue_invalid_argument(param, "expected a bytes-like object or a str, not %s", type_name(o));
    return -1;
}

int weaveheap__pyglue_bytes_out_get(PyObject* o, const char* param, Py_buffer* view) {
    if (!PyObject_CheckBuffer(o)) {
        weaveheap__pyglue_invalid_argument(param, "expected a writable bytes-like object (bytearray, memoryview ...), "
                                                  "not %s", type_name(o));
        return -1;
    }
    if (PyObject_GetBuffer(o, view, PyBUF_WRITABLE) == 0) return 0;
    if (PyErr_ExceptionMatches(error_classes[0])) return -1;   /* the exporter's own refusal */
    weaveheap__pyglue_invalid_argument(param, "expected a writable bytes-like object, not a read-only %s",
                                       type_name(o));
    return -1;
}

/* -- results ------------------------------------------------------------------ */

PyObject* weaveheap__pyglue_text(char* text, void (*free_text)(const char*)) {
    if (!text) return NULL;
    PyObject* s = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "surrogateescape");
    free_text(text);
    return s;
}

PyObject* weaveheap__pyglue_bytes(uint8_t* data, uint64_t length, void (*free_bytes)(uint8_t*, uint64_t)) {
    if (!data) return NULL;
    PyObject* b = length <= (uint64_t)PY_SSIZE_T_MAX ? PyBytes_FromStringAndSize((const char*)data, (Py_ssize_t)length)
                                                     : PyErr_NoMemory();
    free_bytes(data, length);
    return b;
}

int weaveheap__pyglue_dict_put(PyObject* dict, const char* key, PyObject* value) {
    int rc = value ? PyDict_SetItemString(dict, key, value) : -1;
    Py_XDECREF(value);
    return rc;
}

PyObject* weaveheap__pyglue_struct_repr(const char* name, PyObject* dict) {
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

/* -- objects ------------------------------------------------------------------ */

int weaveheap__pyglue_add_method(PyObject* module, const char* name, PyMethodDef* def) {
    PyObject* type = PyObject_GetAttrString(module, name);
    if (!type) return -1;
    int rc = -1;
    PyObject* method = PyType_Check(type) ? PyDescr_NewMethod((PyTypeObject*)type, def) : NULL;
    if (method && PyDict_SetItemString(((PyTypeObject*)type)->tp_dict, def->ml_name, method) == 0) {
        PyType_Modified((PyTypeObject*)type);
        rc = 0;
    } else if (!PyErr_Occurred()) {
        PyErr_Format(PyExc_SystemError, "weaveheap: %s is not a class", name);
    }
    Py_XDECREF(method);
    Py_DECREF(type);
    return rc;
}

void weaveheap__pyglue_unmade(PyObject* self) {
    weaveheap__pyglue_invalid_argument(
        "self", "this %s was made by %s.__new__() without its constructor: it holds no object", type_name(self),
        type_name(self));
}

void weaveheap__pyglue_note_refused_close(PyObject* exc, PyObject* what) {
    PyObject* value = take_exception();
    PyObject* note = PyUnicode_FromFormat(
        "weaveheap: leaving the `with` block did not close %R: %s: %S. It stays open: close() it once what "
        "blocked it is gone (a view released), or the garbage collector releases it, best effort, when the "
        "last reference to it goes.", what, value ? Py_TYPE(value)->tp_name : "error", value ? value : Py_None);
    Py_XDECREF(value);
    if (!note) {
        PyErr_Clear();
        return;
    }
    /* PEP 678: add_note() from 3.11, the __notes__ list it fills before. */
    PyObject* r = PyObject_HasAttrString(exc, "add_note") ? PyObject_CallMethod(exc, "add_note", "O", note) : NULL;
    if (!r) {
        PyErr_Clear();
        PyObject* notes = PyObject_GetAttrString(exc, "__notes__");
        if (!notes) {
            PyErr_Clear();
            notes = PyList_New(0);
            if (notes && PyObject_SetAttrString(exc, "__notes__", notes) != 0) Py_CLEAR(notes);
        }
        if (notes && PyList_Check(notes)) PyList_Append(notes, note);
        Py_XDECREF(notes);
        PyErr_Clear();
    }
    Py_XDECREF(r);
    Py_DECREF(note);
}
