#!/usr/bin/env python3
"""Turns a Markdown page of docs/ into a man page (roff, man macros, tbl
tables), offline and with the standard library only, so that the man page is
made from the page users already read instead of being written twice.

It knows the Markdown the docs use: headings, paragraphs, `-` lists, fenced
code blocks, pipe tables, `code`, **bold**, *italic* and [links](...).

Usage: md2man.py PAGE.md --name weaveheap --section 1 --summary TEXT
                 [--version V] [--drop HEADING ...] -o OUT
The first `#` heading becomes NAME (NAME - SUMMARY); `##` headings become
sections and `###` subsections; a `##` section named by --drop is left out
(with its subsections).
"""
import argparse
import re
import sys


def escape(text):
    """Roff-escapes plain text (backslashes; a leading . or ' is not a request)."""
    text = text.replace("\\", "\\e")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def code_text(text):
    """Text that must read the same when copied: ASCII hyphens."""
    return escape(text).replace("-", "\\-")


def inline(text):
    """Markdown inline markup to roff fonts; everything else escaped."""
    out, pos = [], 0
    pattern = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])|\[([^\]]+)\]\([^)]*\)")
    for m in pattern.finditer(text):
        out.append(escape(text[pos:m.start()]))
        code, bold, italic, link = m.groups()
        if code is not None:
            out.append("\\fB" + code_text(code) + "\\fR")
        elif bold is not None:
            out.append("\\fB" + inline(bold) + "\\fR")
        elif italic is not None:
            out.append("\\fI" + inline(italic) + "\\fR")
        else:
            out.append(inline(link))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


# A cell up to this long is a plain tbl entry, so that its column is at
# least as wide as it; a longer one is a text block that wraps in its column.
# (Every cell a text block left the columns of the stats file's byte table,
# seven of them, too narrow for one field name: troff's "can't break line";
# 24 makes that table wider than the page. The release test renders the page
# with warnings as failures.)
PLAIN_CELL = 20


def table(rows):
    """A pipe table to tbl: short cells plain (they size their columns), long
    ones text blocks so that they wrap; not adjusted (.na), as narrow
    columns cannot be justified."""
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    head, body = cells[0], [r for r in cells[2:]]
    n = len(head)
    lines = [".na", ".TS", "tab(\t);", " ".join(["lB"] * n), " ".join(["l"] * (n - 1) + ["lx"]) + "."]
    for row in [head] + body:
        row = (row + [""] * n)[:n]
        lines.append("\t".join(inline(c) if len(c) <= PLAIN_CELL else "T{\n" + inline(c) + "\nT}" for c in row))
    lines += [".TE", ".ad"]
    return lines


def convert(md, name, section, summary, version, drop):
    """The page as roff: NAME, then its `## Synopsis` (as man pages have it,
    wherever the page puts it), DESCRIPTION (the text before the first `##`),
    then the other `##` sections in order."""
    sections = [["DESCRIPTION"]]  # [title, roff lines...]
    lines = md.splitlines()
    i, skipping, para = 0, False, []

    def emit(*roff):
        if not skipping:
            sections[-1].extend(roff)

    def flush():
        if para:
            emit(".PP", inline(" ".join(para)))
            para.clear()

    while i < len(lines):
        line = lines[i]
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        if heading:
            flush()
            level, title = len(heading.group(1)), heading.group(2).strip()
            if level == 2:
                skipping = title in drop
                if not skipping:
                    sections.append([title.upper()])
            elif level == 3:
                emit(f'.SS "{inline(title)}"')
            i += 1
            continue
        if line.startswith("```"):
            flush()
            i += 1
            block = []
            while i < len(lines) and not lines[i].startswith("```"):
                block.append(code_text(lines[i]) if lines[i].strip() else ".sp")
                i += 1
            i += 1
            emit(".PP", ".RS 4", ".nf", ".ft CR", *block, ".ft R", ".fi", ".RE")
            continue
        if line.startswith("|") and i + 1 < len(lines) and re.match(r"^\|[\s:|-]+\|\s*$", lines[i + 1]):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            emit(*table(rows))
            continue
        item = re.match(r"^- (.*)$", line)
        if item:
            flush()
            text = [item.group(1)]
            i += 1
            while i < len(lines) and lines[i].startswith("  ") and lines[i].strip():
                text.append(lines[i].strip())
                i += 1
            emit(".IP \\(bu 2", inline(" ".join(text)))
            continue
        if not line.strip():
            flush()
        else:
            para.append(line.strip())
        i += 1
    flush()

    synopsis = [s for s in sections if s[0] == "SYNOPSIS"]
    rest = [s for s in sections if s[0] != "SYNOPSIS" and len(s) > 1]
    footer = f"{name} {version}".strip()
    out = ["'\\\" t", f'.TH {name.upper()} {section} "" "{footer}" "WeaveHeap manual"',
           ".SH NAME", f"{name} \\- {escape(summary)}"]
    for title, *body in synopsis + rest:
        out.extend([f'.SH "{inline(title)}"', *body])
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page")
    ap.add_argument("--name", required=True)
    ap.add_argument("--section", required=True)
    ap.add_argument("--summary", required=True)
    ap.add_argument("--version", default="")
    ap.add_argument("--drop", nargs="*", default=[])
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    with open(args.page, encoding="utf-8") as f:
        md = f.read()
    roff = convert(md, args.name, args.section, args.summary, args.version, set(args.drop))
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(roff)
    return 0


if __name__ == "__main__":
    sys.exit(main())
