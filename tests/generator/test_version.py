"""The generator package's version is the core IDL's (one version everywhere)."""

from pathlib import Path

import weaveheap_gen
from weaveheap_gen import version


def test_package_version_is_the_core_idls():
    lib = weaveheap_gen.load(Path(version.__file__).parent / "idl" / "weaveheap.wh")
    assert version.VERSION == lib.version_string
