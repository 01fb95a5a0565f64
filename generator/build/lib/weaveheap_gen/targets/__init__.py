"""Targets: one folder each, with the templates it renders and a `prepare`
pass for the names that only that target needs. Adding a target is adding a
folder.

A target package defines OUTPUTS, a list of (template, output path relative
to generated/), and may define prepare(lib) -> dict of extra template
variables."""
import importlib
from pathlib import Path

NAMES = tuple(sorted(p.name for p in Path(__file__).parent.iterdir()
                     if (p / "__init__.py").is_file()))


def load(name: str):
    return importlib.import_module(f"{__name__}.{name}")
