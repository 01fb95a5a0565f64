"""The wheel test: builds the weaveheap wheel with pip (offline: the build
dependencies come from scripts/install-deps.sh), installs it into a fresh
virtual environment and runs tests/python and the generated tests there
against the installed package. Prints pytest's summary; exits non-zero on any failure."""
import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path


def run(cmd, **kw):
    print("+", " ".join(map(str, cmd)), flush=True)
    return subprocess.run(list(map(str, cmd)), check=True, **kw)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", type=Path, required=True)
    ap.add_argument("--work", type=Path, required=True)
    args = ap.parse_args()
    work, repo = args.work.resolve(), args.repo.resolve()
    dist, venv = work / "dist", work / "venv"
    for d in (dist, venv):
        shutil.rmtree(d, ignore_errors=True)
    dist.mkdir(parents=True)

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # The CMake build directory is kept between runs (scikit-build-core
    # rebuilds only what changed).
    run([sys.executable, "-m", "pip", "wheel", repo, "--no-build-isolation", "--no-deps",
         "--disable-pip-version-check", "-w", dist, f"--config-settings=build-dir={work / 'build'}"],
        env=env)
    wheels = list(dist.glob("weaveheap-*.whl"))
    assert len(wheels) == 1, wheels

    # --system-site-packages: numpy, pyarrow and pytest come from the base
    # interpreter; weaveheap must come from the venv.
    run([sys.executable, "-m", "venv", "--system-site-packages", venv], env=env)
    py = venv / "bin" / "python"
    run([py, "-m", "pip", "install", "--no-deps", "--no-index", "--disable-pip-version-check", wheels[0]],
        env=env)
    where = subprocess.run([py, "-c", "import weaveheap; print(weaveheap.__file__)"], cwd=work, env=env,
                           check=True, capture_output=True, text=True).stdout.strip()
    print("weaveheap imported from", where)
    if not Path(where).resolve().is_relative_to(venv.resolve()):
        print(f"run_wheel: weaveheap came from {where}, not from the venv {venv}", file=sys.stderr)
        return 1
    env["WEAVEHEAP_EXPECT_PACKAGE_IN"] = str(venv.resolve())
    # tests/python on the path for harness.py, which runs the generated tests
    env["PYTHONPATH"] = str(repo / "tests" / "python")
    return subprocess.run([py, "-m", "pytest", repo / "tests" / "python", repo / "generated" / "python" / "tests",
                           "-q", "-p", "no:cacheprovider"], cwd=work, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
