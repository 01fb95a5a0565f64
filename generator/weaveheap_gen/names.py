"""Spelling, for every language: casing, escaping, reserved words and the
names a generated declaration must not shadow.

The binding surface (surface.py) decides *what* a language gets: a class per
handle kind, its methods and their snake_case member names, the error
classes and their stems. A Speller decides only how one language writes each
of those names, so that every target, docs/api.md and the per-language
contract tests spell a name the same way. Nothing here looks at roles or
types: a speller is handed the surface's facts and returns strings."""
import re
import textwrap


# -- casing ------------------------------------------------------------------
def words(name: str) -> list[str]:
    return [w for w in name.split("_") if w]


def camel(name: str) -> str:
    """lower_snake -> lowerCamel."""
    head, *rest = words(name) or [""]
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def pascal(name: str, initialisms: dict | None = None) -> str:
    """lower_snake -> PascalCase; `initialisms` spells some words whole
    (Go writes ABI, not Abi)."""
    initialisms = initialisms or {}
    return "".join(initialisms.get(w, w[:1].upper() + w[1:]) for w in words(name))


def upper(name: str) -> str:
    return name.upper()


def kebab(name: str) -> str:
    return name.replace("_", "-")


# -- text --------------------------------------------------------------------
def paragraph(doc: str) -> str:
    """A doc comment as one paragraph (the IDL wraps its comments)."""
    return " ".join(line.strip() for line in doc.split("\n") if line.strip())


def doc_lines(text: str) -> list[str]:
    """A doc comment's lines as the IDL wrote them (empty for no doc)."""
    return text.split("\n") if text else []


def wrap(text: str, width: int) -> list[str]:
    """`text` wrapped at `width`, paragraphs (split at blank lines) kept."""
    out = []
    for i, para in enumerate(text.split("\n\n")):
        if i:
            out.append("")
        out += textwrap.wrap(para, width) or [""]
    return out


def first_sentence(doc: str) -> str:
    """The first sentence of a doc comment, as one line."""
    text = paragraph(doc)
    end = text.find(". ")
    return text if end < 0 else text[:end + 1]


def literal(value) -> str:
    """An IDL default (a bool or an integer) as C, Java, Swift, JavaScript,
    Go and WIT write it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def c_string(text: str) -> str:
    """`text` as the inside of a C (or Java, JavaScript, Go) string literal."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def quoted(text: str) -> str:
    return '"' + c_string(text) + '"'


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def unprefixed(c_name: str, library: str) -> str:
    """A C name without the library's prefix (weaveheap_buffer_size ->
    buffer_size, WEAVEHEAP_ERR_BORROWED -> ERR_BORROWED): how a SWIG module
    spells the flat C API."""
    for p in (library + "_", library.upper() + "_"):
        if c_name.startswith(p):
            return c_name[len(p):]
    return c_name


# -- the spellers ------------------------------------------------------------
class Speller:
    """How one language spells the surface's names. Subclasses set the word
    lists and override the casing of each kind of name."""
    language = ""
    keywords: frozenset = frozenset()      # escaped where a value or member would take them
    shadowed: frozenset = frozenset()      # built-in names a generated class or error must not take
    error_suffix = "Error"

    def __init__(self, brand: str, types=()):
        self.brand = brand                 # WeaveHeap: the library as a class-name prefix
        # The IDL names of everything that becomes a type (classes, structs,
        # enums: Surface.type_names), for languages where a function and a
        # type share one namespace.
        self.types = frozenset(types)

    # types
    def class_name(self, name: str) -> str:
        """A class per handle kind (or per struct, enum): PascalCase, prefixed
        with the brand when it would shadow a built-in."""
        n = pascal(name)
        return self.brand + n if n in self.shadowed else n

    def error_name(self, stem: str) -> str:
        n = stem + self.error_suffix
        return self.brand + n if n in self.shadowed else n

    def base_error(self) -> str:
        return self.brand + self.error_suffix

    def struct_name(self, name: str, direction: str) -> str:
        """A struct (surface.Struct.direction says what it is for: in, out,
        both, error, view)."""
        return self.class_name(name)

    # members and values
    def escape(self, n: str) -> str:
        return n + "_" if n in self.keywords else n

    def member(self, name: str) -> str:
        """A method or property of a class."""
        return self.escape(camel(name))

    def maker(self, name: str, made: str) -> str:
        """A method that makes an object of the class spelled `made`
        (Region.alloc makes a Buffer)."""
        return self.member(name)

    def function(self, name: str) -> str:
        """A library (module-level) function."""
        return self.escape(camel(name))

    def param(self, name: str) -> str:
        return self.escape(camel(name))

    def field(self, name: str) -> str:
        return self.escape(camel(name))

    def constant(self, name: str) -> str:
        return upper(name)

    def enum_member(self, name: str) -> str:
        return self.escape(camel(name))

    # where a user finds each name (docs/api.md; the contract tests check them)
    package = ""                           # how a user refers to the library's namespace

    def function_path(self, member: str) -> str:
        return f"{self.package}.{self.function(member)}"

    def constructor_path(self, cls: str) -> str:
        return f"{cls}()"

    def member_path(self, cls: str, member: str) -> str:
        return f"{cls}.{member}"


