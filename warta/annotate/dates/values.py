"""TIMEX3 values for matched date expressions, resolved against the publication date.

Each rule in `lang/id/dates.jsonl` names its resolver (`"value": {"fn": "calendar"}`);
the resolvers here read the rule's named groups. What they share (the publication
date, sentence bounds, the days the story has already named) is a `Context`."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from ..grammar import Grammar, Hit
from ..numbers import as_json_number, parse_number

ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
            "1": 1, "2": 2, "3": 3, "4": 4}
ADJECTIVE_UNITS = {"harian": "hari", "mingguan": "minggu", "bulanan": "bulan", "tahunan": "tahun", "malam": "hari"}
FUTURE_WINDOW_WORDS = 8
NEAR_FUTURE_DAYS = 31  # a year-less date this close after publication, not marked past, is the coming one
CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}){0,2}(?:T|/|$)")  # a year, month or day; not `2025-W25`, `2019-SU`
QUOTE_MARKS = re.compile(r'["“”]')
ATTRIBUTION_END = re.compile(r"[.!?][\"”’]?\s|[\"“]|',\s*'")  # where the words after a closing quote mark end
JOINER = re.compile(r"\s*,\s*")  # between a clock time and the date it is on


# A full stop the sentencer may have missed (`...RSPAD.,,Habibie dirawat sejak 1 September`):
# a date past it is not the day of a clock time before it.
SENTENCE_END = re.compile(r"[.!?][\"”’]?[,\s]*(?=[A-Z])")


def _stripped_end(text: str, end: int) -> int:
    """`len(text[:end].rstrip())`, without copying the text before `end`."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


