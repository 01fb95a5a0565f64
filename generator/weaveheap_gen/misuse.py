"""The misuse matrix: for every function that takes a handle or a bounded
integer, each way a caller can get it wrong, the error class every binding
must raise, and the counter that must count the refusal (once). Derived from
the surface, so a new IDL function gets its misuse tests in every language
without anyone writing them.

A case is made only where the function declares the error it expects: the
IDL's `errors(...)` lists are the contract the tests hold each binding to.

Every case runs the same way in every language, its steps derived once here
(`plan`) and only spelled by each language (a `Renderer`):
  1. make a region (with `region_options` when the case needs a byte limit)
     and the objects the call needs, with the sample arguments below (a
     writable object filled with FILL), and remember the bytes of the memory
     objects;
  2. put the target into the misused state (closed, reused, region
     destroyed, viewed, adopted under the wrong class ...);
  3. snapshot the process-wide stats;
  4. make the call with the misused argument: it must raise `error`;
  5. the stats are unchanged but for `counter`, which moved by exactly one;
     the views held are closed, and the bytes of every memory object still
     alive are unchanged.
A case a language cannot write (NOT_EXPRESSIBLE, by what the case needs) is
listed with the reason in its tests, never skipped.

Rules every binding keeps so that these hold: a wrapper never answers for
the core (a call on a closed object goes to the core, which refuses it and
counts the refusal); close() after a successful close() is a no-op, so a
double release is made with a second wrapper of the same handle (adopted
from it); a null is refused by the binding with invalid_argument naming the
parameter (in C a NULL pointer is, and a null handle is the handle 0, which
is forged_handle)."""
from dataclasses import dataclass, field
from typing import Optional, Union

from .diagnostics import IdlError
from .model import RANGES
from .surface import Callable, Class, ErrorClass, Param, Surface

MISUSES = {
    "stale": "the object was closed before the call",
    "reused": "the object was closed and its slot now holds a newer object",
    "forged": "a handle that was never issued",
    "wrong_kind": "a live object of another class, adopted under this one",
    "after_region_destroy": "the object's region was destroyed before the call",
    "double_release": "a second wrapper of an already released handle is closed",
    "borrow_conflict": "a view is taken while a conflicting view is live",
    "while_borrowed": "the call needs the object (or its region) free of the view that is live",
    "invalid_utf8": "text that is not UTF-8",
    "absurd_value": "an integer far out of range (sizes of 2^32 and more on every target width)",
    "bad_alignment": "an integer that must be a power of two and is not",
    "null": "null (None, nil) where a value is required",
}

# The bytes a memory object is made with, and the text of strings: ASCII, so
# the same in every language.
SAMPLE_TEXT = "hello"
SAMPLE_SIZE = 16                  # a buffer's size: room for the sample bytes
SAMPLE_DST = 4                    # the length of a `bytes_out` destination
SAMPLE_FLOAT = 1.5                # a float: exact in f32 and f64
INVALID_UTF8 = b"\xc3\x28\xff"    # a broken two-byte sequence, then a byte UTF-8 never uses
BYTE_LIMIT = 1 << 20              # the limited region of absurd-size cases
BYTE_LIMIT_FIELD = "byte_limit"   # the field of the root constructor's options that takes it

U64 = (1 << 64) - 1


@dataclass
class Arg:
    """A sample argument: what a valid call passes for `param`."""
    param: Param
    value: Union[int, bool, bytes, str, None, dict, "Class"]   # a Class: an object of it; a dict: a struct's fields