class C(Speller):
    language = "c"


class Python(Speller):
    language = "python"
    keywords = frozenset("""
        False None True and as assert async await break class continue def del elif else except
        finally for from global if import in is lambda nonlocal not or pass raise return try while
        with yield
    """.split())
    # Built-in names that `from weaveheap import *` must not replace, and
    # `Error`, which half the standard library's modules export (shutil, csv,
    # binascii, configparser ...): the error struct is the base exception.
    shadowed = frozenset("""
        ArithmeticError AssertionError AttributeError BaseException BlockingIOError BufferError
        BytesWarning ChildProcessError ConnectionError EOFError EnvironmentError Exception
        FileExistsError FileNotFoundError FloatingPointError IOError ImportError IndexError
        InterruptedError IsADirectoryError KeyError LookupError MemoryError ModuleNotFoundError
        NameError NotImplementedError OSError OverflowError PermissionError RecursionError
        ReferenceError RuntimeError StopIteration SyntaxError SystemError TimeoutError TypeError
        UnicodeError ValueError ZeroDivisionError Error
    """.split())

    # The built-in exception an error class also derives from (a Python
    # idiom: `except ValueError` keeps working), by the error code's IDL
    # name; an error not named here derives from the library's base only.
    builtin_bases = {
        "invalid_argument": "ValueError",
        "out_of_memory": "MemoryError",
        "wrong_kind": "TypeError",
        "borrowed": "BufferError",
        "invalid_utf8": "UnicodeError",
        "out_of_range": "IndexError",
        "system_error": "OSError",
    }

    def builtin_base(self, code: str):
        return self.builtin_bases.get(code)

    def member(self, name):
        return self.escape(name)

    def function(self, name):
        return self.escape(name)

    def param(self, name):
        return self.escape(name)

    def field(self, name):
        return self.escape(name)

    def enum_member(self, name):
        return upper(name)

    package = "weaveheap"


class JavaScript(Speller):
    language = "javascript"
    keywords = frozenset("""
        break case catch class const continue debugger default delete do else enum export extends
        false finally for function if import in instanceof let new null return static super switch
        this throw true try typeof var void while with yield await implements interface package
        private protected public arguments eval
    """.split())
    # Globals of JavaScript and Node.js that an exported class must not
    # shadow for anyone who destructures or star-imports the package.
    shadowed = frozenset("""
        Array ArrayBuffer BigInt Blob Boolean Buffer DataView Date Error EvalError Event
        EventTarget Function Map Number Object Promise Proxy RangeError ReferenceError Reflect
        RegExp Response Request Set SharedArrayBuffer String Symbol SyntaxError TextDecoder
        TextEncoder TypeError URIError URL WeakMap WeakRef WeakSet WebAssembly
    """.split())

    def enum_member(self, name):
        return name      # enums are string unions of the IDL's names

    package = "wh"       # const wh = require('weaveheap') / import wh from 'weaveheap'

    def constructor_path(self, cls):
        return f"new {cls}()"

    def member_path(self, cls, member):
        return f"{cls}.prototype.{member}"


class TypeScript(JavaScript):
    language = "typescript"


class Go(Speller):
    language = "go"
    keywords = frozenset("""
        break case chan const continue default defer else fallthrough for func go goto if import
        interface map package range return select struct switch type var
        bool byte error string len cap copy append close new make delete panic recover print
        println complex real imag any iota nil true false
    """.split())
    # Initialisms Go style writes whole.
    initialisms = {"abi": "ABI", "idl": "IDL", "utf8": "UTF8", "id": "ID", "url": "URL"}
    # Method names whose meaning Go's standard interfaces fix (fmt.Stringer,
    # error): a member spelled like one takes the `New` prefix.
    methods_with_meaning = frozenset({"String", "Error", "Unwrap", "Is", "As", "Format"})
    # A package function named like a type of the package (stats.global and
    # struct stats) reads it: runtime.ReadMemStats, debug.ReadBuildInfo.
    clash_prefix = "Read"

    def class_name(self, name):
        return pascal(name, self.initialisms)

    def error_name(self, stem):
        # the stem is PascalCase (InvalidUtf8): Go writes its initialisms whole
        words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", stem)
        return "".join(self.initialisms.get(w.lower(), w) for w in words) + self.error_suffix

    def struct_name(self, name, direction):
        # the error struct {code, message} is the base error type itself
        return self.base_error() if direction == "error" else self.class_name(name)

    def member(self, name):
        n = pascal(name, self.initialisms)
        return "New" + n if n in self.methods_with_meaning else n

    def maker(self, name, made):
        # every method that makes an object is New<Class> (Go's constructor
        # idiom): Region.alloc -> (*Region).NewBuffer
        return self.constructor(made)

    def function(self, name):
        n = pascal(name, self.initialisms)
        return self.clash_prefix + n if n in {self.class_name(t) for t in self.types} else n

    def constructor(self, class_name: str) -> str:
        return "New" + class_name

    def param(self, name):
        n = camel(name)
        return n + "_" if n in self.keywords else n

    def field(self, name):
        return pascal(name, self.initialisms)

    def constant(self, name):
        return pascal(name, self.initialisms)

    def enum_member(self, name):
        return pascal(name, self.initialisms)

    package = "weaveheap"

    def constructor_path(self, cls):
        return f"{self.package}.{self.constructor(cls)}"

    def member_path(self, cls, member):
        return f"(*{cls}).{member}"


