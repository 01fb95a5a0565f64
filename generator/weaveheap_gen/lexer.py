"""Turns IDL text into tokens. `///` comments are kept as doc tokens."""
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
    r'|(?P<string>"(?:[^"\\\n]|\\.)*")'
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
        return f"'{self.text}'"


def tokenize(text: str, filename: str) -> list[Token]:
    tokens: list[Token] = []
    line, line_start, i = 1, 0, 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        pos = Pos(filename, line, i - line_start + 1)
        if not m:
            raise IdlError(pos, f"unexpected character {text[i]!r}")
        kind = m.lastgroup
        if kind == "newline":
            line, line_start = line + 1, m.end()
        elif kind == "doc":
            tokens.append(Token("doc", m.group()[3:].strip(), pos))
        elif kind not in ("space", "comment"):
            value = m.group()
            if kind == "string":
                value = bytes(value[1:-1], "utf-8").decode("unicode_escape")
            tokens.append(Token(kind, value, pos))
        i = m.end()
    tokens.append(Token("eof", "", Pos(filename, line, i - line_start + 1)))
    return tokens
