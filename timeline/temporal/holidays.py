"""The days holidays fall on: Easter and the feasts counted from it (the Gregorian computus), the
holidays kept on the n-th weekday of a month (US observances where countries differ), and those
of the lunar and lunisolar calendars (Lunar New Year, Diwali, Eid al-Fitr, Yom Kippur), whose
days the ``holidays`` library knows.  Fixed holidays ("Christmas", "Juneteenth") are plain month
and day and need nothing here; the rule ``holiday`` names them all, the resolver picks the year."""

from __future__ import annotations

import functools
import warnings
from datetime import date, timedelta
from typing import Final

from .values import add_months


def easter(year: int) -> date:
    """Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th weekday (Monday 0) of a month; n = -1 for the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


#: Holidays on the n-th weekday of a month: (month, weekday with Monday 0, n).
_NTH_WEEKDAY_HOLIDAYS: Final = {
    "mlk-day": (1, 0, 3),
    "presidents-day": (2, 0, 3),
    "mothers-day": (5, 6, 2),
    "fathers-day": (6, 6, 3),
    "columbus-day": (10, 0, 2),
    "indigenous-peoples-day": (10, 0, 2),
    "remembrance-sunday": (11, 6, 2),
    # the bank holidays of England and Wales on a Monday of their month
    "early-may-bank-holiday": (5, 0, 1),
    "spring-bank-holiday": (5, 0, -1),
    "summer-bank-holiday": (8, 0, -1),
}


#: Holidays of other calendars: the country whose public holidays the ``holidays`` library
#: lists them for, and the name it gives them there.
_OTHER_CALENDARS: Final = {
    "lunar-new-year": ("CN", "Chinese New Year (Spring Festival)"),
    "diwali": ("IN", "Diwali"),
    "holi": ("IN", "Holi"),
    "eid-al-fitr": ("AE", "Eid al-Fitr"),
    "eid-al-adha": ("AE", "Eid al-Adha"),
    "rosh-hashanah": ("IL", "Rosh Hashanah"),
    "yom-kippur": ("IL", "Yom Kippur"),
    "passover": ("IL", "Pesach"),
    "sukkot": ("IL", "Sukkot"),
    "shavuot": ("IL", "Shavuot"),
    "mid-autumn-festival": ("CN", "Mid-Autumn Festival"),
    "dragon-boat-festival": ("CN", "Dragon Boat Festival"),
    "tomb-sweeping-day": ("CN", "Tomb-Sweeping Day"),
    "dussehra": ("IN", "Dussehra"),
    "guru-nanak-jayanti": ("IN", "Guru Nanak's Birthday"),
    "maha-shivaratri": ("IN", "Maha Shivaratri"),
    "janmashtami": ("IN", "Janmashtami"),
    "vesak": ("IN", "Buddha Purnima"),
    "islamic-new-year": ("AE", "Islamic New Year"),
    "mawlid": ("AE", "Prophet's Birthday"),
    # ... and holidays it lists among a country's school or optional ones
    "hanukkah": ("IL", "Hanukkah", "school"),
    "purim": ("IL", "Purim", "optional"),
}


#: The first year of inaugurations on Jan. 20 (the 20th Amendment's).
INAUGURATIONS_SINCE: Final = 1937
#: How many years apart the days of a holiday held once in several years may lie.
EVERY_FEW_YEARS: Final = {"inauguration-day": 4}


_NAMES: Final = {
    "inauguration-day": "Inauguration Day",
    "lunar-new-year": "Lunar New Year",
    "eid-al-fitr": "Eid al-Fitr",
    "eid-al-adha": "Eid al-Adha",
    "rosh-hashanah": "Rosh Hashanah",
    "yom-kippur": "Yom Kippur",
    "mid-autumn-festival": "Mid-Autumn Festival",
    "tomb-sweeping-day": "Qingming Festival",
    "mlk-day": "Martin Luther King Jr. Day",
    "presidents-day": "Presidents' Day",
    "mothers-day": "Mother's Day",
    "fathers-day": "Father's Day",
    "indigenous-peoples-day": "Indigenous Peoples' Day",
    "early-may-bank-holiday": "early May bank holiday",
    "spring-bank-holiday": "spring bank holiday",
    "summer-bank-holiday": "summer bank holiday",
}


def of_another_calendar(key: str) -> bool:
    """Whether a movable holiday is of a lunar or lunisolar calendar (its day begins the evening
    before, or waits on the moon), not counted on the Gregorian one."""
    return key in _OTHER_CALENDARS


def holiday_name(key: str) -> str:
    """A movable holiday's name as an explanation writes it: "Easter", "Labor Day"."""
    return _NAMES.get(key) or " ".join(word.capitalize() for word in key.split("-"))