class Java(Speller):
    language = "java"
    keywords = frozenset("""
        abstract assert boolean break byte case catch char class const continue default do double
        else enum extends final finally float for goto if implements import instanceof int
        interface long native new package private protected public return short static strictfp
        super switch synchronized this throw throws transient try void volatile while true false
        null var record yield sealed permits
    """.split())
    # java.lang's classes: a nested class spelled like one would be
    # ambiguous under `import dev.weaveheap.WeaveHeap.*`.
    shadowed = frozenset("""
        Boolean Byte Character Class ClassLoader Enum Error Exception Integer Iterable Long Math
        Module Number Object OutOfMemoryError Package Process Record Runnable Runtime
        RuntimeException Short StackOverflowError String StringBuilder System Thread ThreadLocal
        Throwable Void Override Deprecated SuppressWarnings
    """.split())
    error_suffix = "Exception"

    def struct_name(self, name, direction):
        # the error struct {code, message} is what the base exception carries
        return self.base_error() if direction == "error" else self.class_name(name)

    def constant(self, name):
        return upper(name)

    def enum_member(self, name):
        return upper(name)

    package = "WeaveHeap"                 # the outer class: dev.weaveheap.WeaveHeap

    def constructor_path(self, cls):
        return f"new {self.package}.{cls}()"

    def member_path(self, cls, member):
        return f"{self.package}.{cls}.{member}"


class Swift(Speller):
    language = "swift"
    keywords = frozenset("""
        associatedtype class deinit enum extension fileprivate func import init inout internal let
        open operator private precedencegroup protocol public rethrows static struct subscript
        typealias var break case catch continue default defer do else fallthrough for guard if in
        repeat return throw switch where while Any as await false is nil self Self super throws
        true try
    """.split())
    # Standard-library and Foundation types a generated type must not shadow.
    shadowed = frozenset("""
        Array Bool Character Data Dictionary Double Error Float Int Optional Range Result Set
        String Substring URL UUID Date
    """.split())

    def escape(self, n):
        return f"`{n}`" if n in self.keywords else n

    def constant(self, name):
        return camel(name)

    # Errors are one enum conforming to Error, a case per error code (the
    # Swift idiom: `catch WeaveHeapError.staleHandle(let message)`), rather
    # than a class tree; docs/swift.md says why.
    def error_case(self, stem: str) -> str:
        return self.escape(stem[:1].lower() + stem[1:])

    def error_name(self, stem):
        return f"{self.base_error()}.{self.error_case(stem)}"

    # Threads: each class of a region is generic over where its objects may
    # be used; the two specialisations have names of their own.
    threading = "Threading"               # the protocol of the two markers
    single_threaded = "SingleThreaded"    # the marker of a region of one thread at a time
    any_thread = "AnyThread"              # a Sendable facet with a class's threads(any) members
    any_thread_member = "anyThread"       # the property that gives it
    object_protocol = "HandleObject"      # what every class is: `handle` (any_handle parameters)
    unique_option = "UniqueBorrow"        # view(.unique): the option that asks for the unique view

    def generic_class(self, name: str) -> str:
        """The generic class behind a class name: Region is RegionOf<SingleThreaded>."""
        return self.class_name(name) + "Of"

    def thread_safe_marker(self, field: str) -> str:
        """The marker named after the option that makes a region thread-safe."""
        return pascal(field)

    def thread_safe_class(self, field: str, name: str) -> str:
        """ThreadSafeRegion, ThreadSafeString: the brand is not needed once
        the name no longer shadows a built-in."""
        return pascal(field) + pascal(name)

    package = "WeaveHeap"                 # the module: import WeaveHeap

    def constructor_path(self, cls):
        return f"{cls}()"


class Wit(Speller):
    language = "wit"
    keywords = frozenset("""
        use type func u8 u16 u32 u64 s8 s16 s32 s64 f32 f64 float32 float64 char resource own
        borrow record flags variant enum bool string option result future stream list _ as from
        static interface tuple import export world package constructor include with error-context
        async map
    """.split())

    def escape(self, n):
        return f"%{n}" if n in self.keywords else n

    def class_name(self, name):
        return self.escape(kebab(name))

    def member(self, name):
        return self.escape(kebab(name))

    function = param = field = enum_member = member

    def constant(self, name):
        return kebab(name)


SPELLERS = {cls.language: cls for cls in (C, Python, JavaScript, TypeScript, Go, Java, Swift, Wit)}


def speller(language: str, brand: str, types=()) -> Speller:
    return SPELLERS[language](brand, types)
