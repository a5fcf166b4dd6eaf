"""The per-file time limit grows with the pages a scan has to recognise, and the clock follows it."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys

from pipeline.isolation import Limits, _death_message, child_cpu_limit, run_limited, wall_seconds
from pipeline.messages import translate


def test_a_longer_scan_gets_a_larger_limit():
    from parsers.ocr.reader import scan_cpu_limit

    assert scan_cpu_limit(180, 20) > scan_cpu_limit(180, 2) > 180


def test_the_configured_limit_is_the_base_and_no_limit_stays_none():
    from parsers.ocr.reader import scan_cpu_limit

    assert scan_cpu_limit(600, 2) - scan_cpu_limit(180, 2) == 420
    assert scan_cpu_limit(resource.RLIM_INFINITY, 20) == resource.RLIM_INFINITY


def _limit_after_granting(pages: int) -> int:
    from parsers.ocr.reader import _raise_limit, scan_cpu_limit

    _raise_limit(resource.RLIMIT_CPU, scan_cpu_limit(resource.getrlimit(resource.RLIMIT_CPU)[0], pages))
    return resource.getrlimit(resource.RLIMIT_CPU)[0]


def test_the_reading_child_raises_its_own_limit_from_the_configured_one():
    configured = Limits(seconds=7, memory_mb=None)
    from parsers.ocr.reader import scan_cpu_limit

    assert run_limited(_limit_after_granting, (20,), configured) == scan_cpu_limit(7, 20)
    assert run_limited(_limit_after_granting, (2,), configured) == scan_cpu_limit(7, 2)


def test_the_clock_follows_a_limit_the_child_raised():
    child = subprocess.Popen(
        [sys.executable, "-c", "import resource, sys; resource.setrlimit(resource.RLIMIT_CPU, (500, -1)); "
         "print('ready', flush=True); sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        assert child_cpu_limit(child.pid, 180) == 500
        assert child_cpu_limit(child.pid, 900) == 900  # never below the configured one
        assert wall_seconds(500) > wall_seconds(180)
    finally:
        child.communicate("")
    assert child_cpu_limit(child.pid, 180) == 180  # gone: the configured one


def test_the_message_names_the_file_the_limit_and_how_to_raise_it():
    message = _death_message(-signal.SIGXCPU, Limits(), "sarov/скан.pdf", 580)
    assert "«sarov/скан.pdf»" in message and "580 с" in message and "--file-timeout" in message
    english = translate(message, "en")
    assert english.startswith("reading «sarov/скан.pdf» stopped") and "--file-timeout" in english
