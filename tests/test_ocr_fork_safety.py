"""A reader forked from a process whose OpenCV has already worked must not hang: the test run found a
per-file child stuck for good in pthread_cond_destroy (OpenCV's thread pool, copied from a pytest worker
that had run OCR functions itself, torn down in the child by cv2.setNumThreads). parsers/ocr/cv.py holds
OpenCV to one thread from its import, so no pool exists to copy."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

_SCENARIO = textwrap.dedent("""
    import os, time
    import numpy as np
    from parsers.ocr.cv import cv2
    image = np.random.default_rng(0).integers(0, 255, (3000, 3000), dtype=np.uint8)
    for _ in range(3):  # work OpenCV may spread over threads, in the parent
        cv2.dilate(image, np.ones((5, 5), np.uint8))
    time.sleep(1)  # the pool threads, if any, stop spinning and wait on their condition variable
    pid = os.fork()
    if pid == 0:
        cv2.setNumThreads(1)  # what a reader may do in the child
        cv2.dilate(image, np.ones((5, 5), np.uint8))
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    print("child", os.waitstatus_to_exitcode(status))
""")


def test_a_child_forked_after_opencv_has_worked_does_not_hang():
    try:
        done = subprocess.run([sys.executable, "-c", _SCENARIO], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("a forked child hung inside OpenCV")
    assert done.stdout.strip() == "child 0", done.stderr
