"""The sample page (samples/wasm/) in headless Chromium: served from
localhost by Python's http.server, it loads weaveheap.wasm through the
generated glue, and the test reads the roundtrip result from the page's DOM.
A second run serves a corrupted module and expects the page to say it
failed, so that a page that never runs cannot pass.

    python3 tests/wasm/test_browser.py <build>/wasm/sample
Exit status 77 (skipped for ctest) when no Chromium is installed.
"""
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
EXPECTED = "roundtrip ok: héllo, wörld ✓ cafebabe"


class Quiet(http.server.SimpleHTTPRequestHandler):
    requested: list = []

    def log_message(self, fmt, *args):
        Quiet.requested.append(self.path)


def dump_dom(chromium: str, directory: Path) -> str:
    """Serves `directory` on a free localhost port while Chromium loads its
    index.html; returns the DOM after the page's scripts ran."""
    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        with tempfile.TemporaryDirectory(prefix="weaveheap-chromium.") as profile:
            run = subprocess.run(
                [chromium, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url],
                capture_output=True, timeout=90)
        dom = run.stdout.decode("utf-8", "replace")
        if run.returncode != 0 and not dom:
            raise AssertionError(f"chromium failed ({run.returncode}): {run.stderr.decode(errors='replace')[-2000:]}")
        return dom
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def main() -> int:
    sample = Path(sys.argv[1] if len(sys.argv) > 1 else "build/wasm/sample")
    chromium = os.environ.get("WEAVEHEAP_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("skipped: no chromium (Debian: apt-get install chromium)")
        return 77
    for name in ("index.html", "sample.mjs", "weaveheap.mjs", "weaveheap.wasm"):
        assert (sample / name).is_file(), f"{sample / name} is missing: build the weaveheap_wasm target"

    Quiet.requested.clear()
    dom = dump_dom(chromium, sample)
    assert 'data-status="pass"' in dom, f"the page did not pass:\n{dom[-3000:]}"
    assert EXPECTED in dom, f"no roundtrip result in the page:\n{dom[-3000:]}"
    assert dom.count('<li data-ok="true">') == 5 and '<li data-ok="false">' not in dom, dom[-3000:]
    assert "/weaveheap.wasm" in Quiet.requested, f"the module was not fetched: {Quiet.requested}"
    print(f"pass: {EXPECTED} (requests: {', '.join(sorted(set(Quiet.requested)))})")

    with tempfile.TemporaryDirectory(prefix="weaveheap-broken.") as tmp:
        broken = Path(tmp)
        for f in sample.iterdir():
            shutil.copy(f, broken / f.name)
        data = (broken / "weaveheap.wasm").read_bytes()
        (broken / "weaveheap.wasm").write_bytes(data[: len(data) // 2])
        dom = dump_dom(chromium, broken)
        assert 'data-status="fail"' in dom and EXPECTED not in dom, \
            f"a truncated module should fail the page:\n{dom[-3000:]}"
    print("pass: a truncated module fails the page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
