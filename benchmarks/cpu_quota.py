"""Run a benchmark's child process on a slower CPU: a CPU quota that models a tablet-class machine.

A quota of ``0.5`` lets the child (all its threads together) use half of one core: each period it
runs until it has used ``quota × period`` of CPU time, then waits for the next period. On a
desktop or server core that is about the single-thread speed of the Celeron / Pentium Silver /
Atom class of CPU in the Windows tablets a counter puts in front of residents, and the child's
threads (Python's GUI thread, Qt's render and QML loader threads) share that one slow core
rather than spreading over the machine's others.

Two ways, the first that works:

- **cgroup**: a child cgroup with the CPU controller's bandwidth limit — cgroup v1
  (``cpu.cfs_quota_us`` / ``cpu.cfs_period_us``) or cgroup v2 (``cpu.max``, where the
  controller is delegated to us). The child joins it before it executes anything, so its whole
  life is throttled by the kernel's scheduler;
- **duty cycle**: where no cgroup can be made (no permission, cgroup v2 without delegation), a
  thread of the driver watches the CPU time the child's threads have used
  (``/proc/<pid>/task/*/schedstat``) and stops the child (``SIGSTOP``) whenever it is ahead of
  ``quota × wall time``, continuing it (``SIGCONT``) when the wall clock has caught up — what
  ``cpulimit`` does, at a few milliseconds' granularity.

The period is short (10 ms, not the kernel's default 100 ms): a screen change of 60 ms of work
then takes about 120 ms at 0.5, as on a CPU half as fast, instead of 60 ms or 160 ms depending
on where in a long period it happens to start.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: The throttling period, in microseconds (see the module docstring).
PERIOD_US = 10_000

_V1_CPU = Path("/sys/fs/cgroup/cpu")


@dataclass(frozen=True)
class Quota:
    """A share of one core (``0.5`` = half a core); ``None``-like ``0`` means unthrottled."""

    share: float

    def __post_init__(self) -> None:
        if not (0 <= self.share <= 64):  # also refuses NaN
            raise ValueError(f"a CPU quota is 0 (none) to 64 cores, not {self.share}")

    @property
    def limited(self) -> bool:
        return self.share > 0


def _v2_root() -> Path | None:
    for mount in (Path("/sys/fs/cgroup"), Path("/sys/fs/cgroup/unified")):
        if (mount / "cgroup.controllers").exists():
            return mount
    return None


def _make_cgroup(quota: Quota) -> tuple[Path, str] | None:
    """A fresh child cgroup limited to ``quota``, or None where we may not make one."""
    quota_us = max(1000, round(quota.share * PERIOD_US))
    name = f"kakanai-bench-{os.getpid()}-{time.monotonic_ns()}"
    with contextlib.suppress(OSError):
        group = _V1_CPU / name
        group.mkdir()
        try:
            (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
            (group / "cpu.cfs_quota_us").write_text(str(quota_us))
            return group, f"cgroup v1 (cpu.cfs_quota_us={quota_us} per {PERIOD_US} µs)"
        except OSError:
            group.rmdir()
    root = _v2_root()
    if root is not None:
        with contextlib.suppress(OSError, ValueError):
            own = Path("/proc/self/cgroup").read_text().splitlines()
            path = next(line.split("::", 1)[1] for line in own if line.startswith("0::"))
            parent = root / path.lstrip("/")
            if "cpu" in (parent / "cgroup.subtree_control").read_text().split():
                group = parent / name
                group.mkdir()
                try:
                    (group / "cpu.max").write_text(f"{quota_us} {PERIOD_US}")
                    return group, f"cgroup v2 (cpu.max {quota_us} {PERIOD_US})"
                except OSError:
                    group.rmdir()
    return None


def _cpu_ns(pid: int) -> int:
    """CPU time used so far by every thread of ``pid``, in nanoseconds (0 once it is gone)."""
    total = 0
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                total += int(Path(f"/proc/{pid}/task/{task}/schedstat").read_text().split()[0])
    return total


class _DutyCycle:
    """Stop and continue a process so it uses no more than ``share`` of one core (see above)."""

    def __init__(self, pid: int, share: float) -> None:
        self.pid = pid
        self.share = share
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # A bucket of CPU time, refilled at ``share`` of the wall clock and holding at most one
        # period's quota, as the kernel's scheduler grants it: time not used while the child
        # waits is not saved up for a later burst.
        full_ns = self.share * PERIOD_US * 1000
        budget_ns = full_ns
        used_ns = _cpu_ns(self.pid)
        last = time.monotonic_ns()
        tick = PERIOD_US / 4 / 1e6
        while not self._stop.is_set():
            now, used = time.monotonic_ns(), _cpu_ns(self.pid)
            budget_ns = min(full_ns, budget_ns + self.share * (now - last)) - (used - used_ns)
            last, used_ns = now, used
            if budget_ns < 0:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGSTOP)
                    self._stop.wait(-budget_ns / self.share / 1e9)
                    os.kill(self.pid, signal.SIGCONT)
            else:
                self._stop.wait(tick)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGCONT)


def _join_cgroup(procs: Path) -> None:
    """In the child between fork and exec: move itself into the cgroup."""
    procs.write_text(str(os.getpid()))


@contextlib.contextmanager
def _throttled(quota: Quota, cgroup: bool) -> Iterator[tuple[Path | None, str]]:
    if not quota.limited:
        yield None, "none (unthrottled)"
        return
    made = _make_cgroup(quota) if cgroup else None
    if made is None:
        yield None, f"duty cycle (SIGSTOP/SIGCONT at {quota.share:g} of a core, {PERIOD_US} µs)"
        return
    group, method = made
    try:
        yield group, method
    finally:
        # The group can only go once it is empty: its process has ended by now.
        for _ in range(100):
            try:
                group.rmdir()
                break
            except OSError:
                time.sleep(0.01)


def method(quota: Quota, *, cgroup: bool = True) -> str:
    """How ``quota`` would be applied on this machine (for the benchmark's output)."""
    with _throttled(quota, cgroup) as (_, how):
        return how


def run(
    argv: Sequence[str],
    quota: Quota,
    *,
    cgroup: bool = True,
    env: Mapping[str, str] | None = None,
    timeout: float = 900,
) -> str:
    """Run ``argv`` to its end under ``quota``; its standard output (raises on a failure).

    ``cgroup=False`` skips the cgroup and uses the duty cycle (to compare the two methods)."""
    with (
        _throttled(quota, cgroup) as (group, _),
        subprocess.Popen(
            list(argv),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(env if env is not None else os.environ),
            # the child joins the group before it executes anything
            preexec_fn=(lambda: _join_cgroup(group / "cgroup.procs")) if group else None,
        ) as child,
    ):
        cycle = _DutyCycle(child.pid, quota.share) if quota.limited and not group else None
        try:
            out, err = child.communicate(timeout=timeout)
        finally:
            if cycle is not None:
                cycle.close()
            if child.poll() is None:
                child.kill()
                child.wait()
    if child.returncode != 0:
        tail = err.strip().splitlines()[-5:]
        raise RuntimeError(f"{argv[:3]} ended with {child.returncode}: " + " | ".join(tail))
    return out