@dataclass
class Case:
    callable: Callable
    misuse: str
    target: Optional[Param]           # the misused parameter; None: the receiver
    cls: Optional[Class]              # the class of the object the call is made on; None: a library function
    error: ErrorClass                 # what every binding must raise
    counter: Optional[str]            # the stats field that counts the refusal; None: nothing moves
    value: Union[int, bytes, None] = None        # absurd_value, bad_alignment, invalid_utf8
    other: Optional[Class] = None     # wrong_kind: the class whose live object is passed
    view: Optional[str] = None        # while_borrowed / borrow_conflict: the live view ("shared"/"unique")
    viewed: Optional[Class] = None    # while_borrowed: the class of the viewed object (the receiver's, or an object in the region)
    asked: Optional[str] = None       # borrow_conflict: the view the call asks for
    byte_limit: Optional[int] = None  # the region's byte limit, when the case needs one
    args: list[Arg] = field(default_factory=list)

    @property
    def id(self) -> str:
        """A name for the test: unique within the matrix, an identifier in every language."""
        parts = [self.callable.fn.module.name, self.callable.fn.name, self.cls.name if self.cls else "lib",
                 self.misuse]
        if self.target is not None:
            parts.append(self.target.name)
        if self.other is not None:
            parts.append(self.other.name)
        if self.view:
            parts.append(self.view)
        if self.asked:
            parts.append(self.asked)
        if isinstance(self.value, int) and self.misuse in ("absurd_value", "bad_alignment"):
            parts.append(f"{self.value:x}")
        if self.byte_limit:
            parts.append("limited")
        return "_".join(parts)

    @property
    def why(self) -> str:
        return MISUSES[self.misuse]

    def describe(self, error: str) -> str:
        """The case in a sentence, for its test's doc; `error` is how the
        language spells the expected error."""
        return (f"{self.callable.name} ({self.misuse}): {self.why}; expects {error}"
                + (f", {self.counter} +1." if self.counter else ", no counter moving."))


@dataclass
class Matrix:
    surface: Surface
    cases: list[Case]
    fixtures: dict                    # Class -> (Callable that makes it, [Arg]): how to make an object
    limit: Optional[tuple] = None     # (Class, Param, Field): where a case's byte_limit goes when making the region

    def of(self, misuse: str) -> list[Case]:
        return [c for c in self.cases if c.misuse == misuse]


# -- sample values -------------------------------------------------------------------
def sample(p: Param):
    """A value with which a call succeeds."""
    if p.shape == "object":
        return p.classes[0]
    if p.shape == "any_handle":
        return p.classes[0]
    if p.shape == "int":
        if p.default is not None:
            return p.default
        if p.idl.maximum is not None:        # a size: room for the sample bytes
            return min(SAMPLE_SIZE, p.idl.maximum.value)
        return 0
    if p.shape == "float":
        return SAMPLE_FLOAT
    if p.shape == "bool":
        return bool(p.default)
    if p.shape == "enum":
        return p.enum.members[0].value
    if p.shape == "bytes_in":
        return SAMPLE_TEXT.encode()
    if p.shape == "bytes_out":
        return SAMPLE_DST
    if p.shape == "text_in":
        return SAMPLE_TEXT
    if p.shape == "struct_in":
        return None
    raise IdlError(p.idl.pos, f"misuse matrix: no sample value for a '{p.shape}' parameter")


def _args(c: Callable) -> list[Arg]:
    return [Arg(p, sample(p)) for p in c.params]


def _fixtures(s: Surface) -> dict:
    """How to make an object of every user class: its constructor, or the
    first method of another class that makes it."""
    out = {}
    for cls in s.user_classes:
        maker = cls.constructor or next((c for c in cls.made_by if c.role == "method"), None)
        if maker is None:
            raise IdlError(cls.handle.pos, f"misuse matrix: nothing makes a '{cls.name}'")
        out[cls] = (maker, _args(maker))
    return out


# -- the cases -------------------------------------------------------------------------
def counter_of(error: ErrorClass) -> Optional[str]:
    """The stats field that counts a refusal with `error` (None: none does)."""
    if error.member.name in ("stale_handle", "reused_handle", "forged_handle", "wrong_kind"):
        return "stale_rejected"
    if error.member.name in ("borrowed", "borrow_conflict"):
        return "borrow_conflicts"
    return None


