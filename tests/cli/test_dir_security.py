"""The stats directory against another user (issue 10): the publisher and
`weaveheap` run as a second uid (setpriv), while a third uid ("mallory")
owns directories, plants links and swaps directories. Whatever is done, the
library never follows a link, never writes or deletes outside its own
directory, and `weaveheap stats` never reads another user's file. Every
scenario compares the whole tree (types, owners, modes, contents, link
targets) before and after.

Needs root (to become other users): run through root_only.py, which exits
77 (ctest: skipped) otherwise. The two uids are picked at random among uids
no account uses, so that the default directory /tmp/weaveheap-<uid> is this
run's own even with other tests running on the machine."""
import os
import random
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import CLI, DENIED, NOT_FOUND, OK, USAGE

PUBLISHER = os.environ.get("WEAVEHEAP_PUBLISHER_CHILD", "")
SETPRIV = shutil.which("setpriv")
INVALID_ARGUMENT = 1  # weaveheap_error codes (generated/c/weaveheap.h)


def unused_uid(taken):
    used = {int(line.split(":")[2]) for line in Path("/etc/passwd").read_text().splitlines() if line.count(":") >= 3}
    while True:
        uid = random.randrange(200000, 2000000)
        if uid not in used and uid not in taken and not os.path.lexists(f"/tmp/weaveheap-{uid}"):
            return uid


