"""The steps of every misuse case (misuse.plan), on the real IDL: what each
language's generated misuse test makes, the misused state, the call, the
views held, the bytes that must not change and what is closed at the end;
what a case needs a language to be able to say (not_expressible); and the
Renderer every language's generator is a subclass of."""
import pytest

from weaveheap_gen import DEFAULT_IDL, api, load, misuse, surface


@pytest.fixture(scope="module")
def m():
    return misuse.build(surface.build(load(DEFAULT_IDL, "idl/weaveheap.wh")))


@pytest.fixture(scope="module")
def plans(m):
    return {p.case.id: p for p in misuse.plans(m)}


def steps(p):
    return [(st.what, st.var, st.make and st.make.how) for st in p.steps]


def test_every_case_has_its_steps(m, plans):
    assert list(plans) == [c.id for c in m.cases]
    for p in plans.values():
        c = p.case.callable
        assert [a.param for a in p.args] == c.params, p.case.id
        assert (p.receiver is not None or p.null_receiver) == (c.receiver is not None), p.case.id
        # the bytes are remembered once, after every object is made, before any view
        whats = [st.what for st in p.steps]
        assert whats.count("remember") == 1, p.case.id
        at = whats.index("remember")
        assert not [st for st in p.steps[at:] if st.what == "make" and st.make.how == "fixture"], p.case.id
        assert not [st for st in p.steps[:at] if st.what == "make" and st.make.how == "view"], p.case.id
        # every variable used is made first
        made = [st.var for st in p.steps if st.what == "make"]
        assert p.used <= set(made), p.case.id


def test_stale_reused_and_destroyed(plans):
    p = plans["buffer_size_buffer_stale"]
    assert steps(p) == [("make", "region", "region"), ("make", "recv", "fixture"), ("fill", "recv", None),
                        ("close", "recv", None), ("remember", None, None)]
    assert p.receiver == "recv" and p.unchanged == [] and p.regions == ["region"]
    p = plans["buffer_size_buffer_reused"]
    newer = p.made("newer")
    assert newer.how == "fixture" and newer.of == "region", "the newer object takes the slot in the same region"
    assert p.unchanged == ["newer"], "a stale handle never names the newer object: its bytes are checked"
    p = plans["buffer_size_buffer_after_region_destroy"]
    assert steps(p)[-2:] == [("close", "region", None), ("remember", None, None)] and p.regions == []
    p = plans["region_destroy_region_reused"]
    assert steps(p)[-3:-1] == [("make", "newer", "region"), ("make", "again", "adopt")]
    assert p.receiver == "again" and p.regions == ["newer"]
    p = plans["handle_kind_of_region_reused_handle"]
    assert p.receiver is None and p.args[0].var == "region" and p.regions == ["newer"]
    p = plans["buffer_release_buffer_double_release"]
    assert steps(p)[-2:] == [("make", "again", "adopt"), ("remember", None, None)]
    assert p.made("again").of == "recv" and p.unchanged == []


def test_views_held_and_viewed_objects(plans):
    p = plans["buffer_write_buffer_while_borrowed_shared"]
    assert steps(p) == [("make", "region", "region"), ("make", "recv", "fixture"), ("fill", "recv", None),
                        ("remember", None, None), ("make", "held", "view")]
    assert p.views == ["held"] and p.unchanged == ["recv"] and p.made("held").access == "shared"
    p = plans["region_reset_region_while_borrowed_shared"]
    assert p.receiver == "region" and p.made("viewed").cls.name == "buffer" and p.unchanged == ["viewed"]
    p = plans["borrow_shared_bytes_borrow_conflict_unique_shared"]
    assert p.made("recv").cls.name == "bytes" and p.access == "shared" and p.made("held").access == "unique"
    p = plans["borrow_release_view_double_release"]
    assert [mk.how for mk in p.makes] == ["region", "fixture", "view", "adopt"] and p.receiver == "recv"
    assert ("close", "first", None) in steps(p) and p.views == []


def test_fill_arguments(plans):
    p = plans["buffer_size_buffer_stale"]
    fill = next(st for st in p.steps if st.what == "fill")
    assert [(a.param.name, a.value) for a in fill.args] == [("offset", 0), ("data", misuse.FILL)]
    assert len(misuse.FILL) == misuse.SAMPLE_SIZE and misuse.SAMPLE_TEXT.encode() not in misuse.FILL


