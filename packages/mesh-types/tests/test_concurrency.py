"""Typing of the process model (spec 10) and the HIR it produces (the
"concurrency" section of hir.py)."""

import pytest
from helpers import check_text, codes
from mesh_types import hir
from mesh_types.infer.services import snake_name
from mesh_types.types import INT, STRING, UNIT, TCon, TParam, TTuple
from mesh_types.unify import Unifier
from test_hir import walk


def prog(text: str) -> hir.Program:
    result = check_text(text)
    assert result.program is not None, [f"{d.code} {d.message}" for d in result.diagnostics]
    return result.program


def main_module(p: hir.Program) -> hir.Module:
    return p.modules[-1]


def nodes(p: hir.Program, cls) -> list:
    out = []
    for m in p.modules:
        roots = [f.body for f in m.functions] + [a.body for a in m.actors] + \
            [a.terminate for a in m.actors if a.terminate is not None] + \
            [h.body for s in m.services for h in s.handlers] + \
            [c.start for s in m.supervisors for c in s.children]
        for r in roots:
            out += [n for n in walk(r) if isinstance(n, cls)]
    return out


COUNTER = """
actor counter(total :: Int) do
  receive do
    (:add, n) -> counter(total + n)
    (:show, _) -> println("total ${total}")
  end
terminate do
  println("bye ${total}")
end
end

fn main() do
  let c = spawn(counter, 0)
  send(c, (:add, 2))
end
"""


# ---------------------------------------------------------------- PIDs

def test_untyped_pid_unifies_with_every_typed_pid_both_ways():
    u = Unifier()
    assert u.unify(TCon("Pid"), TCon("Pid", (INT,))) is None
    assert u.unify(TCon("Pid", (STRING,)), TCon("Pid")) is None
    assert u.unify(TCon("Pid", (STRING,)), TCon("Pid", (INT,))) is not None


def test_untyped_pid_from_the_registry_accepts_any_message():
    assert codes("fn main() do\n  send(Process.whereis(\"x\"), \"a\")\n"
                 "  send(Process.whereis(\"x\"), 42)\nend\n") == []


def test_pid_annotation_fixes_the_message_type():
    assert "E0014" in codes("fn f(p :: Pid<Int>) do\n  send(p, \"no\")\nend\n"
                            "fn main() do\n  f(self())\nend\n")


# ---------------------------------------------------------------- actors

def test_actor_hir_shape():
    p = prog(COUNTER)
    (actor,) = main_module(p).actors
    assert actor.symbol == "counter" and actor.name == "counter"
    assert actor.msg_type == TTuple((TCon("Atom"), INT))
    assert [x.binding.name for x in actor.params] == ["total"]
    assert actor.terminate is not None
    (spawn,) = nodes(p, hir.Spawn)
    assert isinstance(spawn.target, hir.ActorRef) and spawn.target.symbol == "counter"
    assert spawn.ty == TCon("Pid", (TTuple((TCon("Atom"), INT)),)) and not spawn.link
    (send,) = nodes(p, hir.Send)
    assert send.ty == UNIT and isinstance(send.message, hir.Tuple)
    (reenter,) = nodes(p, hir.Reenter)
    assert reenter.actor == "counter" and reenter.ty == UNIT and len(reenter.args) == 1
    (receive,) = nodes(p, hir.Receive)
    assert [a.system for a in receive.arms] == [None, None]
    assert receive.after_timeout is None and receive.after_body is None


def test_actor_functions_are_not_fndefs():
    p = prog(COUNTER)
    assert [f.symbol for f in main_module(p).functions] == ["main"]


def test_unconstrained_message_type_is_generalised():
    p = prog("actor sink() do\n  receive do\n    x -> println(\"${x}\")\n  end\n  sink()\nend\n"
             "fn main() do\n  let a = spawn(sink)\n  send(a, 1)\n  let b = spawn(sink)\n"
             "  send(b, \"s\")\nend\n")
    (actor,) = main_module(p).actors
    assert isinstance(actor.msg_type, TParam) and actor.type_params == [actor.msg_type]
    spawns = nodes(p, hir.Spawn)
    assert sorted(repr(s.target.type_args) for s in spawns) == ["[Int]", "[String]"]


def test_partly_known_message_type_is_shared_with_the_module():
    # `x` is fixed by the send in main: no E0103
    p = prog("actor relay() do\n  receive do\n    (from, x) -> send(from, x)\n  end\nend\n"
             "fn main() do\n  let r = spawn(relay)\n  send(r, (self(), 5))\n  receive do\n"
             "    n -> println(\"${n + 1}\")\n  end\nend\n")
    (actor,) = main_module(p).actors
    assert repr(actor.msg_type) == "(Pid<Int>, Int)"


