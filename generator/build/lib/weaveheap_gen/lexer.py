"""Turns IDL text into tokens. `///` comments are kept as doc tokens.

A string is `"..."` on one line with no escapes: its text goes into C string
literals (and every other target's) unchanged, so `"` and `\\` are refused."""
import re
from dataclasses import dataclass

from .diagnostics import IdlError, Pos

PUNCT = ("->", ";", ":", "{", "}", "(", ")", ",", "=", "?", "[", "]", "|", ".")

_TOKEN = re.compile(
    r"(?P<doc>///[^\n]*)"
    r"|(?P<comment>//[^\n]*)"
    r"|(?P<space>[ \t\r]+)"
    r"|(?P<newline>\n)"
    r"|(?P<version>\d+\.\d+\.\d+)"
    r"|(?P<int>-?\d+)"
    r"|(?P<ident>[A-Za-z_][A-Za-z0-9_]*)"
    r'|(?P<string>"[^"\\\n]*")'
    r"|(?P<punct>->|[;:{}(),=?\[\]|.])"
)


@dataclass(frozen=True)
class Token:
    kind: str  # doc, version, int, ident, string, punct, eof
    text: str
    pos: Pos

    def describe(self) -> str:
        if self.kind == "eof":
            return "end of file"
        if self.kind == "doc":
            return "a doc comment"
        if self.kind == "string":
            return f'"{self.text}"'
        return f"'{self.text}'"


def tokenize(text: str, filename: str) -> list[Token]:
    tokens: list[Token] = []
    line, line_start, i = 1, 0, 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        pos = Pos(filename, line, i - line_start + 1)
        if not m:
            if text[i] == '"':
                rest = text[i + 1:].split("\n", 1)[0]
                if "\\" in rest.split('"', 1)[0]:
                    raise IdlError(pos, "a string must not contain '\\': escapes are not supported")
                raise IdlError(pos, "unterminated string: expected '\"' before the end of the line")
            raise IdlError(pos, f"unexpected character {text[i]!r}")
        kind = m.lastgroup
        if kind == "newline":
            line, line_start = line + 1, m.end()
        elif kind == "doc":
            tokens.append(Token("doc", m.group()[3:].strip(), pos))
        elif kind not in ("space", "comment"):
            value = m.group()
            if kind == "string":
                value = value[1:-1]
            tokens.append(Token(kind, value, pos))
        i = m.end()
    tokens.append(Token("eof", "", Pos(filename, line, i - line_start + 1)))
    return tokens
