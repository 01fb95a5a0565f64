"""The npm package's browser build in headless Chromium: a page in a project
where the package was installed (npm install), whose import map sends
'weaveheap' where the package's "browser" export condition resolves it (as a
bundler would), running the wasm sample (samples/wasm/sample.mjs) against it
with load() and no argument, so that the module comes from the package
(weaveheap.wasm next to the glue). Served from localhost by http.server, as
tests/wasm/test_browser.py does; the page must say it passed, and the glue
and the module must have been fetched from node_modules/weaveheap/.

    python3 npm_browser.py PROJECT ENTRY SAMPLE_DIR
PROJECT: the directory with node_modules/; ENTRY: the resolved browser entry,
relative to PROJECT (node_modules/weaveheap/weaveheap.mjs); SAMPLE_DIR:
samples/wasm. Prints the page's result line."""
import importlib.util
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("test_browser", here.parent / "wasm" / "test_browser.py")
browser = importlib.util.module_from_spec(spec)
spec.loader.exec_module(browser)

IMPORT = "from './weaveheap.mjs';"
LOAD = "await load(new URL('./weaveheap.wasm', import.meta.url));"


def main(project: str, entry: str, sample_dir: str) -> int:
    import shutil
    root, samples = Path(project), Path(sample_dir)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "no chromium (scripts/install-deps.sh installs it)"
    page = (samples / "index.html").read_text()
    script = (samples / "sample.mjs").read_text()
    # The sample, as a user of the package writes it: the bare specifier, and
    # load() finding the module the package ships.
    assert IMPORT in script and LOAD in script, f"samples/wasm/sample.mjs no longer has {IMPORT!r} and {LOAD!r}"
    script = script.replace(IMPORT, "from 'weaveheap';").replace(LOAD, "await load();")
    importmap = f'<script type="importmap">{{"imports": {{"weaveheap": "/{entry}"}}}}</script>\n'
    assert '<script type="module"' in page
    page = page.replace('<script type="module"', importmap + '<script type="module"', 1)
    (root / "index.html").write_text(page)
    (root / "sample.mjs").write_text(script)

    browser.Quiet.requested.clear()
    dom = browser.dump_dom(chromium, root)
    assert 'data-status="pass"' in dom, f"the page did not pass:\n{dom[-3000:]}"
    assert browser.EXPECTED in dom, f"no roundtrip result in the page:\n{dom[-3000:]}"
    base = "/" + str(Path(entry).parent)
    for f in (f"/{entry}", f"{base}/weaveheap.wasm"):
        assert f in browser.Quiet.requested, f"{f} was not fetched: {sorted(set(browser.Quiet.requested))}"
    print(browser.EXPECTED)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
