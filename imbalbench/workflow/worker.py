"""A warm worker: one long-lived process keeps torch and the methods imported and forks a child
for each training job, so that hundreds of small jobs do not each pay the imports.

Measured on 2 cores: starting a training job costs 3 to 6 s of imports (torch 2.9 s, torch's
optimizer machinery 1.4 s more on first use, imbalanced-learn 3.4 s) while training on a small
dataset takes 1 to 3 s. A job's thin script calls :func:`run_job`, which hands the work to the
worker over a Unix socket (starting the worker if none runs) and waits for the child's exit
status; the child writes the job's outputs and log exactly as the job would have itself.

Safety:

- the socket lies in a directory only the user can enter (mode 0700: ``$XDG_RUNTIME_DIR/imbalbench``,
  else ``imbalbench-{uid}`` in the temporary directory), checked to be the user's own before use;
  the client checks that the socket belongs to the user before it sends anything, and the worker
  serves only peers of its own uid (``SO_PEERCRED``) and only the entry points in :data:`ALLOWED`;
- each connection is read on its own, without blocking, within one total deadline and a size
  cap; whatever one client sends or fails to send closes that connection alone, never the
  worker or another client's job;
- a job dies with its client: the client asks the kernel to signal it when its parent (Snakemake)
  dies, forwards SIGTERM / SIGINT to the job, and the job kills itself when the client's end of
  the connection closes (a SIGKILLed client included);
- the socket's name includes a fingerprint of the Python executable and of every source file of
  the package (path, size, modification time): edited code never runs in an old worker;
- the worker imports modules only; it runs no torch operation and never touches CUDA, so
  children start with torch's thread pools and the GPU uninitialised (fork-safe);
- the child takes the client's working directory, environment, stdout and stderr;
- under SLURM there is one worker per allocation (its job id is part of the socket's name): the
  jobs of a group or of a local run under ``sbatch`` share it, a job alone in its allocation
  starts its own (about the cost of running in-process), which exits after its idle time if the
  allocation's end has not ended it first;
- with ``IMBALBENCH_WORKER=0``, or when the worker cannot be reached, the job runs in the calling
  process instead.

The worker exits after ``IMBALBENCH_WORKER_IDLE`` seconds (default 120) without a job.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import importlib
import json
import os
import selectors
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

PRELOAD = (
    "numpy",
    "torch",
    "torch._dynamo",
    "torch.func",
    "pyarrow.parquet",
    "imblearn.over_sampling",
    "sklearn.ensemble",
    "sklearn.linear_model",
)
"""Third-party modules the worker imports first; the package's own come from :func:`job_modules`."""
# What a worker runs; anything else a client asks for is refused.
ALLOWED = frozenset(
    {"imbalbench.jobs.train:train_job", "imbalbench.jobs.tune:tune_job", "imbalbench.jobs.resample:resample_job"}
)
_PACKAGE = Path(__file__).resolve().parents[1]  # the whole imbalbench package
_START_TIMEOUT = 180.0
# A client sends its whole request right after connecting: one that has not within this many seconds
# in all is dropped (each connection is read on its own: a slow one holds up no other).
_REQUEST_DEADLINE = 5.0
# A request is a job's spec, some kilobytes; a length announced above this is no request.
_MAX_REQUEST_BYTES = 1 << 24
_PR_SET_PDEATHSIG = 1


def enabled() -> bool:
    return os.environ.get("IMBALBENCH_WORKER", "1") != "0"


