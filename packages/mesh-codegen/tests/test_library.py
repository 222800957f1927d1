"""The rest of the core library through the real front end (spec 11 s8, s10-s14): Iter,
Json with ``deriving(Json)``, IO.read_line, File, Env, Crypto."""

from __future__ import annotations

import hashlib
import hmac
import os
import subprocess

import pytest
from mesh_types import SourceFile, check

from mesh_codegen import build_executable

pytestmark = pytest.mark.e2e


def build(source: str):
    result = check([SourceFile("main.mpl", source, "Main")])
    assert result.ok, [d.message for d in result.diagnostics]
    return result.program


ITER = """\
fn main() do
  let readings = [12, 7, 30, 18, 4, 25]
  let alarms = Iter.from(readings)
    |> Iter.filter(fn(r) -> r > 10 end)
    |> Iter.map(fn(r) -> r - 10 end)
    |> Iter.take(2)
    |> List.collect()
  println("${alarms}")
  let m = Iter.from(["x", "y"]) |> Iter.enumerate() |> Map.collect()
  println("${m}")
  println("${Iter.from(1..5) |> Iter.sum()} ${Iter.from([1.5, 2.0]) |> Iter.sum()} ${Iter.count(Iter.from(%{1 => 2, 3 => 4}))}")
  println("${Iter.find(Iter.from([1, 2, 3]), fn(x) -> x > 1 end)} ${Iter.any(Iter.from([1]), fn(x) -> x > 1 end)} ${Iter.all(Iter.from([2]), fn(x) -> x > 1 end)}")
  let z = Iter.zip(Iter.from(["a", "b", "c"]), Iter.from(Set.from_list([1, 2]))) |> List.collect()
  println("${z} ${Iter.reduce(Iter.skip(Iter.from(1..5), 2), 0, fn(a, x) -> a + x end)}")
  println(Iter.from(["a", "b"]) |> Iter.map(fn(s) -> s <> "!" end) |> String.collect())
  let pulled = Iter.from([1, 2, 3, 4]) |> Iter.map(fn(x) -> x * 100 end)
  for x in pulled when x > 100 do
    println("${x}")
  end
  println("${Iter.count(pulled)} ${Iter.from(%{"k" => 1}) |> Set.collect()}")
end
"""


def test_iterators(run_program):
    run = run_program(build(ITER), opt_level=2)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == [
        "[2, 20]", "%{0 => x, 1 => y}", "10 3.5 2", "Some(2) false true", "[(a, 1), (b, 2)] 7", "a!b!",
        "200", "300", "400", "0 #{(k, 1)}"]


USER_ITERATORS = """\
struct Countdown do
  left :: Int
end

impl Iterator for Countdown do
  type Item = Int
  fn next(self) -> (Int, Countdown)? do
    if self.left <= 0 do None else Some((self.left, Countdown { left: self.left - 1 })) end
  end
end

struct Bag do
  items :: List<String>
end

impl Iterable for Bag do
  type Item = String
  type Iter = Iter<String>
  fn iter(self) -> Iter<String> do
    Iter.from(self.items)
  end
end

fn main() do
  let xs = for n in Countdown { left: 3 } do n * 10 end
  println("${xs}")
  println("${Iter.from(Countdown { left: 4 }) |> Iter.map(fn(x) -> x + 1 end) |> List.collect()}")
  println("${Iter.from(Bag { items: ["a", "b"] }) |> List.collect()}")
  for s in Bag { items: ["p", "q"] } do
    println(s)
  end
  let it = Iter.from([7, 8])
  case it.next() do
    Some((x, rest)) -> println("${x} ${Iter.count(rest)}")
    None -> println("none")
  end
end
"""


def test_user_iterators_and_iter_next(run_program):
    run = run_program(build(USER_ITERATORS), opt_level=2)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["[30, 20, 10]", "[5, 4, 3, 2]", "[a, b]", "p", "q", "7 1"]


