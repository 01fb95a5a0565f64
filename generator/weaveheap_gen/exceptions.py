"""Error classes (or types) for every target whose language has them: Python,
Node.js, Go, Java and Swift. One per error code, named and related the same
way in every language, derived once here.

The IDL's error names are C-minded (`borrowed` reads well as
WEAVEHEAP_ERR_BORROWED); a class reads better as BorrowError. The few
renames and the one special case below are the only facts not in the IDL."""
from dataclasses import dataclass
from typing import Optional

# How the library spells itself in a class name.
BRAND = {"weaveheap": "WeaveHeap"}
# Class stems that read better than the code's name.
RENAMES = {"borrowed": "Borrow"}
# Errors that are a special case of another: a conflicting borrow is a
# borrow error, so `except BorrowError` catches both.
PARENTS = {"borrow_conflict": "borrowed"}


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


@dataclass
class ErrorClass:
    member: object                       # the model's error Member
    name: str                            # StaleHandleError
    parent: Optional["ErrorClass"]       # None: derives from the base class


def base_name(lib) -> str:
    return BRAND.get(lib.name, pascal(lib.name)) + "Error"


def error_classes(lib) -> list[ErrorClass]:
    """One class per error code but success, parents before their children."""
    out: dict[str, ErrorClass] = {}

    def make(m) -> ErrorClass:
        if m.name not in out:
            stem = RENAMES.get(m.name, pascal(m.name))
            parent_name = PARENTS.get(m.name)
            parent = make(next(p for p in lib.errors.members if p.name == parent_name)) if parent_name else None
            out[m.name] = ErrorClass(m, stem if stem.endswith("Error") else stem + "Error", parent)
        return out[m.name]

    for m in lib.errors.members:
        if m.value != 0:
            make(m)
    return list(out.values())