def private_directory() -> Path:
    """A directory only this user can enter, for the worker's socket; :class:`OSError` where the
    place is taken by someone else or open to others."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(runtime) / "imbalbench" if runtime else Path(tempfile.gettempdir()) / f"imbalbench-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise OSError(
            f"{folder} is not a private directory of this user (owner uid {info.st_uid}, "
            f"mode {oct(info.st_mode & 0o777)})"
        )
    return folder


def socket_path() -> Path:
    """Where the worker for this interpreter and this exact package source listens; under SLURM,
    one per allocation (``SLURM_JOB_ID``), so that jobs of one allocation (a group, or a local run
    under ``sbatch``) share it and no job ever runs in a worker of another allocation (whose
    limits it would escape, and whose end would kill it)."""
    fingerprint = hashlib.sha256(f"{sys.executable}:{os.environ.get('SLURM_JOB_ID', '')}".encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        info = path.stat()
        fingerprint.update(f"{path}:{info.st_size}:{info.st_mtime_ns}".encode())
    return private_directory() / f"worker-{fingerprint.hexdigest()[:20]}.sock"


def call(function: str, kwargs: dict):
    """Import ``function`` ("module:name") and call it with ``kwargs``."""
    module, name = function.split(":")
    return getattr(importlib.import_module(module), name)(**kwargs)


def _exit_code(error: BaseException | None) -> int:
    if error is None:
        return 0
    if isinstance(error, SystemExit):
        return error.code if isinstance(error.code, int) else (0 if error.code is None else 1)
    traceback.print_exception(error)
    return 1


# ---------------------------------------------------------------- client


def run_job(function: str, kwargs: dict, path: Path | None = None) -> int:
    """Run ``function(**kwargs)`` in a child of the warm worker listening at ``path`` (default:
    :func:`socket_path`); return its exit status (0: success).

    Falls back to running in this process where the worker is disabled or unreachable.
    """
    if enabled():
        try:
            _die_with_parent()
            connection = _connect(path or socket_path())
        except OSError as error:
            print(f"imbalbench worker unavailable ({error}); running in this process", file=sys.stderr)
        else:
            with connection:
                return _delegate(connection, function, kwargs)
    try:
        call(function, kwargs)
    except BaseException as error:  # noqa: BLE001 - turned into an exit status like a process would
        return _exit_code(error)
    return 0


def _die_with_parent() -> None:
    """Have the kernel send SIGTERM (forwarded to the job) when the process that started this one
    dies, so that a SIGKILLed Snakemake leaves no job writing into ``results/`` (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)