def _absurd_values(p: Param) -> list[tuple[int, str, Optional[int]]]:
    """(value, error name, byte limit) for an integer parameter."""
    top = RANGES[p.type][1]
    mx = p.idl.maximum
    out = []
    if mx is not None:
        if mx.value < top:
            out += [(mx.value + 1, "invalid_argument", None), (top, "invalid_argument", None)]
        if p.type == "u64" and mx.value >= 1 << 40:
            # Sizes the type and the constraint allow but no memory has:
            # out_of_memory on every width, wasm32 included. Past a byte
            # limit from 2^32 up; without one from 2^40 up (a 64-bit process
            # may really get 4 GiB).
            out += [(v, "out_of_memory", BYTE_LIMIT) for v in ((1 << 32) + 16, 1 << 40, mx.value)]
            out += [(v, "out_of_memory", None) for v in (1 << 40, mx.value)]
    elif p.type == "u64":
        for v in (1 << 32) + 16, 1 << 40, U64:
            out.append((v, "out_of_range", None))
    return out


def build(s: Surface) -> Matrix:
    fixtures = _fixtures(s)
    cases: list[Case] = []
    token = s.token_class

    def add(c, misuse, cls, error_name, **kw):
        # A null is refused by the binding itself (C: a NULL pointer, or the
        # handle 0, which is forged), whatever the function declares.
        error = s.glue_error("argument") if misuse == "null" else c.declared(error_name)
        if error is None:
            return
        case = Case(c, misuse, kw.pop("target", None), cls, error, counter_of(error), **kw)
        case.args = _args(c)
        cases.append(case)

    for c in s.public:
        if c.role == "view_release":
            receivers = [token] if token else []
        else:
            receivers = list(c.classes) if c.receiver is not None else []
        for cls in receivers:
            others = [o for o in s.user_classes if o is not cls and o not in c.classes]
            if cls.is_token:
                # a view's own close: a closed view's close is a no-op, so only
                # a second view of the same token can release it twice
                add(c, "double_release", cls, "stale_handle")
                continue
            if c.role != "release":
                # close() after a successful close() is a no-op in every
                # language, as for files: a second release is double_release
                add(c, "stale", cls, "stale_handle")
            add(c, "reused", cls, "reused_handle")
            add(c, "forged", cls, "forged_handle")
            if others:
                add(c, "wrong_kind", cls, "wrong_kind", other=others[0])
            if cls.parent is not None:
                add(c, "after_region_destroy", cls, "stale_handle")
            if c.role == "release":
                add(c, "double_release", cls, "stale_handle")
            add(c, "null", cls, "invalid_argument")
            own = c.receiver.ownership if c.receiver is not None else None
            if c.role == "view":
                mine = c.receiver.ownership
                for held in ("shared", "unique"):
                    if mine == "unique" or held == "unique":
                        add(c, "borrow_conflict", cls, "borrow_conflict", view=held, asked=mine)
            elif c.declared("borrowed") and own is not None:
                held = "unique" if own == "shared" else "shared"
                if cls.memory:
                    add(c, "while_borrowed", cls, "borrowed", view=held, viewed=cls)
                else:
                    for viewed in s.memory_classes:
                        if viewed.parent is cls:
                            add(c, "while_borrowed", cls, "borrowed", view=held, viewed=viewed)
                            break
        for p in c.params:
            cls = c.classes[0] if c.classes else None
            if cls is None and p.shape not in ("object", "any_handle"):
                continue
            if p.shape in ("object", "any_handle"):
                target_cls = p.classes[0]
                add(c, "stale", target_cls, "stale_handle", target=p)
                add(c, "forged", target_cls, "forged_handle", target=p)
                add(c, "reused", target_cls, "reused_handle", target=p)
                if not p.nullable:
                    add(c, "null", target_cls, "invalid_argument", target=p)
            elif p.shape in ("bytes_in", "bytes_out", "text_in") and not p.nullable:
                add(c, "null", cls, "invalid_argument", target=p)
            if p.shape in ("bytes_in", "text_in") and c.declared("invalid_utf8"):
                add(c, "invalid_utf8", cls, "invalid_utf8", target=p, value=INVALID_UTF8)
            if p.shape == "int":
                for v, err, limit in _absurd_values(p):
                    add(c, "absurd_value", cls, err, target=p, value=v, byte_limit=limit)
                if p.idl.pow2:
                    for v in (0, 3, 24):
                        add(c, "bad_alignment", cls, "invalid_argument", target=p, value=v)
    ids = [c.id for c in cases]
    dup = {i for i in ids if ids.count(i) > 1}
    # an invariant of the ids, not of the IDL
    assert not dup, f"misuse matrix: duplicate case ids {sorted(dup)}"
    limit = _limit(s)
    if limit is None and any(c.byte_limit for c in cases):
        raise IdlError(s.lib.pos, f"misuse matrix: the absurd-size cases make a region with a byte limit, "
                                  f"but no root constructor's options have '{BYTE_LIMIT_FIELD}'")
    return Matrix(s, cases, fixtures, limit)


