"""The comparison's day lock: day n of one operation is day n of the other, read from ?lock=day."""

import datetime
from types import SimpleNamespace

import pytest

from battlemap.pages.compare import ComparisonError, comparison_from_query, same_day

D = datetime.date


def operation(slug, start, end, bbox):
    return SimpleNamespace(slug=slug, name=slug, start_date=start, end_date=end, bbox=bbox,
                           contains_date=lambda day: start <= day <= end)


KHARKOV = operation("kharkov-1942", D(1942, 5, 11), D(1942, 5, 30), (35, 48, 38, 50))
BELGOROD = operation("belgorod-kharkov-1943", D(1943, 8, 3), D(1943, 8, 23), (35, 49, 38, 51))


@pytest.mark.parametrize(("day", "of", "other", "expected"), [
    (D(1942, 5, 13), KHARKOV, BELGOROD, D(1943, 8, 5)),   # day 3 of each
    (D(1942, 5, 11), KHARKOV, BELGOROD, D(1943, 8, 3)),
    (D(1943, 8, 23), BELGOROD, KHARKOV, D(1942, 5, 30)),  # day 21 of 1943: 1942 has 20, its last
])
def test_same_day_of_each_operation(day, of, other, expected):
    assert same_day(day, of, other) == expected


def test_locked_the_right_date_follows_the_left_day():
    query = {"left": "kharkov-1942", "right": "belgorod-kharkov-1943", "left_date": "1942-05-20",
             "right_date": "1943-08-04", "lock": "day"}
    comparison = comparison_from_query(query, [KHARKOV, BELGOROD])
    assert comparison.right_date == D(1943, 8, 12) and comparison.lock == "day"
    assert (comparison.left_day, comparison.right_day, comparison.left_days, comparison.right_days) == (10, 10, 20, 21)
    assert "lock=day" in comparison.swapped_url()
    unlocked = comparison_from_query({**query, "lock": ""}, [KHARKOV, BELGOROD])
    assert unlocked.right_date == D(1943, 8, 4) and unlocked.lock is None


def test_an_unknown_lock_is_refused_naming_it():
    with pytest.raises(ComparisonError, match="'lock' must be 'day', got 'week'"):
        comparison_from_query({"lock": "week"}, [KHARKOV, BELGOROD])
