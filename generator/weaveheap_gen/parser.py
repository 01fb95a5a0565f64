"""Recursive-descent parser: tokens -> syntax tree. Grammar in docs/idl.md."""
import re

from .diagnostics import IdlError
from .lexer import Token, tokenize
from . import syntax as s

PARAM_OWNERSHIP = ("own", "shared", "unique", "out")
RESULT_OWNERSHIP = ("own", "static")
THREADS = ("any", "region")
CONSTRAINTS = ("max", "pow2")


class Parser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.i = 0

    # -- token helpers -------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def fail(self, expected: str):
        raise IdlError(self.tok.pos, f"expected {expected}, found {self.tok.describe()}")

    def at(self, text: str) -> bool:
        return self.tok.kind in ("ident", "punct") and self.tok.text == text

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.i += 1
            return True
        return False

    def expect(self, text: str, what: str = "") -> Token:
        if not self.at(text):
            self.fail(what or f"'{text}'")
        self.i += 1
        return self.tokens[self.i - 1]

    def expect_kind(self, kind: str, what: str) -> Token:
        if self.tok.kind != kind:
            self.fail(what)
        self.i += 1
        return self.tokens[self.i - 1]

    def ident(self, what: str) -> Token:
        return self.expect_kind("ident", what)

    def doc(self) -> str:
        lines = []
        while self.tok.kind == "doc":
            lines.append(self.tok.text)
            self.i += 1
        return "\n".join(lines)

    def documented(self, doc: str, what: str):
        """A `///` comment must document something: refuse one before `}` or
        the end of the file."""
        if doc and (self.at("}") or self.tok.kind == "eof"):
            self.fail(f"{what} after the doc comment")

    # -- grammar -------------------------------------------------------------
    def library(self) -> s.Library:
        pos = self.expect("library", "'library NAME version X.Y.Z abi N;'").pos
        name = self.ident("the library name").text
        self.expect("version")
        version = self.expect_kind("version", "a version 'major.minor.patch'").text
        self.expect("abi")
        abi = int(self.expect_kind("int", "an ABI number").text)
        license = ""
        if self.accept("license"):
            lic = self.expect_kind("string", 'an SPDX license identifier in quotes: license "MIT"')
            if not re.fullmatch(r"[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*", lic.text):
                raise IdlError(lic.pos, f"'{lic.text}' is not an SPDX license identifier or expression")
            license = lic.text
        self.expect(";")
        lib = s.Library(name, tuple(int(x) for x in version.split(".")), abi, pos=pos, license=license)
        while self.at("import"):
            self.i += 1
            lib.imports.append(self.name_pos("the name of the library to import"))
            self.expect(";")
        while True:
            doc = self.doc()
            self.documented(doc, "a declaration")
            if self.tok.kind == "eof":
                return lib
            lib.decls.append(self.declaration(doc))

    def declaration(self, doc: str):
        parsers = {
            "const": self.const, "errors": self.enum, "enum": self.enum,
            "struct": self.struct, "handle": self.handle,
            "handleset": self.handleset, "module": self.module, "callback": self.callback,
        }
        if self.tok.kind == "ident" and self.tok.text in parsers:
            return parsers[self.tok.text](doc)
        self.fail("a declaration (const, errors, enum, struct, handle, handleset, callback or module)")

    def const(self, doc):
        pos = self.expect("const").pos
        name = self.ident("a constant name").text
        self.expect(":")
        typ = self.type_ref()
        self.expect("=")
        value = int(self.expect_kind("int", "an integer value").text)
        self.expect(";")
        return s.Const(name, typ, value, doc, pos)

    def enum(self, doc):
        is_errors = self.tok.text == "errors"
        pos = self.tok.pos
        self.i += 1
        name = self.ident("an enum name").text
        self.expect("{")
        members = []
        while True:
            mdoc = self.doc()
            self.documented(mdoc, "a member")
            if self.accept("}"):
                break
            mpos = self.tok.pos
            mname = self.ident("a member name or '}'").text
            self.expect("=")
            value = int(self.expect_kind("int", "an integer value").text)
            text = None
            if is_errors:
                text = self.expect_kind("string", "the error's static text in quotes").text
            self.expect(";")
            members.append(s.Member(mname, value, text, mdoc, mpos))
        return s.Enum(name, members, doc, pos, is_errors)

    def struct(self, doc):
        pos = self.expect("struct").pos
        name = self.ident("a struct name").text
        self.expect("{")
        fields = []
        while True:
            fdoc = self.doc()
            self.documented(fdoc, "a field")
            if self.accept("}"):
                break
            fpos = self.tok.pos
            fname = self.ident("a field name or '}'").text
            self.expect(":")
            fields.append(s.Field(fname, self.type_ref(), fdoc, fpos))
            self.expect(";")
        return s.Struct(name, fields, doc, pos)

    def handle(self, doc):
        pos = self.expect("handle").pos
        name = self.ident("a handle kind name").text
        number = None
        if self.accept("="):
            number = int(self.expect_kind("int", "the kind's number").text)
        release = None
        if self.accept("released_by"):
            rpos = self.tok.pos
            module = self.ident("'module.function'").text
            self.expect(".", "'.' in 'module.function'")
            release = (module, self.ident("a function name").text, rpos)
        self.expect(";", "';'" if release else "';' or 'released_by module.function'" if number is not None
                    else "'=' and the kind's number, 'released_by module.function' or ';'")
        return s.Handle(name, number, release, doc, pos)

    def handleset(self, doc):
        pos = self.expect("handleset").pos
        name = self.ident("a handle set name").text
        self.expect("=")
        kinds = [self.name_pos("a handle kind")]
        while self.accept("|"):
            kinds.append(self.name_pos("a handle kind"))
        self.expect(";")
        return s.HandleSet(name, kinds, doc, pos)

    def callback(self, doc):
        pos = self.expect("callback").pos
        name = self.ident("a callback name").text
        params = self.params()
        result = self.type_ref() if self.accept("->") else None
        errors = self.errors_clause()
        self.expect(";", "'->', 'errors(...)' or ';'" if result is None and not errors else "';'")
        return s.Callback(name, params, doc, pos, result, errors)

    def module(self, doc):
        pos = self.expect("module").pos
        name = self.ident("a module name").text
        self.expect("{")
        functions = []
        while True:
            fdoc = self.doc()
            self.documented(fdoc, "a function")
            if self.accept("}"):
                break
            functions.append(self.function(fdoc))
        return s.Module(name, functions, doc, pos)

    def function(self, doc):
        pos = self.expect("fn", "'fn' or '}'").pos
        name = self.ident("a function name").text
        params = self.params()
        result = None
        if self.accept("->"):
            own = self.tok.text if self.tok.kind == "ident" and self.tok.text in RESULT_OWNERSHIP else None
            if own:
                self.i += 1
            result = s.Result(own, self.type_ref())
        errors = self.errors_clause()
        c_only = self.accept("c_only")
        if not self.at("threads"):
            # Every function says which threads may call it; name exactly
            # the clauses that could still come here.
            if self.at(";") or errors:
                self.fail("'threads(any)' or 'threads(region)'")
            clauses = ["'errors(...)'", "'threads(...)'"]
            if result is None:
                clauses.insert(0, "'-> TYPE'")
            self.fail(", ".join(clauses[:-1]) + " or " + clauses[-1])
        self.expect("threads")
        self.expect("(")
        t = self.tok
        if not (t.kind == "ident" and t.text in THREADS):
            self.fail("'any' or 'region'")
        self.i += 1
        threads = t.text
        self.expect(")")
        self.expect(";")
        return s.Function(name, params, result, errors, threads, doc, pos, c_only)

    def errors_clause(self):
        """`[errors ( NAME { , NAME } )]`: a function's or a callback's."""
        errors = []
        if self.accept("errors"):
            self.expect("(")
            errors.append(self.name_pos("an error name"))
            while self.accept(","):
                errors.append(self.name_pos("an error name"))
            self.expect(")", "',' or ')'")
        return errors

    def params(self):
        """`( [param { , param }] )`: a function's or a callback's."""
        self.expect("(")
        params = []
        if not self.at(")"):
            params.append(self.param())
            while self.accept(","):
                params.append(self.param())
        self.expect(")", "',' or ')'")
        return params

    def param(self):
        pos = self.tok.pos
        name = self.ident("a parameter name").text
        self.expect(":")
        own = None
        if self.tok.kind == "ident" and self.tok.text in PARAM_OWNERSHIP:
            own = self.tok.text
            self.i += 1
        typ = self.type_ref()
        nullable = self.accept("?")
        constraints = []
        while self.tok.kind == "ident" and self.tok.text in CONSTRAINTS:
            constraints.append(self.constraint())
        default = None
        if self.accept("="):
            t = self.tok
            if t.kind == "int":
                default = int(t.text)
            elif t.kind == "ident" and t.text in ("true", "false"):
                default = t.text == "true"
            else:
                self.fail("a default value (an integer, true or false)")
            self.i += 1
        return s.Param(name, own, typ, nullable, default, pos, constraints)

    def constraint(self):
        t = self.tok
        self.i += 1
        if t.text == "pow2":
            return s.Constraint("pow2", None, t.pos)
        self.expect("(")
        v = self.tok
        if v.kind == "int":
            value = int(v.text)
        elif v.kind == "ident":
            value = v.text
        else:
            self.fail("an integer or a constant's name")
        self.i += 1
        self.expect(")")
        return s.Constraint(t.text, value, t.pos)

    def type_ref(self):
        t = self.ident("a type")
        ref = s.TypeRef(t.text, t.pos)
        if self.accept("["):
            self.expect("]")
            ref.array = True
        elif self.accept("("):
            ref.view_of = self.ident("the name of the borrowed parameter").text
            self.expect(")")
        return ref

    def name_pos(self, what):
        t = self.ident(what)
        return (t.text, t.pos)


def parse(text: str, filename: str) -> s.Library:
    return Parser(tokenize(text, filename)).library()
