"""Fuzzes the IDL front end of the generator with atheris (coverage-guided,
libFuzzer's engine): every input is parsed (weaveheap_gen.parser.parse),
built into the model (model.build) and validated (validate.validate), as
weaveheap_gen.load does. Whatever the input, the only exception allowed out
is IdlError, and it must name a position in the input: `fuzz.wh:LINE:COL:
message`, with LINE and COL inside the text. Anything else (a KeyError, a
RecursionError, an IdlError without a place) is a finding: atheris stops and
writes the input as crash-<sha1>.

Run: python3 tests/fuzz/idl_fuzz.py [libFuzzer options] [CORPUS_DIR...]
(tests/fuzz/readers.cmake runs a fixed number of inputs; scripts/fuzz-readers.sh
runs for longer)."""
import hashlib
import random
import re
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generator"))
sys.setrecursionlimit(10000)  # deep nesting must end in IdlError, not exhaust this

with atheris.instrument_imports():
    from weaveheap_gen import model, parser, validate
    from weaveheap_gen.diagnostics import IdlError

WHERE = re.compile(r"^fuzz\.wh:(\d+):(\d+): \S")


def one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")  # weaveheap_gen.load decodes strictly: its input is text
    try:
        tree = parser.parse(text, "fuzz.wh")
        lib = model.build(tree, "fuzz.wh", hashlib.sha256(data).hexdigest())
        validate.validate(lib)
    except IdlError as e:
        m = WHERE.match(str(e))
        lines = text.split("\n")
        if not m or not 1 <= int(m.group(1)) <= len(lines) or not 1 <= int(m.group(2)) <= len(
                lines[int(m.group(1)) - 1]) + 1:
            raise AssertionError(f"an IdlError without its place in the input: {e!r}") from e


# Half the mutations are libFuzzer's (bytes); the other half work on tokens,
# so that inputs stay close enough to the grammar to reach the model and the
# validator: a token dropped, repeated, moved or swapped for a keyword, a
# name seen elsewhere in the input or an edge number; a line or a block moved.
PIECES = re.compile(r'///[^\n]*|//[^\n]*|"[^"\n]*"|-?\d+(?:\.\d+\.\d+)?|[A-Za-z_]\w*|->|\s+|.', re.S)
WORDS = ["library", "version", "abi", "errors", "struct", "enum", "handle", "handleset", "released_by", "module",
         "fn", "const", "own", "shared", "unique", "view", "out", "threads", "any", "static", "bool", "str",
         "cstring", "bytes", "ptr", "array", "void", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "true",
         "false", "region", "error", "code", "message", "->", ";", ":", "{", "}", "(", ")", ",", "=", "?", "[", "]",
         "|", ".", "///", "\n"]
NUMBERS = ["0", "1", "-1", "15", "16", "255", "256", "65535", "2147483647", "4294967295", "4294967296",
           "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
           "-9223372036854775809", "0.0.0", "999999999.0.0"]


def token_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    if rng.random() < 0.5:
        return atheris.Mutate(data, max_size)
    text = data.decode("utf-8", "replace")
    toks = PIECES.findall(text) or [""]
    names = [t for t in toks if re.fullmatch(r"[A-Za-z_]\w*", t)] or ["x"]
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(toks))
        op = rng.randrange(7)
        if op == 0 and len(toks) > 1:
            del toks[i]
        elif op == 1:
            toks.insert(i, toks[rng.randrange(len(toks))])
        elif op == 2:
            toks[i] = rng.choice(WORDS)
        elif op == 3:
            toks[i] = rng.choice(names)
        elif op == 4:
            toks[i] = rng.choice(NUMBERS)
        elif op == 5:
            toks.insert(i, " " + rng.choice(WORDS) + " ")
        else:  # move a line
            lines = "".join(toks).split("\n")
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines.insert(b, lines.pop(a))
            toks = PIECES.findall("\n".join(lines)) or [""]
    return "".join(toks).encode("utf-8")[:max_size]


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input, custom_mutator=token_mutator)
    atheris.Fuzz()
