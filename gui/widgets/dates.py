"""Python dates in Qt's date fields: the date and the clock time as they read (no time zone is
converted, as a clerk reads them off the paper); the fields give them back with ``toPython()``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def qt_date(value: dt.date) -> QDate:
    """``value`` as a QDate."""
    return QDate(value.year, value.month, value.day)


def qt_datetime(value: dt.datetime) -> QDateTime:
    """``value`` as a QDateTime, to the millisecond."""
    clock = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    return QDateTime(qt_date(value), clock)