class World:
    """A private tree: `bin` (the programs), `u` (the user's own, 0755),
    `m` (mallory's, 0755), and the two uids."""

    def __init__(self, base):
        self.base = base
        self.user = unused_uid(set())
        self.mallory = unused_uid({self.user})
        self.bin = base / "bin"
        self.bin.mkdir()
        self.cli = shutil.copy(CLI, self.bin)
        self.publisher = shutil.copy(PUBLISHER, self.bin)
        self.u = self.mkdir(base / "u", self.user, 0o755)
        self.m = self.mkdir(base / "m", self.mallory, 0o755)
        self.victim = self.mkdir(self.u / "victim", self.user, 0o700)  # the user's, not for stats

    @staticmethod
    def mkdir(path, uid, mode):
        path.mkdir()
        os.chown(path, uid, uid)
        path.chmod(mode)
        return path

    def sentinel(self, path, uid):
        path.write_bytes(b"precious " + path.name.encode())
        os.chown(path, uid, uid)
        path.chmod(0o600)
        return path

    def as_(self, uid):
        return [SETPRIV, f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]

    def env(self, stats_dir=None, xdg=None):
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/"}
        for keep in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS"):
            if keep in os.environ:
                env[keep] = os.environ[keep]
        if stats_dir is not None:
            env["WEAVEHEAP_STATS_DIR"] = str(stats_dir)
        if xdg is not None:
            env["XDG_RUNTIME_DIR"] = str(xdg)
        return env

    def cli_as(self, uid, *args, env=None):
        p = subprocess.run(self.as_(uid) + [self.cli, *map(str, args)], capture_output=True, text=True,
                           env=env or self.env(), timeout=120, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr

    def tree(self, also=()):
        """Everything under the base (and under `also`), without following links."""
        out = {}
        for top in (self.base, *also):
            for dirpath, dirnames, filenames in os.walk(top):
                for name in dirnames + filenames:
                    p = os.path.join(dirpath, name)
                    st = os.lstat(p)
                    if stat.S_ISLNK(st.st_mode):
                        out[p] = ("link", os.readlink(p))
                    elif stat.S_ISDIR(st.st_mode):
                        out[p] = ("dir", st.st_uid, stat.S_IMODE(st.st_mode))
                    else:
                        out[p] = ("file", st.st_uid, stat.S_IMODE(st.st_mode), Path(p).read_bytes())
        return out


class Publisher:
    """publisher_child.c running as `uid`."""

    def __init__(self, world, uid, env):
        self.proc = subprocess.Popen(world.as_(uid) + [world.publisher], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, bufsize=1)
        first = self.proc.stdout.readline().split()
        assert first[:1] == ["pid"], first
        self.pid = int(first[1])

    def do(self, command):
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        if command == "exit":
            self.proc.stdin.close()
            assert self.proc.wait(timeout=60) == 0, self.proc.stderr.read()
            return None
        line = self.proc.stdout.readline().rstrip("\n")
        assert line, f"the publisher ended: {self.proc.stderr.read()}"
        return line

    def refused(self, command, why):
        line = self.do(command)
        assert line.startswith(f"error {INVALID_ARGUMENT} refusing to publish stats: ") and why in line, line
        assert self.do("active") == "ok 0"

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def world():
    if not PUBLISHER or not os.access(PUBLISHER, os.X_OK):
        pytest.fail("WEAVEHEAP_PUBLISHER_CHILD must name publisher_child (run through ctest)")
    assert os.geteuid() == 0 and SETPRIV, "root_only.py runs this file as root with setpriv present"
    base = Path(tempfile.mkdtemp(prefix="weaveheap-dirsec-"))
    base.chmod(0o755)
    w = World(base)
    yield w
    for uid in (w.user, w.mallory):
        shutil.rmtree(f"/tmp/weaveheap-{uid}", ignore_errors=True)
        if os.path.islink(f"/tmp/weaveheap-{uid}"):
            os.unlink(f"/tmp/weaveheap-{uid}")
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def publishers():
    started = []
    yield started
    for p in started:
        p.kill()


def start(world, publishers, env, uid=None):
    p = Publisher(world, world.user if uid is None else uid, env)
    publishers.append(p)
    return p


def changes(before, after):
    return {k: (before.get(k), after.get(k)) for k in set(before) | set(after) if before.get(k) != after.get(k)}


def test_symlinked_directory_however_spelled(world, publishers):
    """A link to a directory of the user's, made by the user or by mallory,
    with or without a trailing slash or /.: refused, nothing written."""
    real = world.mkdir(world.u / "real", world.user, 0o700)
    (world.u / "link").symlink_to(real)
    (world.m / "link").symlink_to(real)
    os.lchown(world.m / "link", world.mallory, world.mallory)
    before = world.tree()
    for link in (world.u / "link", world.m / "link"):
        for tail in ("", "/", "/.", "/./", "//"):
            spelled = f"{link}{tail}"
            p = start(world, publishers, world.env(spelled))
            p.do("region")
            p.refused("now", "(a symbolic link)")
            p.refused("start", "(a symbolic link)")
            p.do("exit")
            for args in (["stats"], ["viz"], ["stats", p.pid], ["stats", "--", world.publisher]):
                code, out, err = world.cli_as(world.user, *args, env=world.env(spelled))
                assert code == DENIED and "(a symbolic link)" in err and out == "", (spelled, args, code, err)
                code, out, err = world.cli_as(world.user, args[0], "--dir", spelled, *args[1:])
                assert code == DENIED and "(a symbolic link)" in err and out == "", (spelled, args, code, err)
    assert changes(before, world.tree()) == {}


def test_another_users_directory(world, publishers):
    """Mallory's directory, whatever its mode: refused by the library and by
    `weaveheap`, nothing written to it, nothing of it read."""
    for mode in (0o700, 0o755, 0o777, 0o1777):
        d = world.mkdir(world.m / f"stats{mode:o}", world.mallory, mode)
        before = world.tree()
        p = start(world, publishers, world.env(d))
        p.refused("now", f"belongs to uid {world.mallory}, not to you (uid {world.user})")
        p.do("exit")
        code, out, err = world.cli_as(world.user, "stats", "--dir", d)
        assert code == DENIED and f"belongs to uid {world.mallory}" in err and out == "", err
        assert changes(before, world.tree()) == {}


def test_group_or_world_writable_directory(world, publishers):
    """The user's own directory open to group or others: refused."""
    for mode in (0o770, 0o707, 0o777, 0o1777, 0o750, 0o705, 0o720):
        d = world.mkdir(world.u / f"open{mode:o}", world.user, mode)
        before = world.tree()
        p = start(world, publishers, world.env(d))
        p.refused("now", f"has mode {mode:04o}")
        p.do("exit")
        code, _, err = world.cli_as(world.user, "stats", "--dir", d)
        assert code == DENIED and f"has mode {mode:04o}" in err, err
        assert changes(before, world.tree()) == {}


def test_default_directory_taken_by_another_user(world, publishers):
    """Without XDG_RUNTIME_DIR the default is /tmp/weaveheap-<uid>: mallory
    made it first (a directory of hers, or a link to one of the user's).
    Publishing is refused, never redirected; with XDG_RUNTIME_DIR set it goes
    there instead."""
    default = Path(f"/tmp/weaveheap-{world.user}")
    victims = world.tree()
    for kind in ("dir", "link"):
        if kind == "dir":
            world.mkdir(default, world.mallory, 0o777)
            why, said = f"belongs to uid {world.mallory}", f"belongs to uid {world.mallory}"
        else:
            shutil.rmtree(default)
            default.symlink_to(world.victim)
            os.lchown(default, world.mallory, world.mallory)
            why, said = "(a symbolic link)", "(a symbolic link)"
        before = world.tree(also=[default] if kind == "dir" else [])
        p = start(world, publishers, world.env())
        p.do("region")
        p.refused("start", why)
        p.do("exit")
        code, out, err = world.cli_as(world.user, "stats")
        assert code == DENIED and said in err and str(default) in err, err
        assert changes(before, world.tree(also=[default] if kind == "dir" else [])) == {}
    default.unlink()
    assert changes(victims, world.tree()) == {}
    # XDG_RUNTIME_DIR is preferred: the same user publishes and reads there.
    runtime = world.mkdir(world.u / "run", world.user, 0o700)
    p = start(world, publishers, world.env(xdg=runtime))
    p.do("region")
    assert p.do("now") == "ok"
    assert (runtime / "weaveheap" / f"{p.pid}.stats").exists()
    code, out, err = world.cli_as(world.user, "stats", p.pid, env=world.env(xdg=runtime))
    assert code == OK and out.startswith(f"pid {p.pid} "), err
    p.do("exit")
    assert list((runtime / "weaveheap").iterdir()) == []
    assert not os.path.lexists(default)


def test_directory_swapped_by_the_owner_of_its_parent(world, publishers):
    """The user's stats directory lives in mallory's directory. While the
    user's process publishes, mallory moves it away and puts a link to
    another directory of the user's in its place, holding a file of the same
    name. The process goes on writing to the directory it opened, removes
    only its own file at exit, and the other directory is left as it was."""
    parent = world.mkdir(world.m / "parent", world.mallory, 0o755)
    d = world.mkdir(parent / "stats", world.user, 0o700)
    p = start(world, publishers, world.env(d))
    p.do("region")
    assert p.do("start") == "ok"
    for name in (f"{p.pid}.stats", f".{p.pid}.stats.tmp"):
        world.sentinel(world.victim / name, world.user)
    subprocess.run(world.as_(world.mallory) + ["sh", "-c", f'mv "{d}" "{d}.old" && ln -s "{world.victim}" "{d}"'],
                   check=True)
    victims = world.tree(also=[])
    assert p.do("now") == "ok"  # still into the directory it opened
    assert (parent / "stats.old" / f"{p.pid}.stats").stat().st_uid == world.user
    code, out, err = world.cli_as(world.user, "stats", p.pid, "--dir", d)  # the reader refuses the link
    assert code == DENIED and "(a symbolic link)" in err
    code, out, err = world.cli_as(world.user, "stats", p.pid, "--dir", f"{d}.old")
    assert code == OK and out.startswith(f"pid {p.pid} "), err
    p.do("exit")
    after = world.tree()
    assert not (parent / "stats.old" / f"{p.pid}.stats").exists()  # its own file, removed
    assert changes(victims, after) == {str(parent / "stats.old" / f"{p.pid}.stats"): (victims[
        str(parent / "stats.old" / f"{p.pid}.stats")], None)}


def test_planted_links_at_the_file_names(world, publishers):
    """Links at the temporary and final names, to the user's and to
    mallory's files, planted before publishing: replaced, never followed; a
    link swapped in after the file was made is left alone at exit; the
    reader refuses a link and a file of mallory's."""
    d = world.mkdir(world.u / "stats", world.user, 0o700)
    theirs = world.sentinel(world.m / "theirs", world.mallory)
    mine = world.sentinel(world.victim / "mine", world.user)
    p = start(world, publishers, world.env(d))
    (d / f".{p.pid}.stats.tmp").symlink_to(mine)
    (d / f"{p.pid}.stats").symlink_to(theirs)
    before = world.tree()
    p.do("region")
    assert p.do("now") == "ok"
    final = d / f"{p.pid}.stats"
    st = final.lstat()
    assert stat.S_ISREG(st.st_mode) and st.st_uid == world.user and stat.S_IMODE(st.st_mode) == 0o600
    assert not os.path.lexists(d / f".{p.pid}.stats.tmp")
    diff = changes(before, world.tree())
    assert set(diff) == {str(d / f".{p.pid}.stats.tmp"), str(final)}, diff
    code, out, err = world.cli_as(world.user, "stats", p.pid, "--dir", d)
    assert code == OK, err
    # A link in place of the file: the reader refuses it; the exit leaves it.
    os.rename(final, d / "moved-away")
    final.symlink_to(mine)
    code, out, err = world.cli_as(world.user, "stats", p.pid, "--dir", d)
    assert code == DENIED and "symbolic link" in err and out == ""
    p.do("exit")
    assert os.path.islink(final) and mine.read_bytes() == b"precious mine" and theirs.read_bytes() == b"precious theirs"


def test_reader_never_reads_another_users_file(world, publishers):
    """Mallory's own live stats (her process, her directory), her file put
    in the user's directory (a copy, a hard link), a link to it: `weaveheap`
    as the user refuses each without printing anything of it, and removes
    none of them."""
    md = world.mkdir(world.m / "stats", world.mallory, 0o700)
    hers = start(world, publishers, world.env(md), uid=world.mallory)
    hers.do("region")
    assert hers.do("now") == "ok"
    hers_file = md / f"{hers.pid}.stats"
    code, out, err = world.cli_as(world.user, "stats", hers.pid, "--dir", md)
    assert code == DENIED and f"belongs to uid {world.mallory}" in err and out == ""
    d = world.mkdir(world.u / "stats", world.user, 0o700)
    mine = start(world, publishers, world.env(d))  # a live process of the user's to name files after
    placed = d / f"{mine.pid}.stats"
    for how in ("copy", "hardlink", "symlink"):
        if how == "copy":  # one the user could read (0600 or not, it is hers)
            shutil.copy2(hers_file, placed)
            os.chown(placed, world.mallory, world.mallory)
            placed.chmod(0o644)
        elif how == "hardlink":
            os.link(hers_file, placed)
        else:
            placed.symlink_to(hers_file)
        before = world.tree()
        for args in (["stats", mine.pid], ["viz", mine.pid], ["stats", mine.pid, "--json"]):
            code, out, err = world.cli_as(world.user, *args, "--dir", d)
            assert code == DENIED and out == "", (how, args, code, err)
            assert ("symbolic link" if how == "symlink" else f"belongs to uid {world.mallory}") in err, err
        code, out, err = world.cli_as(world.user, "stats", "--json", "--dir", d)
        assert code == DENIED and '"processes":[]' in out and str(placed) not in out.split('"errors"')[0]
        assert changes(before, world.tree()) == {}
        placed.unlink()
    hers.do("exit")
    mine.do("exit")


def test_second_user_cannot_see_into_the_users_directory(world, publishers):
    """The roles reversed: mallory's `weaveheap` pointed at the user's live
    stats is stopped by the directory itself (0700) and by its owner."""
    d = world.mkdir(world.u / "stats", world.user, 0o700)
    p = start(world, publishers, world.env(d))
    p.do("region")
    assert p.do("now") == "ok"
    before = world.tree()
    code, out, err = world.cli_as(world.mallory, "stats", p.pid, "--dir", d)
    assert code == DENIED and out == "" and f"belongs to uid {world.user}" in err, err
    code, out, err = world.cli_as(world.mallory, "stats", "--dir", d / ".")
    assert code == DENIED and out == "", err
    assert changes(before, world.tree()) == {}
    p.do("exit")
    assert list(d.iterdir()) == []