def test_partly_inferred_message_type_is_e0103_not_defaulted():
    assert "E0103" in codes("actor relay() do\n  receive do\n    (from, x) -> send(from, \"ok\")"
                            "\n  end\nend\nfn main() do\n  let _r = spawn(relay)\nend\n")


def test_branches_beside_a_self_call_must_be_unit():
    assert "E0001" in codes("actor a(n :: Int) do\n  if n > 3 do\n    a(n - 1)\n  else\n"
                            "    n\n  end\nend\nfn main() do\n  let _p = spawn(a, 5)\nend\n")


def test_self_call_inside_a_closure_is_not_a_tail_call():
    assert "E0101" in codes("actor a(n :: Int) do\n  let f = fn -> a(n) end\n  f()\nend\n"
                            "fn main() do\n  let _p = spawn(a, 5)\nend\n")


def test_actor_name_is_not_a_function():
    assert "E0016" in codes("actor a() do\n  receive do\n    :x -> a()\n  end\nend\n"
                            "fn main() do\n  a()\nend\n")


def test_spawn_arity_and_argument_types_are_checked():
    assert codes("actor a(n :: Int) do\n  println(\"${n}\")\nend\n"
                 "fn main() do\n  let _p = spawn(a)\nend\n") == ["E0003"]
    assert codes("actor a(n :: Int) do\n  println(\"${n}\")\nend\n"
                 "fn main() do\n  let _p = spawn(a, \"x\")\nend\n") == ["E0001"]


def test_spawn_of_a_closure_and_spawn_link():
    p = prog("fn main() do\n  let me = self()\n  let p = spawn_link(fn -> send(me, 1) end)\n"
             "  link(p)\n  receive do\n    n -> println(\"${n}\")\n  end\nend\n")
    (spawn,) = nodes(p, hir.Spawn)
    assert spawn.link and isinstance(spawn.target, hir.Lambda) and spawn.args == []
    assert len(nodes(p, hir.Link)) == 1
    (self_pid,) = nodes(p, hir.SelfPid)
    assert self_pid.ty == TCon("Pid", (INT,))


# ---------------------------------------------------------------- receive

def test_system_patterns_are_typed_separately():
    p = prog("actor w() do\n  receive do\n    (:job, n) -> println(\"${n + 1}\")\n"
             "    (:exit, pid, reason) -> println(\"${pid} ${reason}\")\n"
             "    (:down, ref, pid, why) -> println(\"${ref + 1} ${pid} ${why}\")\n"
             "    (:nodedown, node) -> println(node)\n"
             "  after 50 -> println(\"late\")\n  end\nend\n"
             "fn main() do\n  let _w = spawn(w)\nend\n")
    (receive,) = nodes(p, hir.Receive)
    assert [a.system for a in receive.arms] == [None, "exit", "down", "nodedown"]
    assert receive.arms[1].pattern.ty == TTuple((TCon("Atom"), TCon("Pid"), STRING))
    assert receive.after_timeout.ty == INT and receive.ty == UNIT
    (actor,) = main_module(p).actors
    assert actor.msg_type == TTuple((TCon("Atom"), INT))


def test_after_timeout_must_be_int_and_bodies_agree():
    assert codes("fn main() do\n  receive do\n    n -> n + 1\n  after \"soon\" -> 0\n  end\n"
                 "end\n").count("E0001") == 1
    assert "E0001" in codes("fn main() do\n  let x = receive do\n    n -> n + 1\n"
                            "  after 10 -> \"late\"\n  end\nend\n")


@pytest.mark.parametrize("where", ["fn helper() do\n  {}\nend\nfn main() do\n  helper()\nend\n",
                                   "let K = {}\nfn main() do\n  println(\"${K}\")\nend\n"])
def test_receive_and_self_are_rejected_outside_processes(where):
    assert "E0017" in codes(where.replace("{}", "receive do\n    n -> n\n  end"))
    assert "E0015" in codes(where.replace("{}", "self()"))


# ---------------------------------------------------------------- services

SERVICE = """
service KeyStore do
  fn init(limit :: Int) -> Map<String, Int> do
    %{"limit" => limit}
  end

  fn bump(m :: Map<String, Int>, k :: String) -> Map<String, Int> = Map.put(m, k, 1)

  call GetCount(key :: String) :: Int do |m|
    (m, Map.get(m, key))
  end

  cast Touch(key) do |m|
    bump(m, key)
  end

  call IsHTTP() do
    let p = self()
    (%{"x" => 1}, "${p}")
  end
end

fn main() do
  let s = KeyStore.start(10)
  KeyStore.touch(s, "a")
  let n = KeyStore.get_count(s, "a")
  println("${n} ${KeyStore.is_h_t_t_p(s)}")
end
"""


