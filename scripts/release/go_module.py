"""Writes a Go module in the layout of a Go module proxy (the GOPROXY
protocol, which `GOPROXY=file://DIR` serves as is):

    DIR/<module>/@v/list              the versions, one a line
    DIR/<module>/@v/<version>.info    {"Version", "Time"}
    DIR/<module>/@v/<version>.mod     the module's go.mod
    DIR/<module>/@v/<version>.zip     its files, each under <module>@<version>/

The zip holds regular files only, sorted, dated at TIME (the commit's), so
the same sources give the same bytes.

    python3 go_module.py SRC_DIR VERSION TIME DIR [EXTRA_FILE...]

SRC_DIR is the module's directory (its go.mod names the module); EXTRA_FILE
(LICENSE) is added at the module's root. Prints the module path."""
import datetime
import json
import re
import sys
import zipfile
from pathlib import Path


def main(src: str, version: str, epoch: str, out: str, *extra: str) -> int:
    src_dir = Path(src)
    gomod = (src_dir / "go.mod").read_text()
    found = re.search(r"^module\s+(\S+)\s*$", gomod, re.M)
    if not found:
        raise SystemExit(f"{src_dir}/go.mod names no module")
    module = found.group(1)
    if not re.fullmatch(r"v\d+\.\d+\.\d+", version):
        raise SystemExit(f"not a semver release version: {version}")
    if module != module.lower():
        raise SystemExit(f"{module}: a proxy path would need !-escaping of capitals")
    when = datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)

    files = {p.name: p for p in sorted(src_dir.iterdir()) if p.is_file()}
    for e in extra:
        files[Path(e).name] = Path(e)
    at = Path(out) / module / "@v"
    at.mkdir(parents=True, exist_ok=True)
    prefix = f"{module}@{version}/"
    with zipfile.ZipFile(at / f"{version}.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(prefix + name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name].read_bytes())
    (at / f"{version}.mod").write_text(gomod)
    (at / f"{version}.info").write_text(
        json.dumps({"Version": version, "Time": when.strftime("%Y-%m-%dT%H:%M:%SZ")}) + "\n")
    (at / "list").write_text(version + "\n")
    print(module)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 5:
        raise SystemExit(__doc__)
    sys.exit(main(*sys.argv[1:]))
