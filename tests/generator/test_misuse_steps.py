"""The steps every language's generated misuse test performs (misuse_steps.py),
on the real IDL: each case's objects, what is done to them before the call,
the call's arguments, and what is checked and closed after."""
import pytest

from weaveheap_gen import DEFAULT_IDL, load, misuse, misuse_steps, surface


@pytest.fixture(scope="module")
def plans():
    s = surface.build(load(DEFAULT_IDL, "idl/weaveheap.wh"))
    return {p.case.id: p for p in misuse_steps.plans(s)}


def kinds(p):
    return [(st.kind, st.token or st.obj.name) for st in p.steps]


def test_every_case_has_its_steps(plans):
    s = surface.build(load(DEFAULT_IDL, "idl/weaveheap.wh"))
    assert set(plans) == {c.id for c in misuse.build(s).cases}
    for p in plans.values():
        assert len(p.args) == len(p.case.callable.params), p.case.id
        assert (p.receiver is not None) == (p.case.callable.receiver is not None), p.case.id


def test_stale_reused_and_destroyed(plans):
    p = plans["buffer_size_buffer_stale"]
    assert kinds(p) == [("make", "region"), ("make", "target"), ("fill", "target"), ("close", "target")]
    assert p.receiver.obj.name == "target" and p.checked == [] and [o.name for o in p.live_roots] == ["region"]
    p = plans["buffer_size_buffer_reused"]
    newer = next(o for o in p.objects if o.name == "newer")
    assert newer.parent.name == "region", "the newer object takes the slot in the same region"
    assert p.checked == [newer], "a handle never names a newer object: its bytes are checked"
    p = plans["buffer_size_buffer_after_region_destroy"]
    assert kinds(p)[-1] == ("close", "region") and p.live_roots == []


def test_views_held_and_viewed_objects(plans):
    p = plans["region_reset_region_while_borrowed_shared"]
    assert kinds(p) == [("make", "target"), ("make", "viewed"), ("fill", "viewed"), ("snapshot", "viewed"),
                        ("view", "token1")]
    assert p.tokens == ["token1"] and [o.name for o in p.checked] == ["viewed"]
    p = plans["borrow_unique_buffer_borrow_conflict_shared_unique"]
    assert [st.view for st in p.steps if st.kind == "view"] == ["shared"]
    p = plans["borrow_release_view_double_release"]
    assert kinds(p)[-2:] == [("view", "token1"), ("close_view", "token1")]
    assert p.receiver.kind == "token" and p.tokens == []


def test_arguments(plans):
    p = plans["buffer_alloc_region_absurd_value_size_100000010_limited"]
    assert p.receiver.obj.byte_limit == misuse.BYTE_LIMIT
    assert [(v.kind, v.value) for v in p.args] == [("value", (1 << 32) + 16), ("value", 16)]
    p = plans["buffer_read_buffer_null_dst"]
    assert [v.kind for v in p.args] == ["value", "null"] and p.null_target is p.args[1]
    p = plans["handle_kind_of_region_forged_handle"]
    assert p.receiver is None and p.args[0].kind == "forged"
    p = plans["buffer_release_buffer_wrong_kind_region"]
    assert p.receiver.obj.cls.name == "region"