def test_snake_case_algorithm_is_exact():
    assert snake_name("GetCount") == "get_count"
    assert snake_name("Reset") == "reset"
    assert snake_name("IsHTTP") == "is_h_t_t_p"
    assert snake_name("X") == "x"


def test_service_hir_shape():
    p = prog(SERVICE)
    m = main_module(p)
    (svc,) = m.services
    assert svc.symbol == "KeyStore" and svc.init == "KeyStore.init"
    assert svc.state_type == TCon("Map", (STRING, INT)) and svc.start_params == [INT]
    assert [(h.kind, h.variant, h.op) for h in svc.handlers] == [
        ("call", "GetCount", "get_count"), ("cast", "Touch", "touch"),
        ("call", "IsHTTP", "is_h_t_t_p")]
    assert [h.reply for h in svc.handlers] == [INT, UNIT, STRING]
    assert svc.handlers[1].params[0].binding.ty == STRING   # inferred from the helper
    assert svc.handlers[2].state is None
    assert {"KeyStore.init", "KeyStore.bump"} <= {f.symbol for f in m.functions}
    ops = sorted((o.op, o.kind, o.handler) for o in nodes(p, hir.ServiceOp))
    assert ops == [("get_count", "call", 0), ("is_h_t_t_p", "call", 2),
                   ("start", "start", -1), ("touch", "cast", 1)]
    (self_pid,) = nodes(p, hir.SelfPid)
    assert self_pid.ty == TCon("Pid")


def test_call_handler_must_return_state_and_reply():
    assert "E0001" in codes("service S do\n  fn init() -> Int do\n    0\n  end\n"
                            "  call Get() :: Int do |n|\n    n\n  end\nend\n"
                            "fn main() do\n  let _s = S.start()\nend\n")


def test_service_without_init_has_unit_state():
    p = prog("service Ping do\n  call Ping() :: String do\n    ((), \"pong\")\n  end\nend\n"
             "fn main() do\n  println(Ping.ping(Ping.start()))\nend\n")
    (svc,) = main_module(p).services
    assert svc.state_type == UNIT and svc.init is None and svc.start_params == []


def test_unknown_service_operation_is_e0004():
    assert codes("service S do\n  cast Go() do |s|\n    s\n  end\nend\n"
                 "fn main() do\n  S.stop(S.start())\nend\n") == ["E0004"]


# ---------------------------------------------------------------- supervisors

def test_supervisor_hir_with_defaults():
    p = prog("actor w() do\n  receive do\n    :x -> w()\n  end\nend\n"
             "supervisor Sup do\n  strategy: rest_for_one\n  max_restarts: 5\n"
             "  child a do\n    start: fn -> spawn(w) end\n  end\n"
             "  child b do\n    start: fn -> spawn(w) end\n    restart: temporary\n"
             "    shutdown: brutal_kill\n  end\nend\n"
             "fn main() do\n  let s = spawn(Sup)\n  println(\"${Supervisor.count_children(s)}\")\n"
             "end\n")
    (sup,) = main_module(p).supervisors
    assert (sup.strategy, sup.max_restarts, sup.max_seconds) == ("rest_for_one", 5, 5)
    assert [(c.name, c.restart, c.shutdown) for c in sup.children] == [
        ("a", "permanent", 5000), ("b", "temporary", None)]
    assert isinstance(sup.children[0].start, hir.Lambda)
    spawn = [s for s in nodes(p, hir.Spawn) if isinstance(s.target, hir.SupervisorRef)]
    assert len(spawn) == 1 and spawn[0].ty == TCon("Pid")


def test_library_modules_of_chapter_ten():
    assert codes("fn main() do\n  let was = Process.trap_exit(true)\n"
                 "  let me = self()\n  let r = Process.monitor(me)\n"
                 "  let _ = Process.demonitor(r)\n  Process.unlink(me)\n"
                 "  let ok = Process.register(\"me\", me) == 0 and Process.is_alive(me)\n"
                 "  let _ = Process.unregister(\"me\")\n"
                 "  let t = Timer.now_ms() + Timer.unix_ms()\n  Timer.sleep(1)\n"
                 "  let j = Job.async(fn -> t end)\n  let rs = Job.map([1, 2], fn x -> x * 2 end)\n"
                 "  let kids = Supervisor.which_children(me)\n"
                 "  let n = Supervisor.start_child(me)\n"
                 "  let _ = Supervisor.terminate_child(me, n)\n"
                 "  println(\"${was} ${ok} ${Job.await(j)} ${rs} ${kids}\")\n"
                 "  Process.exit(me, \"normal\")\nend\n") == []
