"""Convert a legacy word-processor file to DOCX with LibreOffice, as untrusted work.

Each conversion gets its own throw-away LibreOffice profile and folder (so runs never share state
or lock each other out), a profile that forbids macros, a time limit after which the whole process
group is killed, and a cap on the size of what comes out. The input is copied under a plain name,
so nothing in a published file's name reaches the command line.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from pipeline.messages import data_text

PACKAGE = "libreoffice-writer-nogui"
TIME_LIMIT = 120  # seconds; a normal order converts in a few
MAX_OUTPUT_BYTES = 50 * 1024 * 1024
# Macro security "very high" and macro execution off: a document's macros never run.
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


class ConverterMissing(RuntimeError):
    """LibreOffice is not installed; the message names the Debian package."""


class ConversionError(RuntimeError):
    """LibreOffice could not convert the file; the message carries what it said."""


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ConverterMissing(data_text("parse.legacy.no_libreoffice", package=PACKAGE))


def _run(command: list[str], workdir: Path) -> subprocess.CompletedProcess:
    """Run with a time limit; on expiry kill the whole process group (soffice forks helpers)."""
    env = {**os.environ, "HOME": str(workdir), "SAL_USE_VCLPLUGIN": "svp"}
    proc = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise ConversionError(data_text("parse.legacy.timeout", seconds=TIME_LIMIT)) from None
    return subprocess.CompletedProcess(command, proc.returncode, out.decode("utf-8", "replace"), "")


def to_docx(source: Path, fmt: str) -> bytes:
    """The file at `source` (sniffed as `fmt`: doc, rtf, odt) -> the bytes of the same text as DOCX."""
    program = soffice()
    with tempfile.TemporaryDirectory(prefix="roadmaps-lo-") as tmp:
        work = Path(tmp)
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        (work / "out").mkdir()
        plain = work / f"input.{fmt}"
        shutil.copyfile(source, plain)
        done = _run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                     "--nolockcheck", "--nodefault", "--convert-to", "docx:MS Word 2007 XML",
                     "--outdir", str(work / "out"), str(plain)], work)
        result = work / "out" / "input.docx"
        if not result.is_file() or result.stat().st_size == 0:
            said = " ".join(done.stdout.split())[-300:] or data_text("parse.legacy.exit_code", code=done.returncode)
            raise ConversionError(data_text("parse.legacy.failed", said=said))
        size = result.stat().st_size
        if size > MAX_OUTPUT_BYTES:
            raise ConversionError(data_text("parse.legacy.too_big", mb=size // 2**20))
        return result.read_bytes()