def _limit(s: Surface) -> Optional[tuple]:
    """The root class, its constructor's struct parameter and that struct's
    BYTE_LIMIT_FIELD: how a binding makes a region with a byte limit."""
    for cls in s.root_classes:
        for p in cls.constructor.params:
            if p.shape == "struct_in":
                fl = next((f for f in p.struct.fields if f.name == BYTE_LIMIT_FIELD), None)
                if fl is not None:
                    return (cls, p, fl)
    return None


def forged_handle(cls: Class) -> int:
    """A handle with `cls`'s kind bits that no table ever issued (its page or
    region index is far past what exists)."""
    return (cls.handle.number << 60) | 0x0FFF_FFFF_0000_0001



# -- the steps of a case ---------------------------------------------------------------
# Every language's generated misuse test performs these steps, derived here
# once: a language only spells them (a Renderer), and a step it cannot spell
# makes the case one of its "not expressible" entries (`not_expressible`),
# never a skipped test.

# What a writable object is filled with once made (by its class's
# write_back): every byte set, none like the sample bytes a misused call
# passes, so that a refused write that wrote anyway shows.
FILL = bytes(range(0xa0, 0xa0 + SAMPLE_SIZE))

# What a case may need a language to be able to say (Plan.needs), of what
# some languages cannot.
NEEDS = {
    "null:receiver": "a null receiver",
    "null:bytes_in": "a null for the bytes a call reads",
    "null:bytes_out": "a null for the buffer a call fills",
    "null": "a null",
    "forged": "a handle never issued",
    "wrong_kind": "an object adopted under another class",
    "second_wrapper": "a second wrapper of one handle",
}

# What each language (api.LANGUAGES) cannot express, by what a case needs
# (Plan.needs: `null:bytes_in`; `null` for every null), and why: its tests
# list those cases with the reason (docs/api.md and docs/<language>.md say
# them too). `{param}` is the language's name of the parameter a null is
# passed for.
NOT_EXPRESSIBLE = {
    "c": {},
    "javascript": {},
    "python": {
        "null:receiver": "Python cannot call a method on None: `None.close()` is an AttributeError and "
                         "`Class.method(None)` is refused by CPython's method descriptor (TypeError) before "
                         "any binding code runs",
    },
    "go": {
        "null:bytes_in": "a nil []byte is Go's empty slice, a valid value (an empty write, an "
                         "empty bytes object), not a missing one",
        "null:bytes_out": "a nil []byte is Go's empty slice, a valid value (a read of 0 bytes), "
                          "not a missing one",
    },
    "java": {
        "null:receiver": "a method called on a null reference throws the JVM's NullPointerException "
                         "before any code of the binding runs",
    },
    "swift": {
        "null:receiver": "the receiver: a method is never called on nil (`x?.f()` skips the call)",
        "null": "`{param}` is not optional: nil does not compile",
    },
    "wit": {
        "forged": "a handle that was never issued cannot be named: a host holds resources, which are "
                  "entries of its own table, never the core's handles (below the component model a rep "
                  "that names no cell is the core's forged_handle: test_component.py)",
        "null": "WIT has no null: a resource, list or string argument is always a value",
        "wrong_kind": "a resource of another type is refused by the host's type check before the "
                      "component is entered (wasmtime: mismatched resource types)",
        "second_wrapper": "a closed object is closed again only through a second wrapper of its handle, "
                          "and no second resource of one object can be made (nothing adopts a raw "
                          "handle): close() on the closed resource itself is a no-op",
    },
}


