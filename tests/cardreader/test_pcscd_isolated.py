"""Starting pcscd, and losing it mid-read, in a private namespace.

Only one pcscd can run per machine (it owns /run/pcscd and the vpcd ports), and the test
session shares it. This test runs a child process in its own mount and network namespace
(``unshare``, root only) with an empty /run/pcscd: there ``ensure_pcscd`` has to start pcscd
itself, and the child can kill it in the middle of a read — what an unplugged reader or a
crashed service looks like to the application.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(180)]

CHILD = Path(__file__).with_name("_pcscd_child.py")


def _namespaces_available() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "--net", "true"], capture_output=True, timeout=10)
    return probe.returncode == 0


@pytest.mark.skipif(not _namespaces_available(), reason="needs root and unshare(1)")
def test_pcscd_started_on_demand_and_lost_mid_read() -> None:
    script = (
        "set -e; ip link set lo up; mkdir -p /run/pcscd; mount -t tmpfs tmpfs /run/pcscd; "
        f'exec "{sys.executable}" "{CHILD}"'
    )
    result = subprocess.run(
        ["unshare", "--mount", "--net", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=150,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["before"] == "no service"
    assert seen["started"] is True
    assert "Virtual PCD 00 00" in seen["readers"]
    assert seen["name"] == "黒桐　幹也"
    # The read in flight fails with our error (the reader is gone), it does not hang or crash.
    assert seen["mid_read"] == "NoReader"
    assert seen["after"] == "NoReader"
    assert seen["readers_after"] is None
    events = seen["events"]
    reader = "Virtual PCD 00 00"
    assert events.index(f"reader_added:{reader}") < events.index(f"card_inserted:{reader}")
    assert events.index(f"card_inserted:{reader}") < events.index(f"card_removed:{reader}")
    assert events.index(f"card_removed:{reader}") < events.index(f"reader_removed:{reader}")
    # … and when the service is back the watcher sees the reader again, by itself.
    assert events.count(f"reader_added:{reader}") == 2