def _owned_socket(path: Path) -> bool:
    """Whether ``path`` is a socket of this user (checked before anything is sent to it)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        raise OSError(f"{path} is not a socket of this user (owner uid {info.st_uid}); not using it")
    return True


def _connect(path: Path) -> socket.socket:
    deadline, server = time.monotonic() + _START_TIMEOUT, None
    while True:
        if _owned_socket(path):
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                connection.connect(str(path))
                return connection
            except OSError:
                connection.close()
        if server is None:
            log = open(f"{path}.log", "ab")
            server = subprocess.Popen(
                [sys.executable, "-m", "imbalbench.workflow.worker", str(path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
            log.close()
        elif server.poll() not in (None, 0) or time.monotonic() > deadline:
            raise OSError(f"worker did not start (see {path}.log)")
        time.sleep(0.05)


def _delegate(connection: socket.socket, function: str, kwargs: dict) -> int:
    request = json.dumps({"function": function, "kwargs": kwargs, "cwd": os.getcwd(), "env": dict(os.environ)})
    socket.send_fds(connection, [struct.pack("!I", len(request))], [sys.stdout.fileno(), sys.stderr.fileno()])
    connection.sendall(request.encode())
    replies = connection.makefile("r")
    accepted = json.loads(replies.readline() or '{"error": "connection closed"}')
    if "pid" not in accepted:
        print(f"imbalbench worker refused the job: {accepted.get('error')}", file=sys.stderr)
        return 2
    child = accepted["pid"]

    def forward(signum, frame):
        os.kill(child, signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, forward)
    line = replies.readline()
    if not line:
        print("imbalbench worker: connection lost before the job ended", file=sys.stderr)
        return 1
    status = json.loads(line)
    print(
        f"imbalbench worker: job ran in process {child}: {status['cpu_seconds']:.1f} s CPU, "
        f"max RSS {status['max_rss_mb']:.0f} MB",
        file=sys.stderr,
    )
    return status["code"]


# ---------------------------------------------------------------- server


def job_modules() -> list[str]:
    """Every package module that a job of any method and learner runs (the import closure of the job
    functions in :data:`ALLOWED` and of every method's and learner's module): the worker imports
    them before it forks a job."""
    from ..learners import all_learners
    from ..methods import all_methods
    from .codedeps import closure, module_name

    entries = {entry.split(":")[0] for entry in ALLOWED}
    plugins = {cls.__module__ for cls in (*all_methods().values(), *all_learners().values())}
    return sorted(module_name(path) for path in closure(entries | plugins))


def serve(path: Path, idle_timeout: float, allowed=ALLOWED, request_deadline: float = _REQUEST_DEADLINE) -> None:
    """Listen at ``path`` and run each accepted request (an entry point in ``allowed``) in a forked
    child, until ``idle_timeout`` seconds pass without a job.

    Each connection is read on its own, without blocking, and must deliver its whole request
    within ``request_deadline`` seconds; whatever one connection sends or fails to send (nothing,
    a cut header, an oversized announcement, bytes that are no request) closes that connection
    and its file descriptors and touches no other client's job."""
    lock = open(f"{path}.lock", "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return  # another worker for the same code is starting or running
    for module in (*PRELOAD, *job_modules()):
        importlib.import_module(module)
    path.unlink(missing_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(64)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    pending: dict[socket.socket, _Request] = {}
    children: dict[int, socket.socket] = {}
    last_activity = time.monotonic()
    try:
        while children or pending or time.monotonic() - last_activity < idle_timeout:
            for key, _ in selector.select(timeout=0.05):
                if key.fileobj is listener:
                    _accept(listener, selector, pending, request_deadline)
                    continue
                request = pending[key.fileobj]
                try:
                    job = request.read()
                    if job is None:
                        continue  # more to come
                    selector.unregister(request.connection)
                    del pending[request.connection]
                    pid = _start_job(request, job, allowed, [listener, selector, *pending, *children.values()])
                except Exception as error:  # noqa: BLE001 - one connection's problem is that connection's alone
                    _drop(request, selector, pending, error)
                    continue
                children[pid] = request.connection
            now = time.monotonic()
            for request in [r for r in pending.values() if now > r.deadline]:
                _drop(request, selector, pending, TimeoutError(f"no complete request within {request_deadline:g} s"))
            _reap(children)
            if children or pending:
                last_activity = time.monotonic()
    finally:
        path.unlink(missing_ok=True)
        listener.close()
        # One lock and log per code version would pile up: drop them, the log only if nothing went wrong.
        Path(f"{path}.lock").unlink(missing_ok=True)
        log = Path(f"{path}.log")
        if log.exists() and log.stat().st_size == 0:
            log.unlink()
        lock.close()


class _Request:
    """One client's request as it arrives, read without blocking: a 4-byte length, that many bytes
    of JSON, and two file descriptors (the client's stdout and stderr) with the first bytes."""

    def __init__(self, connection: socket.socket, deadline: float):
        self.connection, self.deadline = connection, deadline
        self.data, self.fds = bytearray(), []

    def read(self) -> dict | None:
        """Take what has arrived: the request once complete, None while more is due;
        ``ValueError`` for a request that is malformed, oversized or cut short."""
        chunk, fds, _, _ = socket.recv_fds(self.connection, 1 << 16, 2)
        self.fds += fds
        if not chunk:
            raise ValueError("the client closed before its request was complete")
        self.data += chunk
        if len(self.data) < 4:
            return None
        (size,) = struct.unpack("!I", self.data[:4])
        if size > _MAX_REQUEST_BYTES:
            raise ValueError(f"the request announces {size} bytes; at most {_MAX_REQUEST_BYTES} are read")
        if len(self.data) < 4 + size:
            return None
        if len(self.data) > 4 + size:
            raise ValueError("the client sent more than its request announced")
        return _parse_request(bytes(self.data[4:]), self.fds)

    def close(self) -> None:
        for fd in self.fds:
            try:
                os.close(fd)
            except OSError:
                pass
        self.fds = []
        self.connection.close()


def _parse_request(body: bytes, fds: list[int]) -> dict:
    """The job request in ``body``: ``function`` and ``cwd`` strings, ``kwargs`` a mapping, ``env``
    a mapping of strings; and its two descriptors. ``ValueError`` for anything else."""
    request = json.loads(body)
    if not (
        isinstance(request, dict)
        and isinstance(request.get("function"), str)
        and isinstance(request.get("kwargs"), dict)
        and isinstance(request.get("cwd"), str)
        and isinstance(request.get("env"), dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in request["env"].items())
    ):
        raise ValueError("not a job request (function, kwargs, cwd, env)")
    if len(fds) != 2:
        raise ValueError(f"a job request brings its stdout and stderr; this one brought {len(fds)} descriptor(s)")
    return request


def _accept(listener: socket.socket, selector, pending: dict, deadline: float) -> None:
    """Accept one connection of this user's and wait for its request; a peer of another user is
    closed before anything is read. A failed accept (out of descriptors) is retried next round."""
    try:
        connection, _ = listener.accept()
    except OSError as error:
        print(f"imbalbench worker: accept failed ({error}); retrying", file=sys.stderr, flush=True)
        time.sleep(0.05)
        return
    try:
        if peer_uid(connection) != os.getuid():
            connection.close()  # nothing read from, nothing sent to another user
            return
        connection.setblocking(False)
        selector.register(connection, selectors.EVENT_READ)
    except OSError:
        connection.close()
        return
    pending[connection] = _Request(connection, time.monotonic() + deadline)


def _drop(request: _Request, selector, pending: dict, error: BaseException) -> None:
    """Close one connection that sent no usable request, with its descriptors, telling it why where it still listens."""
    pending.pop(request.connection, None)
    try:
        selector.unregister(request.connection)
    except (KeyError, ValueError, OSError):
        pass
    try:
        request.connection.setblocking(False)
        request.connection.send((json.dumps({"error": f"{type(error).__name__}: {error}"[:500]}) + "\n").encode())
    except OSError:
        pass
    request.close()


def peer_uid(connection: socket.socket) -> int:
    """The uid of the process at the other end of a Unix socket (Linux ``SO_PEERCRED``)."""
    credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", credentials)[1]


def _start_job(request: _Request, job: dict, allowed, inherited: list) -> int:
    """Fork the job of a complete ``request``; returns the child's pid. ``inherited``: the worker's
    other sockets, which the child closes. PermissionError for an entry point not in ``allowed``."""
    if job["function"] not in allowed:
        raise PermissionError(f"{job['function']!r} is not an allowed entry point")
    connection, fds = request.connection, request.fds
    connection.setblocking(True)  # from here on the connection waits for the job's end
    pid = os.fork()
    if pid == 0:  # child: become the job
        code = 1
        try:
            for other in inherited:
                other.close()
            _exit_when_closed(connection)
            os.dup2(fds[0], 1)
            os.dup2(fds[1], 2)
            sys.stdout = os.fdopen(1, "w", buffering=1, closefd=False)
            sys.stderr = os.fdopen(2, "w", buffering=1, closefd=False)
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, signal.SIG_DFL)
            os.chdir(job["cwd"])
            os.environ.clear()
            os.environ.update(job["env"], IMBALBENCH_IN_WORKER="1")
            error = None
            try:
                call(job["function"], job["kwargs"])
            except BaseException as raised:  # noqa: BLE001 - reported as the exit status
                error = raised
            code = _exit_code(error)
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    for fd in fds:
        os.close(fd)
    request.fds = []
    connection.sendall((json.dumps({"pid": pid}) + "\n").encode())
    return pid


def _exit_when_closed(connection: socket.socket) -> None:
    """Kill this process as soon as the client's end of ``connection`` closes (the client died)."""

    def watch():
        try:
            connection.recv(1)  # the client sends nothing more: any return means it is gone
        finally:
            os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, daemon=True, name="client-watch").start()


def _reap(children: dict[int, socket.socket]) -> None:
    while children:
        pid, status, usage = os.wait4(-1, os.WNOHANG)
        if pid == 0:
            return
        connection = children.pop(pid, None)
        if connection is None:
            continue
        code = os.waitstatus_to_exitcode(status)
        reply = {
            "code": code if code >= 0 else 128 - code,
            "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "max_rss_mb": usage.ru_maxrss / 1024,
        }
        try:
            connection.sendall((json.dumps(reply) + "\n").encode())
        except OSError:
            pass
        connection.close()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), float(os.environ.get("IMBALBENCH_WORKER_IDLE", "120")))