@dataclass
class Make:
    """An object a case makes, held in variable `var`. `how`:
      region   a root object (the case's region, or a newer one in its slot),
               made by `maker` (its class's constructor) with `args`; with
               `byte_limit` when set, which is then in `args` too: the value
               of the options parameter is {field: limit} (Matrix.limit)
      fixture  made by `maker` (Matrix.fixtures[cls]) with `args`, on the
               object in `of` (None: `maker` is a constructor)
      forged   a wrapper of forged_handle(cls)
      adopt    a second wrapper, under `cls`, of the handle of the object in
               `of` (of another class: the wrong kind)
      view     a view (`access`: shared or unique) of the object in `of`;
               `cls` is the token class"""
    var: str
    cls: Class
    how: str
    of: Optional[str] = None
    access: Optional[str] = None
    maker: Optional[Callable] = None
    args: list[Arg] = field(default_factory=list)
    byte_limit: Optional[int] = None
    objects: dict = field(default_factory=dict)   # a fixture's object parameter's name -> the object's var


@dataclass
class CallArg:
    """An argument of a call. kind: value (`value`: a sample or the misused
    value; a bytes_out's is its length), object (the object in `var`), null."""
    param: Param
    kind: str
    value: Union[int, bool, bytes, str, None] = None
    var: Optional[str] = None


@dataclass
class Step:
    """What is done before the call, in order:
      make      make `make` (into `var`)
      fill      write FILL at offset 0 of the writable object in `var`: a
                call of its class's write_back with `args`
      remember  note the bytes of every object of `Plan.unchanged`: made and
                filled by then, before any view is taken
      close     close the object (or view) in `var`: its class's close(),
                which succeeds"""
    what: str
    var: Optional[str] = None
    make: Optional[Make] = None
    args: list[CallArg] = field(default_factory=list)


@dataclass
class Plan:
    case: Case
    steps: list[Step]                # makes and fills, remember, then the misused state
    receiver: Optional[str]          # the variable the call is made on; None: a library function (or null)
    null_receiver: bool              # the receiver is null (nil, None)
    receiver_class: Optional[Class]  # the class of the receiver (also when it is null)
    args: list[CallArg]              # one per public parameter of the call
    access: Optional[str]            # a view call: the borrow it asks for ("shared" | "unique")
    views: list[str]                 # the views held during the call: closed after it
    unchanged: list[str]             # memory objects whose bytes must be the same after the call
    regions: list[str]               # the roots still open after the call: closed at the end
    holders: list[str] = field(default_factory=list)  # objects holding others: closed after the call

    @property
    def makes(self) -> list[Make]:
        return [st.make for st in self.steps if st.what == "make"]

    def made(self, var: str) -> Make:
        return next(mk for mk in self.makes if mk.var == var)

    @property
    def null_param(self) -> Optional[str]:
        """The IDL name of the parameter a null is passed for (the receiver's
        for a null receiver): the error message must name it."""
        if self.null_receiver:
            c = self.case.callable
            return (c.fn.receiver or c.fn.params[0]).name
        return next((a.param.name for a in self.args if a.kind == "null"), None)

    @property
    def used(self) -> set:
        """The variables referred to after they are made."""
        out = {mk.of for mk in self.makes} | {st.var for st in self.steps if st.what in ("close", "fill")}
        out |= {a.var for a in self.args} | {self.receiver} | set(self.views) | set(self.unchanged)
        return out - {None}

    @property
    def needs(self) -> list[str]:
        """What the case needs a language to be able to say, of what some
        cannot: null:receiver, null:<shape of the parameter>, forged (a
        handle never issued), wrong_kind (an object adopted under another
        class), second_wrapper (a second wrapper of one handle)."""
        out = ["null:receiver"] if self.null_receiver else []
        out += [f"null:{a.param.shape}" for a in self.args if a.kind == "null"]
        for mk in self.makes:
            if mk.how == "forged":
                out.append("forged")
            elif mk.how == "adopt":
                out.append("wrong_kind" if self.made(mk.of).cls is not mk.cls else "second_wrapper")
        return out


