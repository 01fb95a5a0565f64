"""The packaging facts the generated packages state, each written once: the
project's home and license, the name pkg-config knows the C library by, and
the names the Go module and the Java artefacts are published under
(docs/release.md). The version is the IDL's (`library ... version X.Y.Z`)."""

HOMEPAGE = "https://github.com/weaveheap/weaveheap"
LICENSE = "MIT"            # the SPDX identifier; the text is LICENSE at the root
# The project's domain: the root of the Go module path, and, reversed, the
# Java package and Maven groupId (dev.weaveheap).
DOMAIN = "weaveheap.dev"


def pkg_config(lib) -> str:
    """The pkg-config package of the C library (core/weaveheap.pc.in names
    the file after the project, which is the IDL's library)."""
    return lib.name


def go_module(lib) -> str:
    """The Go module path: on the project's domain, ending in the package's
    name so that an import reads as the package is used."""
    return f"{DOMAIN}/go/{lib.name}"


def java_group() -> str:
    """The Java package and the Maven groupId."""
    return ".".join(reversed(DOMAIN.split(".")))


def system_packages(lib) -> dict[str, str]:
    """What a distribution would call the C library's development package,
    by its naming rules (Debian's lib<name>-dev, Fedora's <name>-devel,
    Homebrew's formula): the hints a Swift system-library target prints when
    pkg-config does not find the library. None of these exists today; the C
    SDK tarball is how the library is installed (docs/swift.md)."""
    return {"apt": f"lib{lib.name}-dev", "yum": f"{lib.name}-devel", "brew": lib.name}