@dataclass
class Context:
    """What resolving one article's dates needs beyond the match itself."""

    grammar: Grammar
    text: str
    published: date | None
    sentence_starts: list[int]
    anchors: list[tuple[int, date, bool]] = field(default_factory=list)  # (start, day, narrative)
    years: list[tuple[int, int]] = field(default_factory=list)  # (start, explicit year)
    split_seasons: bool | None = None  # the story is about a league playing across two years
    named: list[tuple[int, str]] = field(default_factory=list)  # (start, value) of every calendar date resolved
    periods: list[tuple[int, str]] = field(default_factory=list)  # (start, value) of every DATE resolved, whole
    schedules: list[int] = field(default_factory=list)  # where a schedule (`Senin-Jumat`) stands

    def name(self, start: int, value: str | None) -> None:
        """Remember a calendar value the story gave (`2016`, `2024-05`, `2024-05-03`), in text order."""
        if value and CALENDAR_VALUE.match(value):
            bisect.insort(self.named, (start, value.split("T")[0].split("/")[0]))

    def named_near(self, start: int) -> str | None:
        """The calendar value named last before `start`, in its sentence or the one before."""
        here = self.sentence(start)
        for where, value in reversed(self.named):
            if where < start:
                return value if here - self.sentence(where) <= 1 else None
        return None

    def anchor(self, start: int, day: date, narrative: bool) -> None:
        """Remember a day-precise date the story names (kept in text order)."""
        bisect.insort(self.anchors, (start, day, narrative))

    def paragraph_start(self, char: int) -> int:
        return self.text.rfind("\n", 0, char) + 1

    def in_quote(self, char: int) -> bool:
        """Inside quotation marks: an odd number of marks before it in its paragraph."""
        return len(QUOTE_MARKS.findall(self.text, self.paragraph_start(char), char)) % 2 == 1

    def telling_day(self, start: int) -> date | None:
        """When words inside a quote were said: the report date of the quote
        (`"...," kata X, Kamis (1/8/2024).`), else a day the story narrated in the same
        or the previous paragraph (`1 Agustus 2024, ... melapor. "Hari ini ..."`)."""
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        for where, day, narrative in self.anchors:
            if start < where < end and not narrative:
                return day
        close = QUOTE_MARKS.search(self.text, start, end)  # `"Besok ...," tutur X pada Kamis (26/9).`
        if close is not None:
            attribution = ATTRIBUTION_END.search(self.text, close.end(), end)
            stop = attribution.start() if attribution else end
            following = bisect.bisect_right(self.sentence_starts, close.end())
            if following < len(self.sentence_starts):
                stop = min(stop, self.sentence_starts[following])
            for where, day, _ in self.anchors:
                if close.end() <= where < stop:
                    return day
        previous = self.paragraph_start(_stripped_end(self.text, self.paragraph_start(start)))  # blank lines skipped
        for where, day, _ in reversed(self.anchors):
            if previous <= where < start:
                return day
        return None

    def sentence(self, char: int) -> int:
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def sentence_start(self, char: int) -> int:
        index = self.sentence(char)
        return self.sentence_starts[index] if index >= 0 else 0

    def future_cue(self, start: int) -> bool:
        """A future word (akan, dijadwalkan...) among the few words before, in the same sentence
        and on the same side of a quotation mark (`"... akan ...," kata X pada Juli` is past)."""
        clause = QUOTE_MARKS.split(self.text[self.sentence_start(start):start])[-1]
        before = clause.rsplit(None, FUTURE_WINDOW_WORDS)[-FUTURE_WINDOW_WORDS:]
        return any(self.grammar.word("future-cue", w.strip(",.")) for w in before)

    def habitual(self, start: int) -> bool:
        """The sentence says what usually happens (`biasanya`, `setiap`) and names no day:
        its clock times are on no one day (TimeML: a habitual time has no date)."""
        here = self.sentence(start)
        if any(self.sentence(where) == here for where, _, _ in self.anchors):
            return False
        if any(self.sentence(where) == here for where in self.schedules):
            return True
        end = self.sentence_starts[here + 1] if here + 1 < len(self.sentence_starts) else len(self.text)
        words = re.findall(r"\w+", self.text[self.sentence_start(start):end].lower())
        return any(self.grammar.word("habitual-cue", w) for w in words)

    def sentence_year(self, start: int) -> int | None:
        """The latest explicit year earlier in the same sentence (`Juni 2025 ... yakni Juni dan Juli`)."""
        here = self.sentence(start)
        for where, year in reversed(self.years):
            if where < start and self.sentence(where) == here:
                return year
        return None

    def day_in_sentence(self, start: int) -> date | None:
        """A day-precise date in the same sentence as `start`: the nearest before it
        (`Kamis (23/7) 17.00 WIB ... 22.00 WIB Jumat (24/7)`), else the nearest after."""
        here = self.sentence(start)
        same = [(where, day) for where, day, _ in self.anchors if self.sentence(where) == here]
        before = [day for where, day in same if where < start]
        if before:
            return before[-1]
        after = [(where, day) for where, day in same if not SENTENCE_END.search(self.text, start, where)]
        return min(((where - start, day) for where, day in after), default=(0, None))[1]

    def last_narrated(self, start: int, weekday: int | None = None) -> date | None:
        """The last day the story narrated before `start` (report datelines left out)."""
        for where, day, narrative in reversed(self.anchors):
            if where < start and narrative and (weekday is None or day.isoweekday() == weekday):
                return day
        return None

    def day_right_after(self, end: int) -> date | None:
        """A date written right after a clock time (`pukul 17.00 WIB, 17 Maret 2023`): its day."""
        for where, day, _ in self.anchors:
            if end <= where <= end + 3 and JOINER.fullmatch(self.text[end:where]):
                return day
        return None

    def last_named(self, start: int, weekday: int) -> date | None:
        """The last day of this name the story named before `start`, report dates included."""
        return next((day for where, day, _ in reversed(self.anchors) if where < start and day.isoweekday() == weekday), None)

    def reference_day(self, start: int) -> date | None:
        """The day a clock time or `hari itu` is on: a date of its sentence, else the
        last day the story narrated before it (TimeML's reference time), else publication."""
        return self.day_in_sentence(start) or self.last_narrated(start) or self.published

    def is_report_date(self, hit: Hit) -> bool:
        """`..., kata X, Rabu (18/6/2025).`: the date of the telling, not of the story."""
        before = self.text[max(0, hit.start - 3):hit.start]
        after = self.text[hit.end:hit.end + 3]
        return bool(re.search(r",\s*$", before)) and bool(re.match(r"\s*(?:[.\n]|$)", after))


