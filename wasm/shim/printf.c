/* vsnprintf for the freestanding wasm build: the conversions the core's
 * messages use, with C's meaning. Flags '-' and '0', a width and a
 * precision (digits or '*'), lengths hh h l ll z j t, and conversions
 * d i u x X o c s p %. No floating point: the core prints none. An unknown
 * conversion is copied as it is. */
#include <stdint.h>
#include <stdio.h>

typedef struct out {
    char* buf;
    size_t cap, len; /* len counts what would have been written */
} out;

static void put(out* o, char c) {
    if (o->len + 1 < o->cap) o->buf[o->len] = c;
    o->len++;
}

static void pad(out* o, char c, int n) {
    while (n-- > 0) put(o, c);
}

/* One field: optional sign, optional prefix, digits, padded to width. */
static void field(out* o, const char* sign, const char* digits, int ndigits, int width, int left, int zero) {
    int nsign = 0;
    while (sign[nsign]) nsign++;
    int fill = width - nsign - ndigits;
    if (!left && !zero) pad(o, ' ', fill);
    for (int i = 0; i < nsign; i++) put(o, sign[i]);
    if (!left && zero) pad(o, '0', fill);
    for (int i = 0; i < ndigits; i++) put(o, digits[i]);
    if (left) pad(o, ' ', fill);
}

static int digits_of(uintmax_t v, unsigned base, int upper, int precision, char* end) {
    const char* set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char* p = end;
    while (v) {
        *--p = set[v % base];
        v /= base;
    }
    while (end - p < precision) *--p = '0';
    return (int)(end - p);
}

int vsnprintf(char* restrict buf, size_t n, const char* restrict fmt, va_list ap) {
    out o = {buf, n, 0};
    for (const char* f = fmt; *f; f++) {
        if (*f != '%') {
            put(&o, *f);
            continue;
        }
        const char* start = f++;
        int left = 0, zero = 0, width = 0, precision = -1;
        for (;; f++) {
            if (*f == '-') left = 1;
            else if (*f == '0') zero = 1;
            else break;
        }
        if (*f == '*') {
            width = va_arg(ap, int);
            if (width < 0) left = 1, width = -width;
            f++;
        } else {
            while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            precision = 0;
            if (*f == '*') {
                precision = va_arg(ap, int);
                f++;
            } else {
                while (*f >= '0' && *f <= '9') precision = precision * 10 + (*f++ - '0');
            }
        }
        int size = 0; /* -2 hh, -1 h, 0 int, 1 long, 2 long long and intmax, 3 size and ptrdiff */
        if (*f == 'h') size = f[1] == 'h' ? (f++, -2) : -1, f++;
        else if (*f == 'l') size = f[1] == 'l' ? (f++, 2) : 1, f++;
        else if (*f == 'j') size = 2, f++;
        else if (*f == 'z' || *f == 't') size = 3, f++;
        char tmp[72];
        char* end = tmp + sizeof tmp;
        switch (*f) {
        case 'd':
        case 'i': {
            intmax_t v = size == 2 ? va_arg(ap, long long) : size == 1 ? va_arg(ap, long)
                       : size == 3 ? (intmax_t)va_arg(ap, intptr_t) : va_arg(ap, int);
            if (size == -1) v = (short)v;
            if (size == -2) v = (signed char)v;
            uintmax_t mag = v < 0 ? -(uintmax_t)v : (uintmax_t)v;
            int nd = (precision == 0 && mag == 0) ? 0 : digits_of(mag, 10, 0, precision < 1 ? 1 : precision, end);
            field(&o, v < 0 ? "-" : "", end - nd, nd, width, left, zero && precision < 0);
            break;
        }
        case 'u':
        case 'x':
        case 'X':
        case 'o':
        case 'p': {
            uintmax_t v;
            if (*f == 'p') v = (uintptr_t)va_arg(ap, void*);
            else if (size == 2) v = va_arg(ap, unsigned long long);
            else if (size == 1) v = va_arg(ap, unsigned long);
            else if (size == 3) v = va_arg(ap, size_t);
            else v = va_arg(ap, unsigned);
            if (size == -1) v = (unsigned short)v;
            if (size == -2) v = (unsigned char)v;
            unsigned base = *f == 'o' ? 8 : *f == 'u' ? 10 : 16;
            int nd = (precision == 0 && v == 0) ? 0 : digits_of(v, base, *f == 'X', precision < 1 ? 1 : precision, end);
            field(&o, *f == 'p' ? "0x" : "", end - nd, nd, width, left, zero && precision < 0);
            break;
        }
        case 'c':
            tmp[0] = (char)va_arg(ap, int);
            field(&o, "", tmp, 1, width, left, 0);
            break;
        case 's': {
            const char* s = va_arg(ap, const char*);
            if (!s) s = "(null)";
            int len = 0;
            while (s[len] && (precision < 0 || len < precision)) len++;
            field(&o, "", s, len, width, left, 0);
            break;
        }
        case '%':
            put(&o, '%');
            break;
        default: /* not a conversion we know: copy it */
            for (const char* c = start; c <= f && *c; c++) put(&o, *c);
            if (!*f) f--;
            break;
        }
    }
    if (n) o.buf[o.len < n ? o.len : n - 1] = '\0';
    return o.len > INT32_MAX ? -1 : (int)o.len;
}

int snprintf(char* restrict buf, size_t n, const char* restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return k;
}