def reason_key(p: Plan, reasons: dict) -> Optional[str]:
    """The key of `reasons` (NOT_EXPRESSIBLE[language]) that keeps the case
    from being a test in that language, or None."""
    for need in p.needs:
        for key in (need, need.split(":")[0]):
            if key in reasons:
                return key
    return None


def not_expressible(p: Plan, reasons: dict, param=lambda name: name) -> Optional[str]:
    """Why a language cannot write the case (its reason in `reasons`, with
    `{param}` the null parameter as `param` spells it), or None."""
    key = reason_key(p, reasons)
    if key is None:
        return None
    return reasons[key].format(param=param(p.null_param) if p.null_param else "")


def plan(m: Matrix, case: Case) -> Plan:
    """The steps of `case`, as the module docstring describes them: which
    objects to make and how, what to do to them, and the call."""
    s = m.surface
    c = case.callable
    root = s.root_classes[0]
    setup: list[Step] = []           # the objects the case needs, made and filled
    state: list[Step] = []           # then the misused state
    made: dict[str, Make] = {}
    closed: list[str] = []

    def make(mk: Make, later=False) -> str:
        made[mk.var] = mk
        steps = state if later else setup
        steps.append(Step("make", mk.var, mk))
        if mk.how in ("region", "fixture") and mk.cls.writable:
            wb = mk.cls.write_back
            steps.append(Step("fill", mk.var, args=[CallArg(wb.params[0], "value", 0),
                                                    CallArg(wb.params[1], "value", FILL)]))
        return mk.var

    def region(var, byte_limit=None, later=False) -> str:
        args = _args(root.constructor)
        if byte_limit is not None:      # the options the limit goes in: {field: limit}
            _, options, limit = m.limit
            args = [Arg(a.param, {limit.name: byte_limit}) if a.param is options else a for a in args]
        return make(Make(var, root, "region", maker=root.constructor, args=args, byte_limit=byte_limit), later)

    def fixture(var, cls, of, later=False, objects=None) -> str:
        maker, args = m.fixtures[cls]
        # A maker's object parameters (a list's child column) are objects made
        # first; the object made holds them (a borrow) until it is closed.
        if objects is None:
            objects = {a.param.name: obj(a.param.classes[0], f"{var}_{a.param.name}")
                       for a in args if a.param.shape in ("object", "any_handle")}
        return make(Make(var, cls, "fixture", of, maker=maker, args=args, objects=objects), later)

    def obj(cls: Class, var: str) -> str:
        """A live object of `cls`: the case's region, or one made by its fixture."""
        if cls is root:
            return "region"
        if var not in made:
            maker = m.fixtures[cls][0]
            of = obj(maker.classes[0], var + "_parent") if maker.receiver is not None else None
            fixture(var, cls, of)
        return var

    def close(var):
        state.append(Step("close", var))
        closed.append(var)

    def renew(var: str, cls: Class) -> str:
        """Close the object in `var`, then make a newer one of its class,
        which takes the slot `var`'s handle named."""
        close(var)
        if cls is root:
            return region("newer", later=True)
        # the same objects, free again: made anew, they would take the slot
        return fixture("newer", cls, made[var].of, later=True, objects=made[var].objects)

    def holders() -> list:
        """The live objects that hold others (a list its child): closed before
        their region, whose destroy refuses while they hold."""
        return [v for v, mk in made.items() if mk.how == "fixture" and mk.objects and alive(v)]

    def fail(what):
        raise IdlError(c.fn.pos, f"misuse plan: no steps for {case.id} ({what})")

    def alive(var) -> bool:
        return var not in closed and (made[var].of is None or alive(made[var].of))

    region("region", case.byte_limit)
    # the case's class is the receiver's, unless an object parameter is misused
    target = case.target
    if c.role == "view_release":
        recv_cls = s.token_class
    elif c.receiver is None:
        recv_cls = None
    elif target is not None and target.shape in ("object", "any_handle"):
        recv_cls = c.classes[0]
    else:
        recv_cls = case.cls
    receiver = None
    null_receiver = False
    views: list[str] = []
    mis = case.misuse

    if recv_cls is not None:
        if target is not None or mis in ("invalid_utf8", "absurd_value", "bad_alignment"):
            receiver = obj(recv_cls, "recv")
        elif mis == "null":
            null_receiver = True
        elif mis == "stale":
            receiver = obj(recv_cls, "recv")
            close(receiver)
        elif mis == "reused":
            receiver = obj(recv_cls, "recv")
            renew(receiver, recv_cls)
            if c.role == "release":      # its own close() is now a no-op: a second wrapper
                receiver = make(Make("again", recv_cls, "adopt", receiver), later=True)
        elif mis == "forged":
            receiver = make(Make("recv", recv_cls, "forged"), later=True)
        elif mis == "wrong_kind":
            other = obj(case.other, "other")
            receiver = make(Make("recv", recv_cls, "adopt", other), later=True)
        elif mis == "after_region_destroy":
            receiver = obj(recv_cls, "recv")
            held = holders()
            for v in held:
                close(v)
            close("region")
            if receiver in held:         # closed first (its close() is now a no-op): a second wrapper
                receiver = make(Make("again", recv_cls, "adopt", receiver), later=True)
        elif mis == "double_release" and recv_cls.is_token:
            viewed = obj(s.memory_classes[0], "viewed")
            make(Make("first", recv_cls, "view", viewed, "shared"), later=True)
            close("first")
            receiver = make(Make("recv", recv_cls, "adopt", "first"), later=True)
        elif mis == "double_release":
            first = obj(recv_cls, "recv")
            close(first)
            receiver = make(Make("again", recv_cls, "adopt", first), later=True)
        elif mis == "borrow_conflict":
            receiver = obj(recv_cls, "recv")
            views.append(make(Make("held", s.token_class, "view", receiver, case.view), later=True))
        elif mis == "while_borrowed":
            receiver = obj(recv_cls, "recv")
            viewed = receiver if case.viewed is recv_cls else obj(case.viewed, "viewed")
            views.append(make(Make("held", s.token_class, "view", viewed, case.view), later=True))
        else:
            fail("the receiver")

    args = []
    for a in case.args:
        p = a.param
        if p is not target:
            if p.shape in ("object", "any_handle"):
                args.append(CallArg(p, "object", var=obj(p.classes[0], f"arg_{p.name}")))
            else:
                args.append(CallArg(p, "value", a.value))
            continue
        if mis == "null":
            args.append(CallArg(p, "null"))
        elif mis in ("invalid_utf8", "absurd_value", "bad_alignment"):
            args.append(CallArg(p, "value", case.value))
        elif mis == "forged":
            args.append(CallArg(p, "object", var=make(Make(f"arg_{p.name}", case.cls, "forged"), later=True)))
        elif mis in ("stale", "reused"):
            var = obj(case.cls, f"arg_{p.name}")
            if mis == "stale":
                close(var)
            else:
                renew(var, case.cls)
            args.append(CallArg(p, "object", var=var))
        else:
            fail(f"the argument '{p.name}'")

    unchanged = [v for v, mk in made.items() if mk.how == "fixture" and mk.cls.memory and alive(v)]
    steps = setup + state
    # remember the bytes once every object is made, before any view is taken
    first_view = next((i for i, st in enumerate(steps) if st.what == "make" and st.make.how == "view"), len(steps))
    assert all(st.make.how != "fixture" for st in steps[first_view:] if st.what == "make"), case.id
    steps.insert(first_view, Step("remember"))
    regions = [v for v, mk in made.items() if mk.how == "region" and alive(v)]
    return Plan(case, steps, receiver, null_receiver, recv_cls, args,
                c.receiver.ownership if c.role == "view" else None, views, unchanged, regions, holders())