def resolve(hit: Hit, ctx: Context) -> tuple[str, str | None]:
    """(type, value) for one match; value None when it cannot be resolved."""
    spec = hit.rule.value or {}
    label, value = RESOLVERS[spec["fn"]](hit, ctx, spec)
    label = label or hit.rule.label
    if label in ("DATE", "TIME"):
        ctx.name(hit.start, value)
    if label == "DATE" and value:
        bisect.insort(ctx.periods, (hit.start, value))
    if spec.get("habitual"):
        ctx.schedules.append(hit.start)
    return label, value


# --- helpers

def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _year(text: str | None, base: int | None = None) -> int | None:
    if not text:
        return None
    year = int(text)
    if year < 100:
        century = (base // 100) * 100 if base else 2000
        year += century
    return year


def _count(hit: Hit, name: str = "n") -> Decimal | None:
    if hit.group("se"):
        return Decimal(1)
    text = hit.group(name)
    return parse_number(text) if text else None


def _pod(hit: Hit, ctx: Context, spec: dict) -> str | None:
    word = hit.group("pod") or hit.group("pod2")
    return ctx.grammar.word("pod", word) if word else spec.get("pod")


def _with_pod(day: date | None, pod: str | None) -> tuple[str | None, str | None]:
    if day is None:
        return ("TIME" if pod else None), None
    return ("TIME", f"{day.isoformat()}T{pod}") if pod else (None, day.isoformat())


def _nearest_year(ctx: Context, month: int, day: int | None, future: bool, strictly_past: bool = False,
                  past: bool = False) -> int | None:
    """The year that puts a year-less date nearest to and not after publication
    (or, marked future, nearest and not before). A day within a month after
    publication and not marked past is the coming one (`pada 20-22 Juni`, published 19 June)."""
    pub = ctx.published
    if pub is None:
        return None
    if day and not past and not strictly_past:
        try:
            ahead = (date(pub.year, month, day) - pub).days
        except ValueError:
            ahead = -1
        future = future or 0 < ahead <= NEAR_FUTURE_DAYS
    here = (month, day or 1) if day else (month,)
    now = (pub.month, pub.day) if day else (pub.month,)
    if future:
        return pub.year if here >= now else pub.year + 1
    if strictly_past:
        return pub.year if here < now else pub.year - 1
    return pub.year if here <= now else pub.year - 1


def _weekday_year(ctx: Context, month: int, day: int, weekday: int | None, future: bool) -> int | None:
    """The year in which a year-less date falls on the weekday the text gives (`Rabu (20/7)`
    is 2022 when 20 July 2022 is a Wednesday): publication's or the one before, or after
    when the text puts it in the future; never far past publication. None unless exactly one fits."""
    pub = ctx.published
    if pub is None or weekday is None:
        return None
    fits = []
    for year in (pub.year, pub.year - 1) + ((pub.year + 1,) if future else ()):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when.isoweekday() == weekday and (future or (when - pub).days <= NEAR_FUTURE_DAYS):
            fits.append(year)
    return fits[0] if len(fits) == 1 else None


def _weekday_repair(ctx: Context, year: int, month: int, day: int, weekday: int | None) -> tuple[int, int]:
    """A day name and a date that disagree, the date far from publication (`Sabtu (23/9)`
    in a story of 24 July 2022; `Minggu (15/5/2019)` for a race in September): a typo in
    the month. When exactly one month around publication has that day on that weekday,
    the date is that one; else the date stays as written."""
    pub = ctx.published
    try:
        written = date(year, month, day)
    except ValueError:
        return year, month
    if pub is None or weekday is None or written.isoweekday() == weekday or abs((written - pub).days) <= NEAR_FUTURE_DAYS:
        return year, month
    fits = []
    for shift in (-1, 0, 1):
        y, m = add_months(pub.year, pub.month, shift)
        try:
            when = date(y, m, day)
        except ValueError:
            continue
        if when.isoweekday() == weekday and abs((when - pub).days) <= NEAR_FUTURE_DAYS:
            fits.append((y, m))
    return fits[0] if len(fits) == 1 else (year, month)


# --- resolvers: (hit, ctx, spec) -> (type override or None, value)

def calendar(hit: Hit, ctx: Context, spec: dict):
    g = ctx.grammar
    year = _year(hit.group("year")) or _year(hit.group("year1"))
    if hit.group("year2"):
        year2 = _year(hit.group("year2"), year)
        if year is not None:
            ctx.years.append((hit.start, year))
        return None, f"{year}/{year2}"
    month_text = hit.group("month")
    month = None
    if month_text:
        month = int(month_text) if month_text.isdigit() else g.word("month|month-abbr", month_text)
    day = int(hit.group("day")) if hit.group("day") else None
    pod = _pod(hit, ctx, spec)
    if month is None:  # a year alone
        ctx.years.append((hit.start, year))
        return None, str(year) if year else None
    if year is None and day is None and not any(hit.group(g) for g in ("last", "future", "past", "rel", "this")) \
            and ctx.habitual(hit.start):  # `pada bulan Maret setiap dua tahun`: every March
        return None, f"XXXX-{month:02d}"
    if year is None:
        future = bool(hit.group("future")) or ctx.future_cue(hit.start)
        if day is None and not hit.group("last"):
            year = ctx.sentence_year(hit.start)
        if year is None and (hit.group("this") or hit.group("rel")) and ctx.published:
            year = ctx.published.year + (g.word("relword", hit.group("rel")) if hit.group("rel") else 0)
        if year is None and day and hit.group("weekday"):
            year = _weekday_year(ctx, month, day, g.word("weekday", hit.group("weekday")), future)
        if year is None:
            year = _nearest_year(ctx, month, day, future, strictly_past=bool(hit.group("last")) and day is None,
                                 past=bool(hit.group("past") or hit.group("last")))
    else:
        ctx.years.append((hit.start, year))
    if year is None:
        return ("TIME" if pod else None), None
    if day and hit.group("weekday") and not hit.group("day2"):
        year, month = _weekday_repair(ctx, year, month, day, g.word("weekday", hit.group("weekday")))
    try:
        if day is None:
            return None, f"{year:04d}-{month:02d}"
        if hit.group("day2") and not hit.group("month2") and day > int(hit.group("day2")):
            # `31-2 April`: the range starts in the month before
            first = date(year - (month == 1), month - 1 or 12, day)
        else:
            first = date(year, month, day)
        if hit.group("day2"):
            month2 = g.word("month|month-abbr", hit.group("month2")) if hit.group("month2") else month
            last = date(year, month2, int(hit.group("day2")))
            if hit.group("and") and (last - first).days != 1:
                return None, None  # `25 dan 28 Maret`: two dates, not a span (refused by `accept`)
            if hit.group("year1") or month2 < month:  # `20 Desember 2024 hingga 5 Januari 2025`
                first = date(_year(hit.group("year1")) or year - 1, month, day)
            return None, f"{first.isoformat()}/{last.isoformat()}"
    except ValueError:
        return None, None
    ctx.anchor(hit.start, first, not ctx.is_report_date(hit))
    return _with_pod(first, pod)


def month_range(hit: Hit, ctx: Context, spec: dict):
    """`Agustus hingga September 2022` -> 2022-08/2022-09; `2009 hingga Juni 2012` -> 2009/2012-06."""
    g = ctx.grammar
    year = _year(hit.group("year"))
    first_year = _year(hit.group("year1"))
    month, month2 = g.word("month", hit.group("month")), g.word("month", hit.group("month2"))
    if year is None and first_year is None:  # `Februari-Maret`: the sentence's year, else the nearest
        year = ctx.sentence_year(hit.start) or _nearest_year(ctx, month2, None, ctx.future_cue(hit.start))
        if year is None:
            return None, None
    elif year is None:  # `2009 hingga Juni`: no year for the end
        return None, None
    if month is None:
        return None, f"{first_year}/{year}-{month2:02d}"
    if first_year is None:
        first_year = year if month <= month2 else year - 1
    ctx.years.append((hit.start, year))
    return None, f"{first_year}-{month:02d}/{year}-{month2:02d}"


def weekday(hit: Hit, ctx: Context, spec: dict):
    wd = ctx.grammar.word("weekday", hit.group("weekday"))
    pub = ctx.published
    pod = _pod(hit, ctx, spec)
    day = None
    if hit.group("that"):
        day = ctx.last_narrated(hit.start, wd)
    elif not any(hit.group(g) for g in ("prevweek", "thisweek", "nextweek", "future", "past")):
        day = ctx.last_named(hit.start, wd)  # `Jumat, 24 Juli 2020 ... Pada Jumat, ...`: that Friday
    if day is None and pub is not None:
        monday = pub - timedelta(days=pub.isoweekday() - 1)
        if hit.group("prevweek"):
            day = monday - timedelta(days=7) + timedelta(days=wd - 1)
        elif hit.group("thisweek"):
            day = monday + timedelta(days=wd - 1)
        elif hit.group("nextweek"):
            day = monday + timedelta(days=7) + timedelta(days=wd - 1)
        elif hit.group("future") or (not hit.group("past") and ctx.future_cue(hit.start)):
            ahead = (wd - pub.isoweekday()) % 7
            day = pub + timedelta(days=ahead or (7 if hit.group("future") else 0))
        else:
            day = pub - timedelta(days=(pub.isoweekday() - wd) % 7)
            if hit.group("past") and day == pub:
                day -= timedelta(days=7)
    if day is not None:
        ctx.anchor(hit.start, day, not ctx.is_report_date(hit))
    return _with_pod(day, pod)


def relative_day(hit: Hit, ctx: Context, spec: dict):
    """Today/yesterday/tomorrow from publication; inside a quote, from when it was said."""
    offset = spec.get("offset")
    if offset is None:
        offset = ctx.grammar.word("relday", hit.group("relday"))
    base = (ctx.in_quote(hit.start) and ctx.telling_day(hit.start)) or ctx.published
    day = base + timedelta(days=offset) if base else None
    if day is not None:
        ctx.anchor(hit.start, day, True)
    return _with_pod(day, _pod(hit, ctx, spec))


def _unit_value(unit: str, pub: date, offset: int) -> str | None:
    if unit == "D":
        return (pub + timedelta(days=offset)).isoformat()
    if unit == "W":
        return iso_week(pub + timedelta(weeks=offset))
    if unit == "M":
        year, month = add_months(pub.year, pub.month, offset)
        return f"{year:04d}-{month:02d}"
    if unit == "Y":
        return f"{pub.year + offset:04d}"
    if unit == "DE":
        return f"{(pub.year + 10 * offset) // 10:03d}"
    if unit == "CE":
        return f"{(pub.year + 100 * offset) // 100:02d}"
    return None


def ago(hit: Hit, ctx: Context, spec: dict):
    count = _count(hit)
    unit = ctx.grammar.word("unit", hit.group("unit"))
    if ctx.published is None or count is None or count != count.to_integral_value():
        return None, None
    return None, _unit_value(unit, ctx.published, spec["sign"] * int(count))


def this_unit(hit: Hit, ctx: Context, spec: dict):
    unit = ctx.grammar.word("unit", hit.group("unit"))
    offset = ctx.grammar.word("relword", hit.group("rel")) if hit.group("rel") else 0
    if ctx.published is None:
        return None, None
    return None, _unit_value(unit, ctx.published, offset)


def weekend(hit: Hit, ctx: Context, spec: dict):
    """This/last/next weekend; a bare `akhir pekan` early in the week is the one just past."""
    if ctx.published is None:
        return None, None
    rel = (hit.group("rel") or "").lower()
    offset = {"lalu": -1, "kemarin": -1, "depan": 1}.get(rel, 0)
    if not rel and ctx.published.isoweekday() <= 2 and not ctx.future_cue(hit.start):
        offset = -1
    return None, iso_week(ctx.published + timedelta(weeks=offset)) + "-WE"


def part_of_year(hit: Hit, ctx: Context, spec: dict):
    part = ORDINALS.get(hit.group("part").lower())
    year = _year(hit.group("year")) or (ctx.published.year if ctx.published else None)
    return None, f"{year}-{spec['unit']}{part}" if year and part else None


def duration(hit: Hit, ctx: Context, spec: dict):
    unit = ctx.grammar.word("unit", hit.group("unit")) or "Y"
    if spec.get("vague"):
        return None, ("PTX" + unit[1:]) if unit.startswith("T") else "PX" + unit
    count = _count(hit)
    if count is None:
        return None, None
    if hit.group("half"):
        count += Decimal("0.5")
    if hit.group("n2"):
        second = parse_number(hit.group("n2"))
        days = parse_number(hit.group("n3")) if hit.group("n3") else None
        if second is None:
            return None, None
        return None, f"P{_plain(count)}Y{_plain(second)}M" + (f"{_plain(days)}D" if days is not None else "")
    return None, (f"PT{_plain(count)}{unit[1:]}" if unit.startswith("T") else f"P{_plain(count)}{unit}")


CLOCK_PARTS = {"jam": "H", "menit": "M", "detik": "S"}


def duration_parts(hit: Hit, ctx: Context, spec: dict):
    """`1 menit 36,643 detik` -> PT1M36.643S; `2 jam 15 menit` -> PT2H15M."""
    parts = [(hit.group("n"), hit.group("unit")), (hit.group("n2"), hit.group("unit2")), (hit.group("n3"), "detik")]
    value = ""
    for number, unit in parts:
        if number is None:
            continue
        count = parse_number(number)
        if count is None:
            return None, None
        value += f"{_plain(count)}{CLOCK_PARTS[unit.lower()]}"
    return None, "PT" + value


def _plain(number: Decimal) -> str:
    return str(as_json_number(number))


def every(hit: Hit, ctx: Context, spec: dict):
    if hit.group("weekday"):
        return None, f"XXXX-WXX-{ctx.grammar.word('weekday', hit.group('weekday'))}"
    word = hit.group("unit").lower()
    unit = ctx.grammar.word("unit", ADJECTIVE_UNITS.get(word, word))
    count = _count(hit) if hit.group("n") else Decimal(1)  # `empat tahunan`: every four years
    if unit is None or count is None:
        return None, None
    return None, f"PT{_plain(count)}{unit[1:]}" if unit.startswith("T") else f"P{_plain(count)}{unit}"


def fixed(hit: Hit, ctx: Context, spec: dict):
    return None, spec["value"]


def clock(hit: Hit, ctx: Context, spec: dict):
    day = ctx.day_right_after(hit.end) or ctx.reference_day(hit.start)
    pod = (hit.group("pod") or "").lower()
    times = []
    for h, m in (("hour", "minute"), ("hour2", "minute2")):
        if hit.group(h) is None:
            continue
        hour, minute = int(hit.group(h)), int(hit.group(m) or 0)
        if (pod in ("sore", "petang") or (pod == "malam" and hour >= 6) or (pod == "siang" and hour < 10)) and hour < 12:
            hour += 12
        second = hit.group("second") if h == "hour" else None
        times.append(f"T{hour:02d}:{minute:02d}" + (f":{second}" if second else ""))
    if ctx.habitual(hit.start):
        return None, "/".join(times)
    if day is None:
        return None, None
    return None, "/".join(f"{day.isoformat()}{t}" for t in times)


def anaphoric(hit: Hit, ctx: Context, spec: dict):
    """`malam itu`, `hari itu`, `keesokan harinya`, `sebulan kemudian`: counted from the
    last day the story narrated (else publication), at the unit's granularity."""
    day = ctx.reference_day(hit.start)
    if day is None:
        return None, None
    unit = ctx.grammar.word("unit", hit.group("unit")) if hit.group("unit") else "D"
    count = _count(hit) if (hit.group("n") or hit.group("se")) else Decimal(spec.get("offset", 0))
    if count is None or count != count.to_integral_value():
        return None, None
    offset = spec.get("sign", 1) * int(count)
    narrated = max((where for where, _, narrative in ctx.anchors if where < hit.start and narrative), default=-1)
    named = [(where, year) for where, year in ctx.years if narrated < where < hit.start]
    if unit == "Y" and named:  # `pada tahun 2015 ... Satu tahun setelahnya`: from the year named last
        return None, str(named[-1][1] + offset)
    if unit == "D":
        day += timedelta(days=offset)
        ctx.anchor(hit.start, day, True)
        return _with_pod(day, _pod(hit, ctx, spec))
    return None, _unit_value(unit, day, offset)


PERIOD_VALUE = re.compile(r"\d{4}-(?:Q[1-4]|H[12]|\d{2})(?:/\d{4}-\d{2})?$")  # part of a year: 2025-Q1, 2025-03, 2025-01/2025-08


def same_period(hit: Hit, ctx: Context, spec: dict):
    """`periode yang sama tahun lalu`: the part of a year the text named last before it
    (a quarter, half, month or months), a year earlier; with none, the year before publication."""
    for where, value in reversed(ctx.periods):
        if where < hit.start and PERIOD_VALUE.match(value):
            return None, re.sub(r"\d{4}", lambda m: str(int(m.group()) - 1), value)
    return None, str(ctx.published.year - 1) if ctx.published else None


def year_before(hit: Hit, ctx: Context, spec: dict):
    """`tahun sebelumnya`: the year before the last one the text named (else publication's)."""
    named = [year for where, year in ctx.years if where < hit.start]
    year = named[-1] if named else (ctx.published.year if ctx.published else None)
    return None, str(year - 1) if year else None


def season(hit: Hit, ctx: Context, spec: dict):
    """`musim panas 2019` -> 2019-SU; `musim ini/lalu` (a sports season) -> its year, or
    its two years in a story about a league that plays August to May (`2019/2020`)."""
    year = _year(hit.group("year"))
    code = ctx.grammar.word("season", hit.group("season")) if hit.group("season") else None
    if year is None and ctx.published:
        year = ctx.published.year + (ctx.grammar.word("relword", hit.group("rel")) if hit.group("rel") else 0)
        if code is None and _split_seasons(ctx):
            first = year - (ctx.published.month < 7)
            if year > ctx.published.year and ctx.published.month in OFF_SEASON:  # July: `musim depan` starts in August
                first = ctx.published.year
            return None, f"{first}/{first + 1}"
    if year is None:
        return None, None
    year2 = _year(hit.group("year2"), year)
    if year2 is not None and code is None:  # `musim 2019-20`: the season's two years
        return None, f"{year}/{year2}"
    return None, f"{year}-{code}" if code else str(year)


OFF_SEASON = (6, 7)  # months between two seasons of a league playing August to May


def _split_seasons(ctx: Context) -> bool:
    """The story names a league whose season spans two calendar years."""
    if ctx.split_seasons is None:
        ctx.split_seasons = re.search(r"\b(?:" + ctx.grammar.expand("{SPLIT_SEASON}") + r")\b", ctx.text, re.IGNORECASE) is not None
    return ctx.split_seasons


def fixed_holiday(hit: Hit, ctx: Context, spec: dict):
    """`Natal tahun lalu` -> 2024-12-25: the holiday's month-day in the year given, else the nearest one."""
    month, day = (int(x) for x in ctx.grammar.word("fixed-holiday", hit.group("holiday")).split("-"))
    year = _year(hit.group("year"))
    if year is None and hit.group("rel") and ctx.published:
        year = ctx.published.year + ctx.grammar.word("relword", hit.group("rel"))
    if year is None:
        year = _nearest_year(ctx, month, day, ctx.future_cue(hit.start))
    return None, date(year, month, day).isoformat() if year else None


def decade(hit: Hit, ctx: Context, spec: dict):
    """`1990-an` -> 199 (a decade); `1800-an` -> 18 (a century), but `2000-an`, whose
    century is not over by publication, is the decade 200; `90-an` -> 199, the last
    decade of that name begun by publication (`20-an` in 2023 is 202)."""
    if hit.group("decade"):
        tens = int(hit.group("decade"))
        now = ctx.published.year if ctx.published else date.today().year
        century = now // 100 * 100 if now // 100 * 100 + tens <= now else now // 100 * 100 - 100
        return None, str(century + tens)[:3]
    year = hit.group("year")
    now = ctx.published.year if ctx.published else None
    century = year.endswith("00") and (now is None or int(year) + 100 <= now)
    return None, year[:2] if century else year[:3]


ROMAN = {"I": 1, "V": 5, "X": 10}


def century(hit: Hit, ctx: Context, spec: dict):
    """`abad ke-20` -> 19 (the 1900s); `abad XV` -> 14; a century before Christ (`abad ke-3 SM`) is left unresolved."""
    text = hit.group("century")
    if text.isdigit():
        number = int(text)
    else:
        values = [ROMAN[c] for c in text.upper()]
        number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    if hit.group("bc") or not 1 <= number <= 21:
        return None, None
    return None, f"{number - 1:02d}"


def duration_range(hit: Hit, ctx: Context, spec: dict):
    """`dua sampai tiga hari` -> P2D/P3D."""
    unit = ctx.grammar.word("unit", hit.group("unit"))
    low, high = parse_number(hit.group("n")), parse_number(hit.group("n2"))
    if unit is None or low is None or high is None:
        return None, None
    shape = (lambda n: f"PT{_plain(n)}{unit[1:]}") if unit.startswith("T") else (lambda n: f"P{_plain(n)}{unit}")
    return None, f"{shape(low)}/{shape(high)}"


def hijri(hit: Hit, ctx: Context, spec: dict):
    from .hijri import from_hijri, month_interval, nearest_hijri_year

    g = ctx.grammar
    if hit.group("holiday"):
        month, day = (int(x) for x in g.word("holiday", hit.group("holiday")).split("-"))
    elif spec.get("month"):  # `bulan puasa`: the month the rule names
        month, day = spec["month"], None
    else:
        month, day = g.word("hijri-month", hit.group("hmonth")), int(hit.group("day")) if hit.group("day") else None
    hyear = int(hit.group("hyear")) if hit.group("hyear") else None
    if hyear is None:
        year = _year(hit.group("year"))
        hyear = nearest_hijri_year(month, day or 1, year=year, published=ctx.published,
                                   future=ctx.future_cue(hit.start), whole_month=day is None)
    if hyear is None:
        return None, None
    if day is None:
        first, last = month_interval(hyear, month)
        return None, f"{first.isoformat()}/{last.isoformat()}"
    return None, from_hijri(hyear, month, day).isoformat()


def that_time(hit: Hit, ctx: Context, spec: dict):
    """`kala itu`: the date named last in its sentence or the one before, else the story's past."""
    return None, ctx.named_near(hit.start) or "PAST_REF"


def day_of_month(hit: Hit, ctx: Context, spec: dict):
    """`tanggal 11`: that day of the month the sentence names (before or after it), else of
    the day the story narrated last, else of publication (the coming one under a future
    word, else the last one passed)."""
    day = int(hit.group("day"))
    if hit.group("month"):
        month = ctx.grammar.word("month", hit.group("month"))
        year = _nearest_year(ctx, month, day, ctx.future_cue(hit.start))
        base = date(year, month, 1) if year else None
    else:
        base = ctx.day_in_sentence(hit.start) or ctx.last_narrated(hit.start)
        if base is None and ctx.published is not None:
            pub, future = ctx.published, ctx.future_cue(hit.start)
            shift = 1 if future and day < pub.day else -1 if not future and day > pub.day else 0
            year, month = add_months(pub.year, pub.month, shift)
            base = date(year, month, 1)
    try:
        when = base.replace(day=day) if base else None
    except ValueError:
        return None, None
    if when is not None:
        ctx.anchor(hit.start, when, not ctx.is_report_date(hit))
    return None, when.isoformat() if when else None


RESOLVERS = {"calendar": calendar, "weekday": weekday, "relative_day": relative_day, "ago": ago,
             "this_unit": this_unit, "weekend": weekend, "part_of_year": part_of_year, "duration": duration,
             "every": every, "fixed": fixed, "clock": clock, "anaphoric": anaphoric, "hijri": hijri,
             "season": season, "fixed_holiday": fixed_holiday, "month_range": month_range, "year_before": year_before, "decade": decade, "duration_range": duration_range,
             "that_time": that_time, "day_of_month": day_of_month, "same_period": same_period, "duration_parts": duration_parts, "century": century}
# resolved after the explicit dates of the whole text: a relative day in a quote needs the report
# date after it; clock times and `hari itu` the dates of their sentence and the story before them
STAGE = {"relative_day": 1, "clock": 2, "anaphoric": 2, "that_time": 2, "day_of_month": 2, "same_period": 2}
