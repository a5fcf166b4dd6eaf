"""Run the reading of one file in a child process with a time and a memory limit.

Files come from public websites: a malformed one can make a C library loop, crash or take gigabytes.
In a child, that costs the one file — the parent reports it and goes on. The child is forked, so it
starts with the parent's loaded dictionaries; it sends back plain data (rows), never writes.
"""

from __future__ import annotations

import ctypes
import faulthandler
import math
import multiprocessing
import os
import resource
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline.messages import data_text
from pipeline.store import forget_inherited_locks

_FORK = multiprocessing.get_context("fork")
WALL_FACTOR = 3  # a hang that burns no processor time (a lock, a pipe) is stopped by the clock
WALL_GRACE = 5  # seconds of wall time on top: starting the child, sending the result back
CPU_SLACK = 0.5  # seconds: the count read lags the kernel's own by a tick or a few
LOOK = 5.0  # seconds between two looks at the child's processor-time limit, which its reader may raise


@dataclass(frozen=True)
class Limits:
    """Per-file limits; None switches one off (tests that must not fork, debugging)."""

    seconds: float | None = 180.0  # processor time of the child; wall time may run to 3x (a loaded machine)
    memory_mb: int | None = 768  # address space the child may add to what it starts with (its parent's
    # libraries and dictionaries); the corpus needs ~30 MB; a converter it starts may raise its own soft limit


class LimitExceeded(Exception):
    """The file took more time or memory than allowed, or crashed its reader; the message says which."""


def run_limited(fn: Callable[..., Any], args: tuple, limits: Limits, name: str = "") -> Any:
    """`fn(*args)` in a forked child under `limits`; its result, or its exception raised here.
    `name`: the file being read, for the message when it goes over a limit."""
    if limits.seconds is None and limits.memory_mb is None:
        return fn(*args)
    receiver, sender = _FORK.Pipe(duplex=False)
    child = _FORK.Process(target=_child, args=(sender, fn, args, limits), daemon=True)
    child.start()
    sender.close()
    try:
        answered, seconds = _await(receiver, child.pid, limits.seconds)
        if not answered:
            _kill(child)
            raise LimitExceeded(data_text("read.timeout", file=_named(name), seconds=f"{seconds:.0f}"))
        try:
            kind, payload = receiver.recv()
        except EOFError:
            child.join()
            raise LimitExceeded(_death_message(child.exitcode, limits, name, seconds)) from None
    finally:
        receiver.close()
    child.join()
    if kind == "error":
        raise payload
    return payload


def wall_seconds(cpu_seconds: float) -> float:
    """The wall-clock limit that goes with a processor-time limit: a loaded machine gives a child less
    than a core, and a hang that burns nothing is still stopped."""
    return WALL_FACTOR * cpu_seconds + WALL_GRACE


def child_cpu_limit(pid: int, configured: float) -> float:
    """A child's processor-time limit now. A reader that knows its work is long raises its own (OCR, by
    the pages it has to recognise); it never goes below the configured one. A raise seen once the child
    has used up the limit it had is the kernel's, not the reader's: Linux adds a second to the soft limit
    when it sends SIGXCPU, and the child is going over its limit, not given a longer one."""
    try:
        soft, _ = resource.prlimit(pid, resource.RLIMIT_CPU)
    except (OSError, ValueError):  # the child has gone, or the system does not tell
        return configured
    if soft == resource.RLIM_INFINITY or soft <= configured:
        return configured
    used = cpu_seconds_used(pid)
    return configured if used is not None and used >= configured - CPU_SLACK else float(soft)


def cpu_seconds_used(pid: int) -> float | None:
    """Processor seconds a process has used: the scheduler's count in nanoseconds where the kernel keeps
    one (/proc/PID/schedstat), else user and system clock ticks (/proc/PID/stat, a little behind); None if
    the process has gone."""
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            return int(f.read().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        pass
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime: fields 14, 15
    except (OSError, ValueError, IndexError):
        return None


def _await(receiver, pid: int, configured: float | None) -> tuple[bool, float | None]:
    """Wait for the child's answer (or its end). The wall-clock limit follows the child's processor-time
    limit, looked at every few seconds: a fixed one would cut the OCR of a long scan on a loaded
    machine. Returns whether the child answered in time, and the processor-time limit it had last."""
    if configured is None:
        receiver.poll(None)
        return True, None
    started, seconds = time.monotonic(), configured
    while True:
        left = started + wall_seconds(seconds) - time.monotonic()
        if receiver.poll(max(0.0, min(left, LOOK))):
            # the limit of the last look, not one read now: the kernel adds a second to the soft limit of a
            # child it has just sent SIGXCPU, and a reader's own raise happens at its start
            return True, seconds
        seconds = child_cpu_limit(pid, seconds)
        if started + wall_seconds(seconds) <= time.monotonic():
            return False, seconds


def _named(name: str) -> str:
    return f" «{name}»" if name else ""


def _child(sender, fn, args, limits: Limits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    faulthandler.disable()  # a crash is reported by the parent in one line, not as a dump
    _die_with_parent()
    forget_inherited_locks()
    memory_mb = limits.memory_mb
    if memory_mb is not None:
        limit = _address_space() + memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
    if limits.seconds is not None:
        resource.setrlimit(resource.RLIMIT_CPU, (max(1, math.ceil(limits.seconds)), resource.RLIM_INFINITY))
    try:
        result = ("ok", fn(*args))
    except MemoryError:
        result = ("error", LimitExceeded(data_text("read.memory_limit", mb=memory_mb)))
    except BaseException as e:  # noqa: BLE001 - everything goes back to the parent, which decides
        result = ("error", _picklable(e))
    try:
        sender.send(result)
    except MemoryError:
        os._exit(3)
    sender.close()


def _address_space() -> int:
    """Bytes of address space this process holds now (what it inherited from its parent)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _die_with_parent() -> None:
    """A parent killed with SIGKILL takes its child along (Linux prctl PR_SET_PDEATHSIG)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before the line above ran
        os._exit(1)


def _picklable(e: BaseException) -> BaseException:
    import pickle

    try:
        pickle.dumps(e)
        return e
    except Exception:
        return RuntimeError("".join(traceback.format_exception_only(type(e), e)).strip())


def _kill(child) -> None:
    child.kill()
    child.join()


def _death_message(exitcode: int | None, limits: Limits, name: str = "", seconds: float | None = None) -> str:
    if exitcode == -signal.SIGXCPU:
        return data_text("read.cpu_timeout", file=_named(name), seconds=f"{seconds or limits.seconds:.0f}")
    if exitcode is not None and exitcode < 0:
        sig = signal.Signals(-exitcode).name
        if -exitcode == signal.SIGKILL:
            return data_text("read.killed", mb=limits.memory_mb)
        return data_text("read.crashed", signal=sig)
    if exitcode == 3:
        return data_text("read.memory_limit", mb=limits.memory_mb)
    return data_text("read.exit_code", code=exitcode)