def test_arguments(m, plans):
    p = plans["buffer_alloc_region_absurd_value_size_100000010_limited"]
    assert p.made("region").byte_limit == misuse.BYTE_LIMIT and p.receiver == "region"
    assert [(a.kind, a.value) for a in p.args] == [("value", (1 << 32) + 16), ("value", 16)]
    assert plans["buffer_alloc_region_absurd_value_size_10000000000"].made("region").byte_limit is None
    cls, param, fl = m.limit
    assert (cls.name, param.name, fl.name) == ("region", "options", misuse.BYTE_LIMIT_FIELD)
    p = plans["buffer_read_buffer_null_dst"]
    assert [a.kind for a in p.args] == ["value", "null"] and p.null_param == "dst"
    assert plans["buffer_write_buffer_null_data"].null_param == "data"
    p = plans["borrow_unique_string_null"]
    assert p.null_receiver and p.receiver is None and p.null_param == "target"
    assert p.receiver_class.name == "string"
    p = plans["handle_kind_of_region_forged_handle"]
    assert p.receiver is None and p.made(p.args[0].var).how == "forged"
    p = plans["buffer_release_buffer_wrong_kind_region"]
    assert p.made("recv").how == "adopt" and p.made("recv").of == "region"


def test_render_splits_the_cases(m):
    written, skipped = misuse.render(m, Trace, "java")
    assert len(written) + len(skipped) == len(m.cases)
    assert {r.case.id for r, _ in skipped} == {c.id for c in m.cases if c.misuse == "null" and c.target is None}
    assert {why for _, why in skipped} == {misuse.NOT_EXPRESSIBLE["java"]["null:receiver"]}
    written, skipped = misuse.render(m, Trace, "swift", lambda name: name.upper())
    assert "`DATA` is not optional: nil does not compile" in {why for _, why in skipped}


def test_needs_and_not_expressible(plans):
    assert plans["buffer_size_buffer_null"].needs == ["null:receiver"]
    assert plans["buffer_write_buffer_null_data"].needs == ["null:bytes_in"]
    assert plans["handle_kind_of_region_forged_handle"].needs == ["forged"]
    assert plans["buffer_release_buffer_wrong_kind_region"].needs == ["wrong_kind"]
    assert plans["borrow_release_view_double_release"].needs == ["second_wrapper"]
    assert plans["buffer_size_buffer_stale"].needs == []
    p = plans["buffer_write_buffer_null_data"]
    assert misuse.not_expressible(p, {"null:receiver": "r"}) is None
    assert misuse.not_expressible(p, {"null:bytes_in": "b", "null": "any"}) == "b"
    assert misuse.not_expressible(p, {"null": "any"}) == "any"
    assert misuse.not_expressible(p, {"null": "{param} is null"}, lambda n: f"<{n}>") == "<data> is null"
    assert misuse.reason_key(p, {"null": "x"}) == "null" and misuse.reason_key(p, {"forged": "x"}) is None
    assert set(misuse.NOT_EXPRESSIBLE) == set(api.LANGUAGES)


class Trace(misuse.Renderer):
    def make(self, mk):
        return [f"make {mk.var} {mk.how}"]

    def fill(self, var, cls, args):
        return [f"fill {var} {cls.name} {len(args)}"]

    def remember(self, vars):
        return [f"remember {vars}"]

    def close(self, var, cls):
        return [f"close {var} {cls.name}"]

    def arg(self, a):
        return a.var or repr(a.value)

    def null_receiver(self, cls):
        return f"null {cls.name}"

    def call(self, c, recv, args):
        return f"{recv}.{c.member}({', '.join(args)})"

    def expect(self, call):
        return [f"expect {self.case.error.stem} from {call}"]

    def unchanged(self, vars):
        return [f"unchanged {vars}"]

    def finish(self, regions):
        return [f"finish {regions}"]