JSON = """\
struct Reading do
  sensor :: String
  celsius :: Float
  note :: Option<String>
end deriving(Json)

type Shape do
  Circle(Float)
  Rect(Int, Int)
  Dot
end deriving(Json)

struct Plan do
  name :: String
  shapes :: List<Shape>
  tags :: Map<String, Int>
  count :: Int
end deriving(Json)

fn show(r :: Reading!String) -> String do
  case r do
    Ok(x) -> "ok ${x.sensor} ${x.celsius} ${x.note}"
    Err(e) -> e
  end
end

fn main() do
  let r = Reading { sensor: "roof", celsius: 19.5, note: None }
  println(Json.encode(r))
  println(show(Reading.from_json("{\\"sensor\\":\\"cellar\\",\\"celsius\\":11}")))
  println(show(Reading.from_json("{\\"sensor\\":\\"x\\",\\"celsius\\":1.5,\\"note\\":\\"n\\",\\"extra\\":[]}")))
  let p = Plan { name: "p", shapes: [Circle(1.5), Rect(2, 3), Dot], tags: %{"a" => 1}, count: 3 }
  let text = Json.encode(p)
  println(text)
  case Plan.from_json(text) do
    Ok(q) -> println("${Json.encode(q) == text} ${q.count} ${List.length(q.shapes)}")
    Err(e) -> println("error ${e}")
  end
  for bad in ["[1]", "{}", "{\\"sensor\\": 1, \\"celsius\\": 2}", "{\\"sensor\\": \\"a\\", \\"celsius\\": true}", "nope"] do
    println(show(Reading.from_json(bad)))
  end
  let plans = ["{\\"name\\":\\"x\\",\\"shapes\\":[{\\"tag\\":\\"Rect\\",\\"fields\\":[1]}],\\"tags\\":{},\\"count\\":2}",
               "{\\"name\\":\\"x\\",\\"shapes\\":[{\\"tag\\":\\"Oval\\",\\"fields\\":[]}],\\"tags\\":{},\\"count\\":2}",
               "{\\"name\\":\\"x\\",\\"shapes\\":[],\\"tags\\":{},\\"count\\":2.5}",
               "{\\"name\\":\\"x\\",\\"shapes\\":[],\\"tags\\":{\\"k\\": 4},\\"count\\":2.0}"]
  for src in plans do
    case Plan.from_json(src) do
      Ok(q) -> println("ok ${q.count} ${q.tags}")
      Err(e) -> println(e)
    end
  end
  case Json.parse("{\\"a\\": [1, 2.5, null, true, \\"s\\"]}") do
    Ok(j) -> println(Json.get(j, "a") <> " " <> Json.get_nested("{\\"o\\": {\\"k\\": \\"v\\"}}", "o", "k"))
    Err(e) -> println(e)
  end
  let failed = Json.parse("[")
  println("${failed}")
  println(Json.encode([1, 2]) <> Json.encode("q\\"") <> Json.encode(2.0) <> Json.get("{\\"k\\": 5}", "k"))
  let j = JsonObject(%{"k" => JsonInt(3)})
  case j do
    JsonObject(m) -> println("${Map.size(m)} ${j == JsonObject(%{"k" => JsonInt(3)})} ${Json.encode(j)}")
    _ -> println("?")
  end
  println(Json.encode(Some([Dot])) <> Json.encode_map(%{"a" => "b"}) <> Json.encode_list(["x"]))
  let n = 3
  println(json { name: "x", n: n, tags: ["a"], inner: json { ok: true }, maybe: Some(1.5), r: r })
end
"""


def test_json_and_deriving(run_program):
    run = run_program(build(JSON), opt_level=2)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == [
        '{"sensor":"roof","celsius":19.5,"note":null}',
        "ok cellar 11 None",
        "ok x 1.5 Some(n)",
        '{"name":"p","shapes":[{"tag":"Circle","fields":[1.5]},{"tag":"Rect","fields":[2,3]},'
        '{"tag":"Dot","fields":[]}],"tags":{"a":1},"count":3}',
        "true 3 3",
        "expected Object", "missing field: sensor", "expected String", "expected Float",
        "expected value at line 1 column 1",
        "wrong number of fields for Rect", "unknown variant: Oval", "expected Int", "ok 2 %{k => 4}",
        '[1,2.5,null,true,"s"] v',
        "Err(expected value at line 1 column 2)",
        '[1,2]"q\\""2.05',
        '1 true {"k":3}',
        '[{"tag":"Dot","fields":[]}]{"a":"b"}["x"]',
        '{"name":"x","n":3,"tags":["a"],"inner":{"ok":true},"maybe":1.5,'
        '"r":{"sensor":"roof","celsius":19.5,"note":null}}',
    ]


SYSTEM = """\
fn main() do
  let path = "out.txt"
  println("${File.write(path, "hello\\n")} ${File.append(path, "more")} ${File.exists(path)}")
  case File.read(path) do
    Ok(text) -> println(String.replace(text, "\\n", "|"))
    Err(e) -> println(e)
  end
  println("${File.delete(path)} ${File.exists(path)} ${File.read(path)} ${File.delete(path)}")
  println("${Env.get("MESH_TEST_SET")} ${Env.get("MESH_TEST_UNSET")} ${Env.get("MESH_TEST_UNSET", "dflt")}")
  println("${Env.get_int("MESH_TEST_NUM", 7)} ${Env.get_int("MESH_TEST_SET", 7)} ${Env.args()}")
  println(Crypto.sha256("abc") <> " " <> Crypto.hmac_sha256("key", "msg"))
  println("${String.length(Crypto.random_hex(4))} ${String.length(Crypto.uuid4())}")
  println("${IO.read_line()} ${IO.read_line()} ${IO.read_line()} ${IO.read_line()}")
end
"""


def test_io_file_env_crypto(runtime_ready, tmp_path):
    exe = tmp_path / "app"
    build_executable(build(SYSTEM), exe, opt_level=2)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MESH_TEST")}
    env.update(MESH_TEST_SET="yes", MESH_TEST_NUM="12")
    done = subprocess.run([str(exe), "a", "b c"], input=b"first\r\n\nsecond", capture_output=True,
                          env=env, cwd=tmp_path, timeout=60)
    assert (done.returncode, done.stderr) == (0, b"")
    lines = done.stdout.decode().splitlines()
    assert lines[:5] == [
        "Ok(()) Ok(()) true",
        "hello|more",
        "Ok(()) false Err(out.txt: No such file or directory) Err(out.txt: No such file or directory)",
        "Some(yes) None dflt",
        "12 7 [a, b c]",
    ]
    mac = hmac.new(b"key", b"msg", hashlib.sha256).hexdigest()
    assert lines[5] == hashlib.sha256(b"abc").hexdigest() + " " + mac
    assert lines[6] == "8 36"
    assert lines[7] == "Ok(first) Ok() Ok(second) Err(eof)"
