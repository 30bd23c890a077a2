"""The pain thresholds and the trend drawn through the scores the patient entered."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabtimer.core.pain import SCORES, TREND_DAYS, histogram_median, rolling_median

FIRST = date(2026, 1, 1)
days_in = st.integers(min_value=0, max_value=60).map(lambda n: FIRST + timedelta(days=n))
scores = st.lists(st.tuples(days_in, st.integers(min_value=0, max_value=10)), max_size=80)


def test_a_day_takes_the_median_of_the_week_ending_on_it():
    week = [(FIRST + timedelta(days=n), value) for n, value in enumerate((1, 4, 2, 9, 3, 0, 5))]
    later = FIRST + timedelta(days=6)
    assert rolling_median([(later, later)], week) == [3.0]
    # A day after the window: the first day's score has left it.
    next_day = later + timedelta(days=1)
    assert rolling_median([(next_day, next_day)], week) == [statistics.median([4, 2, 9, 3, 0, 5])]


def test_a_month_takes_its_own_days_and_an_empty_window_has_no_trend():
    march = (date(2026, 3, 1), date(2026, 3, 31))
    entered = [(date(2026, 2, 28), 10), (date(2026, 3, 1), 2), (date(2026, 3, 31), 4)]
    assert rolling_median([march, (date(2026, 5, 1), date(2026, 5, 31))], entered) == [3.0, None]


def test_a_trend_needs_a_day():
    with pytest.raises(ValueError, match="at least one day"):
        rolling_median([(FIRST, FIRST)], [], days=0)


@given(scores, days_in)
def test_the_trend_is_within_the_scores_of_its_window_and_none_without_any(entered, day):
    (trend,) = rolling_median([(day, day)], entered)
    window = [v for d, v in entered if day - timedelta(days=TREND_DAYS - 1) <= d <= day]
    if not window:
        assert trend is None
    else:
        assert trend is not None and min(window) <= trend <= max(window)


@given(scores, st.randoms())
def test_the_trend_does_not_depend_on_the_order_scores_come_in(entered, random):
    spans = [(FIRST + timedelta(days=n), FIRST + timedelta(days=n)) for n in range(0, 61, 5)]
    shuffled = list(entered)
    random.shuffle(shuffled)
    assert rolling_median(spans, shuffled) == rolling_median(spans, entered)


@given(st.integers(min_value=0, max_value=10), st.lists(days_in, min_size=1, max_size=30))
def test_the_same_score_every_time_trends_flat_at_that_score(value, days):
    spans = [(day, day) for day in days]
    assert rolling_median(spans, [(day, value) for day in days]) == [float(value)] * len(days)


@given(st.lists(st.integers(min_value=0, max_value=10), max_size=200))
def test_a_median_counted_from_a_histogram_is_the_median_of_the_scores(entered):
    counts = tuple(entered.count(score) for score in SCORES)
    expected = float(statistics.median(entered)) if entered else None
    assert histogram_median(counts) == expected


def test_an_even_number_of_scores_takes_the_middle_two():
    assert histogram_median((0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2)) == 5.5
    assert histogram_median((0,) * 11) is None
