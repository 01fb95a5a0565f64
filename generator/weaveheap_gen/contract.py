"""The contract of each parameter and result in plain English, derived from
the model: who owns what, what NULL does, which threads may call. Every
target's doc comments use these, naming functions in their own way through
`name_of`."""


def param_text(p, name_of) -> str:
    t = p.type
    own = p.ownership
    if own == "own":
        if t.is_handle:
            text = "ownership moves to the core: the handle is stale once the call succeeds (unchanged if it fails)."
        else:
            text = "ownership moves to the core, which frees it."
    elif own == "out":
        if t.category == "view":
            text = (f"receives a view of `{t.view_of.name}`; it is valid exactly as long as the returned "
                    f"token, until that is released. Must not be NULL.")
        else:
            text = "filled on success, left as it was on failure. Must not be NULL."
    elif own == "shared":
        kinds = " | ".join(k.name for k in t.kinds)
        text = (f"a {kinds} handle, " if kinds else "") + \
            "borrowed shared for the call: the core reads it and keeps no reference past the call."
    elif own == "unique":
        kinds = " | ".join(k.name for k in t.kinds)
        text = (f"a {kinds} handle, " if kinds else "") + \
            "borrowed unique for the call: the caller keeps ownership; the core may write it but keeps no reference past the call."
    elif t.category == "opaque":
        text = "an address passed by value; the core keeps it for its owner and never reads what it points to."
    elif t.category == "callback":
        text = f"a function the core calls back (see {t.decl.c_name}), passed by value."
    else:
        text = "passed by value." + (f" Default {str(p.default).lower()}." if p.default is not None else "")
        text += constraint_text(p, name_of)
    if t.category == "array":
        text += f" `{p.name}_len` gives its length in bytes."
    if t.category == "anyhandle":
        text = "any handle, " + text
    if p.nullable:
        text += " May be NULL" + (" (with a length of 0)." if t.category == "array" else ".")
    elif own in ("shared", "unique") and not t.is_handle:
        text += " NULL fails with invalid_argument" + \
            (" unless the length is 0." if t.category == "array" else ".")
    return text


def constraint_text(p, name_of) -> str:
    """What `max(...)` and `pow2` ask of a value, and what breaking it gets."""
    rules = []
    if p.pow2:
        rules.append("a power of two")
    if p.maximum:
        c = p.maximum
        rules.append(f"at most {name_of(c.const) if c.const else c.value}")
    if not rules:
        return ""
    return f" Must be {' and '.join(rules)}; otherwise invalid_argument."


def result_text(f, name_of) -> str:
    r = f.result
    t = r.type
    if r.ownership == "own":
        if t.category == "handle":
            release = name_of(t.decl.release)
            fail = "; 0 on failure" if f.fallible else ""
            return f"a new {t.name} handle owned by the caller, to release with {release}{fail}."
        if t.category == "cstring":
            return "a NUL-terminated string owned by the caller, to free with " \
                   f"{name_of(f.module.library.free_string)}; NULL on failure."
        if t.category == "array":
            return "bytes owned by the caller, to free with " \
                   f"{name_of(f.module.library.free_bytes)}; NULL on failure."
    if r.ownership == "static":
        return "a static NUL-terminated string: never free it."
    if t.category == "opaque":
        return "an address the core keeps and never reads" + ("; NULL on failure." if f.fallible else ".")
    if f.fallible:
        return f"the {t.name}; 0 on failure."
    return f"the {t.name}."


def threads_text(f) -> str:
    if f.threads == "any":
        return "any thread."
    return "any thread for a thread-safe region; otherwise only the thread that is using the region."
