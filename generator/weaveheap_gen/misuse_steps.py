"""Each misuse case of misuse.py as steps a generated test performs, the same
for every language: which objects to make (and in which region, with which
byte limit), what to do to them before the call (close one, make a newer one
in its slot, destroy its region, hold a view), the call with each argument,
the objects whose bytes must come out unchanged, and what to close at the
end. A language's misuse target only spells the steps; a step it cannot
express is its own "not expressible" entry, never a skipped test.

Objects are named by their part in the case:
  region  the region the other objects live in (when the receiver's class has one)
  target  the object the misuse is about (the receiver, or the misused parameter)
  subject the live receiver when the misused thing is a parameter
  newer   reused: the newer object in the target's slot
  other   wrong_kind: the live object of another class passed instead
  viewed  while_borrowed: the object in the region whose view is held
  memory  double release of a view: the object viewed
"""
from dataclasses import dataclass, field
from typing import Optional, Union

from . import misuse as mu
from .surface import Callable, Class, Param, Surface


# What a writable object is filled with once made: every byte set, none like
# the sample bytes a misused call passes, so that a refused write that wrote
# anyway shows.
FILL = bytes(range(0xa0, 0xa0 + mu.SAMPLE_SIZE))


@dataclass(eq=False)
class Obj:
    name: str
    cls: Class
    maker: Callable                   # the fixture that makes it
    args: list                        # [mu.Arg] of the maker
    parent: Optional["Obj"] = None    # the receiver of the maker (its region)
    byte_limit: Optional[int] = None  # a root made with this byte limit


@dataclass
class Step:
    """make obj | fill obj (write FILL at offset 0) | snapshot obj (read its
    bytes, to compare after the call) | close obj (its class's release,
    expected to succeed) | view obj as token (kind shared/unique) | close_view
    token."""
    kind: str
    obj: Optional[Obj] = None
    token: str = ""
    view: str = ""                    # view: "shared" / "unique"


@dataclass
class Value:
    """An argument of the call. kind: obj (an object of the plan), token (a
    view token of the plan, by name, in `value`), forged (misuse.forged_handle
    of `cls`), null, value (an int, bool, bytes or None for a struct), dst
    (the length of a bytes_out destination)."""
    kind: str
    param: Optional[Param]            # None: the receiver
    obj: Optional[Obj] = None
    cls: Optional[Class] = None
    value: Union[int, bool, bytes, str, None] = None


@dataclass
class Plan:
    case: mu.Case
    objects: list[Obj] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)      # before the call, in order
    receiver: Optional[Value] = None
    args: list[Value] = field(default_factory=list)      # the callable's public parameters, in order
    checked: list[Obj] = field(default_factory=list)     # memory objects whose bytes must not change
    tokens: list[str] = field(default_factory=list)      # views still held at the call: closed after
    live_roots: list[Obj] = field(default_factory=list)  # closed at the end

    @property
    def callable(self) -> Callable:
        return self.case.callable

    @property
    def null_target(self) -> Optional[Value]:
        """The null argument of a null case."""
        return next((v for v in [self.receiver] + self.args if v is not None and v.kind == "null"), None)


class _Builder:
    def __init__(self, matrix: mu.Matrix, case: mu.Case):
        self.m, self.s, self.case = matrix, matrix.surface, case
        self.plan = Plan(case)
        self.closed: set = set()

    def make(self, name: str, cls: Class, region: Optional[Obj] = None,
             byte_limit: Optional[int] = None) -> Obj:
        maker, args = self.m.fixtures[cls]
        taken = {o.name for o in self.plan.objects}
        base, n = name, 2
        while name in taken:
            name, n = f"{base}{n}", n + 1
        parent = None
        if maker.receiver is not None:
            parent = region or self.make("region", maker.classes[0], byte_limit=byte_limit)
        obj = Obj(name, cls, maker, args, parent, byte_limit if parent is None else None)
        self.plan.objects.append(obj)
        self.plan.steps.append(Step("make", obj))
        if cls.writable:
            self.plan.steps.append(Step("fill", obj))
        return obj

    def close(self, obj: Obj):
        self.plan.steps.append(Step("close", obj))
        self.closed.add(obj)

    def view(self, obj: Obj, kind: str) -> str:
        token = f"token{len(self.plan.tokens) + 1}"
        self.plan.steps.append(Step("view", obj, token, kind))
        self.plan.tokens.append(token)
        return token

    def gone(self, obj: Obj) -> bool:
        return obj in self.closed or (obj.parent is not None and self.gone(obj.parent))

    def misused(self, cls: Class, region: Optional[Obj]) -> Value:
        """The misused handle (the receiver, or the target parameter), put in
        its misused state."""
        case, kind = self.case, self.case.misuse
        param = case.target
        if kind == "forged":
            return Value("forged", param, cls=cls)
        if kind == "null":
            return Value("null", param)
        if kind == "wrong_kind":
            other = self.make("other", case.other, region)
            return Value("obj", param, obj=other)
        if kind == "double_release" and cls.is_token:
            memory = self.make("memory", self.s.memory_classes[0], region)
            token = self.view(memory, "shared")
            self.plan.tokens.remove(token)
            self.plan.steps.append(Step("close_view", token=token))
            return Value("token", param, value=token)
        target = self.make("target", cls, region, byte_limit=case.byte_limit)
        if kind in ("stale", "double_release"):
            self.close(target)
        elif kind == "reused":
            self.close(target)
            self.make("newer", cls, target.parent)
        elif kind == "after_region_destroy":
            self.close(target.parent)
        elif kind == "borrow_conflict":
            self.view(target, case.view)
        elif kind == "while_borrowed":
            if case.viewed is cls:
                self.view(target, case.view)
            else:
                viewed = self.make("viewed", case.viewed, target)
                self.view(viewed, case.view)
        return Value("obj", param, obj=target)

    def build(self) -> Plan:
        case, c, plan = self.case, self.case.callable, self.plan
        target_is_receiver = case.target is None
        # the receiver
        if c.receiver is not None:
            if target_is_receiver:
                plan.receiver = self.misused(case.cls, None)
            else:
                subject = self.make("subject", c.classes[0], byte_limit=case.byte_limit)
                plan.receiver = Value("obj", None, obj=subject)
        # the parameters
        region = plan.receiver.obj if plan.receiver is not None and plan.receiver.obj is not None else None
        for a in case.args:
            p = a.param
            if p is case.target:
                if p.shape in ("object", "any_handle"):
                    plan.args.append(self.misused(case.cls, None))
                elif case.misuse == "null":
                    plan.args.append(Value("null", p))
                else:
                    plan.args.append(Value("value", p, value=case.value))
            elif p.shape in ("object", "any_handle"):
                plan.args.append(Value("obj", p, obj=self.make(p.name, a.value, region)))
            elif p.shape == "bytes_out":
                plan.args.append(Value("dst", p, value=a.value))
            else:
                plan.args.append(Value("value", p, value=a.value))
        plan.checked = [o for o in plan.objects if o.cls.memory and not self.gone(o)]
        for o in plan.checked:     # read once made (and filled), before any view is taken
            last = max(i for i, st in enumerate(plan.steps) if st.obj is o and st.kind in ("make", "fill"))
            plan.steps.insert(last + 1, Step("snapshot", o))
        plan.live_roots = [o for o in plan.objects if o.parent is None and o not in self.closed]
        return plan


def plan(matrix: mu.Matrix, case: mu.Case) -> Plan:
    return _Builder(matrix, case).build()


def plans(s: Surface) -> list[Plan]:
    m = mu.build(s)
    return [plan(m, c) for c in m.cases]