def test_renderer_walks_the_plan(m):
    case = next(c for c in m.cases if c.id == "buffer_write_buffer_while_borrowed_shared")
    assert Trace(m, case).lines() == [
        "make region region", "make recv fixture", "fill recv buffer 2", "remember ['recv']",
        "make held view", "expect Borrow from recv.write(0, b'hello')", "close held view", "unchanged ['recv']",
        "finish ['region']"]
    case = next(c for c in m.cases if c.id == "buffer_size_buffer_null")
    t = Trace(m, case)
    assert t.lines()[-2:] == ["expect InvalidArgument from null buffer.size()", "finish ['region']"], \
        "nothing to remember: no remember, no unchanged"
    case = next(c for c in m.cases if c.id == "buffer_size_buffer_reused")
    assert Trace(m, case).setup(remember=False)[-1] == "fill newer buffer 2"


# What each language cannot express, by what a case needs (Plan.needs): the
# rest of the matrix is a test in it.
NOT_EXPRESSIBLE = {
    "c_tests": set(),
    "node": set(),
    "go": {"null:bytes_in", "null:bytes_out"},
    "java": {"null:receiver"},
    "python": {"null:receiver"},
    "swift": {"null:receiver", "null:bytes_in", "null:bytes_out", "null:any_handle", "null:object", "null:text_in"},
    "wasm": {"forged", "wrong_kind", "second_wrapper", "null:receiver", "null:bytes_in", "null:bytes_out",
             "null:any_handle", "null:object", "null:text_in"},
}


def _coverage(target, out) -> tuple[list, list]:
    """(ids of the tests, ids of the not-expressible cases) a target renders."""
    if target == "c_tests":
        return [c.id for c in out["cases"]], []
    if target == "node":
        return [c.id for c in out["tests"].cases], []
    if target == "go":
        return [n.removeprefix("TestMisuse_") for n, _, _ in out["go"]["misuse_tests"]], \
            [i for i, _ in out["go"]["not_expressible"]]
    if target == "java":
        return [i for i, _, _ in out["java"]["misuse_tests"]], [i for i, _ in out["java"]["not_expressible"]]
    if target == "python":
        return [i for i, _, _ in out["misuse_tests"]], [i for i, _ in out["not_expressible"]]
    if target == "swift":
        mx = out["sw"]["misuse"]
        return [c.id for c in mx["cases"]], [c.id for c in mx["not_expressible"]]
    return [c.id for c, _ in out["misuse_cases"]], [c.id for c, _ in out["not_expressible"]]


@pytest.mark.parametrize("target", sorted(NOT_EXPRESSIBLE))
def test_every_language_has_every_case_once(target, plans):
    from weaveheap_gen import targets
    out = targets.load(target).prepare(load(DEFAULT_IDL, "idl/weaveheap.wh"))
    tests, skipped = _coverage(target, out)
    assert len(set(tests)) == len(tests) and not set(tests) & set(skipped)
    assert sorted(tests + skipped) == sorted(plans)
    assert sorted(skipped) == sorted(i for i, p in plans.items() if set(p.needs) & NOT_EXPRESSIBLE[target])


def test_every_reason_says_what_is_not_expressible():
    for lang, reasons in misuse.NOT_EXPRESSIBLE.items():
        assert set(reasons) <= set(misuse.NEEDS), lang


def test_docs_api_says_each_languages_exceptions():
    from weaveheap_gen.targets import api as api_target
    out = api_target.prepare(load(DEFAULT_IDL, "idl/weaveheap.wh"))
    notes = {lang: " ".join(lines) for lang, lines in out["notes"]}
    assert "one enum, `WeaveHeapError`" in notes["Swift"] and "isA(.borrow)" in notes["Swift"]
    assert "`weaveheap.ReadStats` for `stats.global`" in notes["Go"] and "(`(*Region).NewBuffer`)" in notes["Go"]
    assert "end in `Exception`" in notes["Java"] and "`WeaveHeapString`" in notes["Java"]
    assert "a null receiver (Python cannot" in notes["Python"]
    assert "Not expressible" not in notes["JavaScript (Node and wasm)"]
    for lang, reasons in misuse.NOT_EXPRESSIBLE.items():
        if lang != "c":
            title = api.TITLES[lang]
            assert all(misuse.NEEDS[n] in notes[title] for n in reasons), lang
