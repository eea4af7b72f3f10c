"""The warm worker runs a job exactly as a fresh process would, reports failures, and never
serves code that changed after it started."""

import json
import os
import random
import re
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from imbalbench.data.splits import make_splits
from imbalbench.workflow import worker

from .conftest import REPO, separable_table

JOB = """
import json, sys
from imbalbench.workflow.worker import run_job
sys.exit(run_job(sys.argv[1], json.loads(sys.argv[2])))
"""


def _run(function, kwargs, env):
    return subprocess.run(
        [sys.executable, "-c", JOB, function, json.dumps(kwargs)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _train_kwargs(tmp_path, name):
    frame = separable_table(n=200, minority=25)
    X, y = frame.drop(columns="label").to_numpy(), (frame["label"] == "pos").to_numpy().astype(np.int64)
    np.savez(tmp_path / "data.npz", X=X, y=y)
    (tmp_path / "splits.json").write_text(json.dumps({"folds": make_splits("toy", y, 2, 0.2, 0)}))
    out = tmp_path / name
    job = dict(
        data=str(tmp_path / "data.npz"),
        splits=str(tmp_path / "splits.json"),
        dataset="toy",
        method="ros",
        base="ros",
        fold=0,
        params={},
        training={"hidden": [8], "epochs": 5, "batch_size": 32},
        seeds=[0, 1],
        device="cpu",
        threads=1,
        log=str(out / "train.log"),
    )
    return dict(
        job=job,
        outputs={
            "scores": str(out / "scores.json"),
            "predictions": str(out / "p.parquet"),
            "trace": str(out / "trace.csv"),
            "synthetic": str(out / "synthetic.parquet"),
            "models": str(out / "model.npz"),
        },
    )


def test_worker_and_fresh_process_give_the_same_run(tmp_path):
    env = {"IMBALBENCH_WORKER_IDLE": "20"}
    in_worker = _run("imbalbench.jobs.train:train_job", _train_kwargs(tmp_path, "worker"), env)
    fresh = _run("imbalbench.jobs.train:train_job", _train_kwargs(tmp_path, "fresh"), {"IMBALBENCH_WORKER": "0"})
    assert in_worker.returncode == 0 and fresh.returncode == 0, in_worker.stderr + fresh.stderr
    assert "job ran in process" in in_worker.stderr
    a = json.loads((tmp_path / "worker" / "scores.json").read_text())
    b = json.loads((tmp_path / "fresh" / "scores.json").read_text())
    assert a["in_worker"] and not b["in_worker"]
    assert [run["seed"] for run in a["runs"]] == [0, 1]
    for run_a, run_b in zip(a["runs"], b["runs"]):
        for key in ("auc_pr", "auc_roc", "best_epoch", "best_valid_auc_pr"):
            assert run_a[key] == run_b[key], key
    assert (tmp_path / "worker" / "trace.csv").read_text() == (tmp_path / "fresh" / "trace.csv").read_text()
    # Parallel jobs' lines stay apart: each starts with dataset/method/fold; epoch lines say the time left.
    lines = (tmp_path / "worker" / "train.log").read_text().splitlines()
    assert lines and all(line.startswith("toy/ros/fold0 ") for line in lines)
    assert any(re.search(r"epoch 5/5 .*\(\d+\.\d s, 0 s left\)", line) for line in lines)


def test_a_failing_job_returns_a_nonzero_status_through_the_worker(tmp_path):
    kwargs = _train_kwargs(tmp_path, "bad")
    kwargs["job"]["data"] = str(tmp_path / "missing.npz")
    result = _run("imbalbench.jobs.train:train_job", kwargs, {"IMBALBENCH_WORKER_IDLE": "20"})
    assert result.returncode == 1
    assert "missing.npz" in result.stderr
    assert not (tmp_path / "bad" / "scores.json").exists()


def test_editing_the_package_changes_the_workers_address():
    source = REPO / "imbalbench" / "scoring" / "metrics.py"
    before = source.stat()
    path = worker.socket_path()
    try:
        os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        assert worker.socket_path() != path
    finally:
        os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert worker.socket_path() == path


def test_the_socket_lies_in_a_directory_only_the_user_can_enter():
    path = worker.socket_path()
    info = os.lstat(path.parent)
    assert info.st_uid == os.getuid() and info.st_mode & 0o777 == 0o700


def test_a_directory_open_to_others_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    (tmp_path / "imbalbench").mkdir(mode=0o777)
    os.chmod(tmp_path / "imbalbench", 0o777)
    with pytest.raises(OSError, match="not a private directory"):
        worker.socket_path()


class _FakePeer:
    def __init__(self, uid):
        self.uid, self.closed = uid, False

    def accept(self):  # as a listener whose next connection is this peer
        return self, None

    def getsockopt(self, level, option, size):
        assert (level, option) == (socket.SOL_SOCKET, socket.SO_PEERCRED)
        return struct.pack("3i", 4242, self.uid, 0)

    def close(self):
        self.closed = True

    def recv(self, *args):  # pragma: no cover - must never be called for a foreign peer
        raise AssertionError("read from a peer of another user")


def test_a_peer_of_another_user_is_refused_before_anything_is_read():
    import selectors

    peer, pending = _FakePeer(os.getuid() + 1), {}
    worker._accept(peer, selectors.DefaultSelector(), pending, 5.0)
    assert peer.closed and pending == {}


@pytest.fixture
def test_worker(tmp_path):
    """A worker of the test's own at a private path, started with ``allowed`` entry points."""
    started = []

    def start(allowed, deadline=worker._REQUEST_DEADLINE):
        path = tmp_path / "worker.sock"
        code = (
            f"from imbalbench.workflow import worker; "
            f"worker.serve(__import__('pathlib').Path({str(path)!r}), 30, {allowed!r}, {deadline!r})"
        )
        started.append(subprocess.Popen([sys.executable, "-c", code], cwd=REPO))
        deadline = time.monotonic() + 120
        while not path.exists():
            assert time.monotonic() < deadline and started[-1].poll() is None, "worker did not start"
            time.sleep(0.1)
        return path

    yield start
    for process in started:
        process.kill()
        process.wait()


CLIENT = """
import json, sys
from pathlib import Path
from imbalbench.workflow.worker import run_job
sys.exit(run_job(sys.argv[1], json.loads(sys.argv[2]), Path(sys.argv[3])))
"""


def _client(function, kwargs, path):
    return subprocess.Popen(
        [sys.executable, "-c", CLIENT, function, json.dumps(kwargs), str(path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_an_entry_point_outside_the_allow_list_is_refused(test_worker, tmp_path):
    path = test_worker(worker.ALLOWED)
    marker = tmp_path / "ran"
    client = _client("tests.worker_helpers:sleep", {"seconds": 0, "marker": str(marker)}, path)
    _, stderr = client.communicate(timeout=120)
    assert client.returncode == 2 and "is not an allowed entry point" in stderr
    assert not marker.exists()


def _alive(pid):
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def test_killing_the_client_kills_its_job_within_a_second(test_worker, tmp_path):
    path = test_worker(frozenset({"tests.worker_helpers:sleep"}))
    marker = tmp_path / "pid"
    client = _client("tests.worker_helpers:sleep", {"seconds": 60, "marker": str(marker)}, path)
    deadline = time.monotonic() + 120
    while not marker.exists() or not marker.read_text():
        assert time.monotonic() < deadline and client.poll() is None, client.stderr.read()
        time.sleep(0.05)
    job = int(marker.read_text())
    assert _alive(job)
    client.kill()
    client.wait()
    killed = time.monotonic()
    while _alive(job) and time.monotonic() - killed < 5:
        time.sleep(0.02)
    assert not _alive(job) and time.monotonic() - killed < 1.0


def test_a_connection_that_sends_nothing_holds_up_no_other_job(test_worker, tmp_path):
    path = test_worker(frozenset({"tests.worker_helpers:sleep"}))
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.connect(str(path))  # connects, then sends nothing
    started = time.monotonic()
    client = _client("tests.worker_helpers:sleep", {"seconds": 0, "marker": str(tmp_path / "ran")}, path)
    _, stderr = client.communicate(timeout=60)
    assert client.returncode == 0, stderr
    assert time.monotonic() - started < worker._REQUEST_DEADLINE  # never waited for the silent one
    silent.settimeout(10)
    said = silent.makefile("rb").read()  # the worker gives up on the silent one: why, then the end
    assert b"no complete request within" in said
    silent.close()


def test_a_worker_that_ends_leaves_no_lock_and_no_empty_log(tmp_path):
    path = tmp_path / "worker.sock"
    Path(f"{path}.log").write_text("")
    code = f"from imbalbench.workflow import worker; worker.serve(__import__('pathlib').Path({str(path)!r}), 0.5)"
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=120)
    assert sorted(tmp_path.iterdir()) == []


def test_under_slurm_each_allocation_has_its_own_worker(monkeypatch):
    from imbalbench.workflow import worker

    monkeypatch.delenv("IMBALBENCH_WORKER", raising=False)
    monkeypatch.delenv("SLURM_JOB_ID", raising=False)
    alone = worker.socket_path()
    monkeypatch.setenv("SLURM_JOB_ID", "101")
    assert worker.enabled()  # jobs of one allocation share a worker
    first = worker.socket_path()
    monkeypatch.setenv("SLURM_JOB_ID", "102")
    assert len({alone, first, worker.socket_path()}) == 3


def _frames(rng: random.Random, request: bytes) -> list[tuple[bytes, str]]:
    """Malformed requests: ``(bytes, then)``, ``then`` "close" (the client goes) or "stay" (it waits)."""
    header = struct.pack("!I", len(request))
    bodies = [b"not json", b"[]", b"1", b'"text"', b"null", b"{}", b'{"function": []}', b"[" * 100_000]
    bodies += [json.dumps({"function": "x", "kwargs": {}, "cwd": "/", "env": {"A": 1}}).encode(), request]
    frames = [(b"", "close"), (b"\x00", "close"), (b"\x00\x00\x01", "stay"), (struct.pack("!I", 2**31), "stay")]
    frames += [(struct.pack("!I", len(body)) + body, then) for body in bodies for then in ("close", "stay")]
    frames += [(header + request[: len(request) // 2], "close"), (header + request[:10], "stay")]
    frames += [(header + request + b"extra", "stay")]
    while len(frames) < 240:
        size = rng.choice([0, 1, 3, 4, 5, 64, 4096])
        junk = bytes(rng.getrandbits(8) for _ in range(size))
        frames.append(
            (rng.choice([junk, header + junk, struct.pack("!I", size) + junk]), rng.choice(["close", "stay"]))
        )
    return frames


def test_no_malformed_request_stops_the_worker_or_touches_another_job(test_worker, tmp_path):
    """240 frames, empty to oversized, non-JSON, JSON of every type, cut headers and bodies (a
    valid request without its descriptors too), sent while two jobs run: both jobs finish, every
    bad connection is closed by its deadline, and the worker serves a job afterwards."""
    path = test_worker(frozenset({"tests.worker_helpers:sleep"}), deadline=1.0)
    jobs = [
        _client("tests.worker_helpers:sleep", {"seconds": 3, "marker": str(tmp_path / f"job{i}")}, path)
        for i in range(2)
    ]
    request = json.dumps(
        {"function": "tests.worker_helpers:sleep", "kwargs": {"seconds": 0, "marker": "x"}, "cwd": "/", "env": {}}
    ).encode()
    staying = []
    for frame, then in _frames(random.Random(0), request):
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.connect(str(path))
        try:
            connection.sendall(frame)
        except OSError:  # the worker may close an oversized one before all is sent
            pass
        if then == "close":
            connection.close()
        else:
            staying.append(connection)
    for job in jobs:
        _, stderr = job.communicate(timeout=60)
        assert job.returncode == 0, stderr
    for connection in staying:  # each closed by the worker within its deadline
        connection.settimeout(5)
        try:
            while connection.recv(1 << 16):
                pass
        except ConnectionResetError:
            pass
        connection.close()
    after = _client("tests.worker_helpers:sleep", {"seconds": 0, "marker": str(tmp_path / "after")}, path)
    _, stderr = after.communicate(timeout=60)
    assert after.returncode == 0 and (tmp_path / "after").exists(), stderr


def test_a_client_that_trickles_bytes_is_dropped_at_its_total_deadline(test_worker):
    path = test_worker(frozenset({"tests.worker_helpers:sleep"}), deadline=1.0)
    slow = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    slow.connect(str(path))
    started = time.monotonic()
    with pytest.raises((BrokenPipeError, ConnectionResetError)):
        for _ in range(40):  # one byte every 0.2 s would hold a per-recv timeout forever
            slow.send(b"\x00")
            time.sleep(0.2)
    assert time.monotonic() - started < 4
    slow.close()
