"""The processor-time limit the parent reads from a child: a reader's own raise counts, the kernel's
one-second step after SIGXCPU does not (it made "дольше 6 с" of a 5 s limit on a loaded machine)."""

from __future__ import annotations

import resource
import subprocess
import sys
import time

from pipeline.isolation import CPU_SLACK, child_cpu_limit, cpu_seconds_used

_OVER_ITS_LIMIT = """
import resource, signal
signal.signal(signal.SIGXCPU, signal.SIG_IGN)  # the kernel signals and steps the soft limit every second
resource.setrlimit(resource.RLIMIT_CPU, (1, 600))
while True:
    pass
"""

_RAISES_ITS_OWN = """
import resource, time
resource.setrlimit(resource.RLIMIT_CPU, (50, 600))
time.sleep(600)
"""


def _child(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code])


def _soft_limit_reaches(pid: int, seconds: int) -> bool:
    for _ in range(1200):  # a loaded machine gives the child little processor time: wait for it, up to 2 min
        if resource.prlimit(pid, resource.RLIMIT_CPU)[0] >= seconds:
            return True
        time.sleep(0.1)
    return False


def test_the_kernels_step_after_sigxcpu_is_not_taken_for_a_longer_limit():
    child = _child(_OVER_ITS_LIMIT)
    try:
        assert _soft_limit_reaches(child.pid, 2)  # the kernel has signalled and stepped the limit up
        assert cpu_seconds_used(child.pid) >= 1 - CPU_SLACK
        assert child_cpu_limit(child.pid, 1.0) == 1.0
    finally:
        child.kill()
        child.wait()


def test_a_readers_own_raise_before_its_limit_is_used_counts():
    child = _child(_RAISES_ITS_OWN)
    try:
        assert _soft_limit_reaches(child.pid, 50)
        assert child_cpu_limit(child.pid, 5.0) == 50.0
        assert child_cpu_limit(child.pid, 80.0) == 80.0  # never below the configured one
    finally:
        child.kill()
        child.wait()


def test_the_processor_time_of_a_process_that_is_gone_is_unknown():
    child = _child("pass")
    child.wait()
    assert cpu_seconds_used(child.pid) is None
    assert child_cpu_limit(child.pid, 5.0) == 5.0
