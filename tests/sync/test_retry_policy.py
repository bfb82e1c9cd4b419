"""The retry schedule and the outage probes: growing, jittered, capped, never giving up, and
respectful of the back office's hint."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.delivery import OutagePolicy, RetryPolicy


@given(
    attempts=st.integers(min_value=1, max_value=100_000),
    retry_after=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_delays_stay_within_their_bounds_however_many_attempts(
    attempts: int, retry_after: float | None, seed: int
) -> None:
    policy = RetryPolicy(base_delay=2.0, max_delay=300.0)
    delay = policy.delay(attempts, retry_after, random.Random(seed))
    ceiling = min(300.0, 2.0 * 2 ** min(attempts - 1, 60))
    assert math.isfinite(delay)
    assert ceiling / 2 <= delay <= 300.0
    if retry_after is not None and math.isfinite(retry_after) and retry_after > 0:
        assert delay >= min(retry_after, 300.0)  # the hint is honoured, up to the cap
    else:
        assert delay <= ceiling


def test_delays_grow_and_are_spread_out() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=1000.0)
    rng = random.Random(7)
    typical = [sorted(policy.delay(n, None, rng) for _ in range(101))[50] for n in range(1, 8)]
    assert typical == sorted(typical) and typical[-1] > 20 * typical[0]
    many = {round(policy.delay(5, None, rng), 6) for _ in range(50)}
    assert len(many) > 40  # counters recovering from one outage do not retry in lockstep


@pytest.mark.parametrize(
    "settings",
    [
        {"base_delay": math.nan},
        {"base_delay": -1.0},
        {"max_delay": math.inf},
        {"base_delay": 10.0, "max_delay": 1.0},
    ],
)
def test_a_schedule_that_never_ends_is_refused(settings: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**settings)


@given(failed=st.integers(min_value=0, max_value=10_000), seed=st.integers(0, 2**32))
def test_probes_while_down_are_never_further_apart_than_the_cap(failed: int, seed: int) -> None:
    policy = OutagePolicy(failures=3, probe_base=2.0, probe_max=20.0)
    delay = policy.probe_delay(failed, None, random.Random(seed))
    assert min(20.0, 2.0 * 2 ** min(failed, 60)) / 2 <= delay <= 20.0


def test_a_probe_waits_for_the_back_offices_hint_within_reason() -> None:
    policy = OutagePolicy(probe_max=20.0, retry_after_cap=300.0)
    assert policy.probe_delay(5, retry_after=120.0) >= 120.0
    assert policy.probe_delay(5, retry_after=10**9) <= 300.0
    with pytest.raises(ValueError):
        OutagePolicy(failures=0)
