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
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline.messages import data_text
from pipeline.store import forget_inherited_locks

_FORK = multiprocessing.get_context("fork")
WALL_FACTOR = 3  # a hang that burns no processor time (a lock, a pipe) is stopped by the clock


@dataclass(frozen=True)
class Limits:
    """Per-file limits; None switches one off (tests that must not fork, debugging)."""

    seconds: float | None = 180.0  # processor time of the child; wall time may run to 3x (a loaded machine)
    memory_mb: int | None = 768  # address space the child may add to what it starts with (its parent's
    # libraries and dictionaries); the corpus needs ~30 MB; a converter it starts may raise its own soft limit


class LimitExceeded(Exception):
    """The file took more time or memory than allowed, or crashed its reader; the message says which."""


def run_limited(fn: Callable[..., Any], args: tuple, limits: Limits) -> Any:
    """`fn(*args)` in a forked child under `limits`; its result, or its exception raised here."""
    if limits.seconds is None and limits.memory_mb is None:
        return fn(*args)
    receiver, sender = _FORK.Pipe(duplex=False)
    child = _FORK.Process(target=_child, args=(sender, fn, args, limits), daemon=True)
    child.start()
    sender.close()
    wall = None if limits.seconds is None else WALL_FACTOR * limits.seconds + 5
    try:
        if not receiver.poll(wall):
            _kill(child)
            raise LimitExceeded(data_text("read.timeout", seconds=f"{limits.seconds:.0f}"))
        try:
            kind, payload = receiver.recv()
        except EOFError:
            child.join()
            raise LimitExceeded(_death_message(child.exitcode, limits)) from None
    finally:
        receiver.close()
    child.join()
    if kind == "error":
        raise payload
    return payload


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


def _death_message(exitcode: int | None, limits: Limits) -> str:
    if exitcode == -signal.SIGXCPU:
        return data_text("read.cpu_timeout", seconds=f"{limits.seconds:.0f}")
    if exitcode is not None and exitcode < 0:
        sig = signal.Signals(-exitcode).name
        if -exitcode == signal.SIGKILL:
            return data_text("read.killed", mb=limits.memory_mb)
        return data_text("read.crashed", signal=sig)
    if exitcode == 3:
        return data_text("read.memory_limit", mb=limits.memory_mb)
    return data_text("read.exit_code", code=exitcode)