def plans(m: Matrix) -> list[Plan]:
    return [plan(m, c) for c in m.cases]


def render(m: Matrix, renderer, language: str, param=lambda name: name) -> tuple[list, list]:
    """Every case of the matrix through `renderer(m, case)` (a Renderer of
    `language`): (the renderers of the cases the language writes as tests,
    [(renderer, why)] of those it cannot express, NOT_EXPRESSIBLE[language]
    with `param` spelling a parameter's name)."""
    written, skipped = [], []
    for case in m.cases:
        r = renderer(m, case)
        why = not_expressible(r.plan, NOT_EXPRESSIBLE[language], param)
        if why:
            skipped.append((r, why))
        else:
            written.append(r)
    return written, skipped


class Renderer:
    """Walks a case's plan and asks a language for the statements of each
    step: every language's generated misuse test is a subclass of it, which
    spells each hook. `lines()` is the body of the case's test."""

    def __init__(self, m: Matrix, case: Case):
        self.m, self.case = m, case
        self.plan = plan(m, case)
        self.vars: dict = {}             # variable -> its Class

    # the hooks: each returns statements (a list of lines) or an expression
    null = "null"                        # the language's null, for an argument

    def preamble(self) -> list[str]:
        return []

    def make(self, mk: Make) -> list[str]:
        raise NotImplementedError

    def must(self, call: str, what: str) -> list[str]:
        """The statements of a call that must succeed (`what` says what it does)."""
        raise NotImplementedError

    def fill(self, var: str, cls: Class, args: list[str]) -> list[str]:
        """Write FILL into the object: `args` are the write_back's arguments."""
        return self.must(self.call(cls.write_back, var, args), f"fill the {var}")

    def remember(self, vars: list[str]) -> list[str]:
        """Note the bytes of the objects in `vars` (never empty)."""
        raise NotImplementedError

    def close(self, var: str, cls: Class) -> list[str]:
        return self.must(self.call(cls.release, var, []), f"close the {var}")

    def value(self, p: Param, value) -> str:
        """A sample or misused value of parameter `p` (a bytes_out's: its length)."""
        raise NotImplementedError

    def fixture_call_args(self, mk: Make) -> list[CallArg]:
        """The arguments of a fixture's maker: values, and the objects it takes."""
        return [CallArg(a.param, "object", var=mk.objects[a.param.name]) if a.param.name in mk.objects
                else CallArg(a.param, "value", a.value) for a in mk.args]

    def fixture_args(self, mk: Make) -> list[str]:
        return [self.arg(a) for a in self.fixture_call_args(mk)]

    def arg(self, a: CallArg) -> str:
        if a.kind == "object":
            return a.var
        if a.kind == "null":
            return self.null
        return self.value(a.param, a.value)

    def null_receiver(self, cls: Class) -> str:
        raise NotImplementedError

    def call(self, c: Callable, recv: Optional[str], args: list[str]) -> str:
        raise NotImplementedError

    def expect(self, call: str) -> list[str]:
        """The call, and the checks of its error and of the counters."""
        raise NotImplementedError

    def unchanged(self, vars: list[str]) -> list[str]:
        raise NotImplementedError

    def finish(self, regions: list[str]) -> list[str]:
        """Close the roots still open (a language that tracks them may do nothing)."""
        return []

    # the walk
    def setup(self, remember: bool = True) -> list[str]:
        """The statements before the call (`remember`: with the bytes' snapshot)."""
        out = self.preamble()
        for st in self.plan.steps:
            if st.what == "make":
                self.vars[st.var] = st.make.cls
                out += self.make(st.make)
            elif st.what == "fill":
                out += self.fill(st.var, self.vars[st.var], [self.arg(a) for a in st.args])
            elif st.what == "remember":
                out += self.remember(self.plan.unchanged) if remember and self.plan.unchanged else []
            elif st.what == "close":
                out += self.close(st.var, self.vars[st.var])
        return out

    def misused_call(self) -> str:
        p = self.plan
        recv = self.null_receiver(p.receiver_class) if p.null_receiver else p.receiver
        return self.call(self.case.callable, recv, [self.arg(a) for a in p.args])

    def lines(self) -> list[str]:
        out = self.setup()
        out += self.expect(self.misused_call())
        for v in self.plan.views:
            out += self.close(v, self.vars[v])
        for v in self.plan.holders:
            out += self.close(v, self.vars[v])
        if self.plan.unchanged:
            out += self.unchanged(self.plan.unchanged)
        return out + self.finish(self.plan.regions)