def holiday_dates(key: str, year: int) -> list[date]:
    """The days a movable holiday falls on in a year: one, but none where the ``holidays``
    library does not know a holiday of another calendar that year, and two where a lunar year
    holds two (Eid al-Fitr fell on 8 January and 27 December 2000)."""
    if key in _OTHER_CALENDARS:
        return list(_other_calendar(key, year))
    if key == "inauguration-day":
        # a U.S. president's, on Jan. 20 of the year after a presidential election (since 1937)
        return [date(year, 1, 20)] if year % 4 == 1 and year >= INAUGURATIONS_SINCE else []
    return [holiday_date(key, year)]


@functools.lru_cache(maxsize=4096)  # (a dateline's year is looked for over two centuries)
def _named_days(key: str, year: int) -> frozenset[date]:
    """The days of a year the ``holidays`` library names for a holiday of another calendar."""
    import holidays  # (only where such a holiday is told: a large library)

    country, name, *category = _OTHER_CALENDARS[key]
    with warnings.catch_warnings():  # (it warns of a year it has no days for)
        warnings.simplefilter("ignore")
        try:
            days = holidays.country_holidays(
                country, years=year, language="en_US", categories=tuple(category) or ("public",)
            )
        except (NotImplementedError, KeyError, ValueError):
            return frozenset()
        # several names of one day are joined with "; "; an estimated day is named so
        return frozenset(
            day for day, names in days.items() if any(n.strip().startswith(name) for n in names.split(";"))
        )


def _other_calendar(key: str, year: int) -> tuple[date, ...]:
    found = _named_days(key, year)
    # a holiday of several days off ("Chinese New Year" is three or more) starts on its first,
    # which may be in the year before (Hanukkah from 26 December 2024 to 2 January 2025)
    return tuple(
        sorted(
            day
            for day in found
            if day - timedelta(days=1) not in found
            and not (day.month == 1 and day.day == 1 and date(year - 1, 12, 31) in _named_days(key, year - 1))
        )
    )


def holiday_date(key: str, year: int) -> date:
    """The day a movable holiday of the Gregorian calendar falls on in a year (US observances
    where countries differ); see ``holiday_dates`` for all."""
    if key == "thanksgiving":
        return nth_weekday(year, 11, 3, 4)
    if key == "labor-day":
        return nth_weekday(year, 9, 0, 1)
    if key == "memorial-day":
        return nth_weekday(year, 5, 0, -1)
    if key == "election-day":
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if key in _NTH_WEEKDAY_HOLIDAYS:
        return nth_weekday(year, *_NTH_WEEKDAY_HOLIDAYS[key])
    if key == "victoria-day":  # the Monday before 25 May
        before = date(year, 5, 24)
        return before - timedelta(days=before.weekday())
    if key in ("black-friday", "cyber-monday"):
        return nth_weekday(year, 11, 3, 4) + timedelta(days=1 if key == "black-friday" else 4)
    offset = {
        "easter": 0,
        "easter-monday": 1,
        "good-friday": -2,
        "ash-wednesday": -46,
        "shrove-tuesday": -47,
        "maundy-thursday": -3,
        "holy-saturday": -1,
        "ascension-day": 39,
        "palm-sunday": -7,
        "pentecost": 49,
        "whit-monday": 50,
    }[key]
    return easter(year) + timedelta(days=offset)
