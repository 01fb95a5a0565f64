"""The packaging facts the generated packages state, each written once: the
project's home and license, the name pkg-config knows the C library by, and
the names the Go module and the Java artefacts are published under
(docs/release.md). The version is the IDL's (`library ... version X.Y.Z`)."""
from dataclasses import dataclass

from . import surface
from .names import pascal

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


def license_of(lib) -> str:
    """The SPDX license of a library's packages: its IDL's `license "..."`
    on the library line, else the project's (MIT)."""
    return lib.license or LICENSE


@dataclass(frozen=True)
class ExtensionPackage:
    """What every package of an extension states about itself, derived once
    from its IDL (docs/extensions.md#packages): its name and version (the
    `library NAME version X.Y.Z` line), its license, and the base package it
    depends on, pinned to the version of the core IDL it was generated
    against (its table's IDL hash is checked at load; another core version
    is another hash)."""
    name: str                  # the library: pip, npm, Maven artifactId, pkg-config
    version: str               # its IDL's version
    license: str               # SPDX
    description: str
    base: str                  # the base package's name (pip, npm, artifactId)
    base_version: str          # the core IDL's version: the pin
    go_module: str
    base_go_module: str
    java_group: str            # the Maven groupId of both
    java_package: str          # the extension's Java package
    swift_package: str         # its SwiftPM package and module
    base_swift_package: str

    @property
    def python_requirement(self) -> str:
        return f"{self.base}=={self.base_version}"

    @property
    def go_version(self) -> str:
        return f"v{self.version}"

    @property
    def base_go_version(self) -> str:
        return f"v{self.base_version}"


def extension(lib) -> ExtensionPackage:
    """The package facts of an extension library (lib.is_extension)."""
    core = lib.root
    return ExtensionPackage(
        name=lib.name, version=lib.version_string, license=license_of(lib),
        description=f"{lib.name}: an extension of {core.name}, over its buffers, bytes and strings",
        base=core.name, base_version=core.version_string,
        go_module=go_module(lib), base_go_module=go_module(core),
        java_group=java_group(), java_package=f"{java_group()}.{lib.name}",
        swift_package=pascal(lib.name), base_swift_package=surface.brand(core))
