"""The retry schedule: growing, jittered, bounded, and respectful of the back office's hint."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.delivery import RetryPolicy


@given(
    attempts=st.integers(min_value=1, max_value=60),
    retry_after=st.one_of(st.none(), st.floats(min_value=0, max_value=1e6)),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_delays_stay_within_their_bounds(
    attempts: int, retry_after: float | None, seed: int
) -> None:
    policy = RetryPolicy(max_attempts=8, base_delay=2.0, max_delay=300.0)
    delay = policy.delay(attempts, retry_after, random.Random(seed))
    ceiling = min(300.0, 2.0 * 2 ** (attempts - 1))
    assert ceiling / 2 <= delay <= 300.0
    if retry_after:
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


def test_the_cap_counts_failed_attempts() -> None:
    policy = RetryPolicy(max_attempts=3)
    assert [policy.exhausted(n) for n in (1, 2, 3, 4)] == [False, False, True, True]
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
