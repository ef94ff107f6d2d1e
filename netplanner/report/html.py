"""The mentoring plan as HTML in Qt's rich-text subset, in one language, from a `PlanContent`.

Everything the user typed is escaped. The chart is not HTML: a paragraph holding `CHART_MARKER` is
replaced by a vector drawing when the document is printed (see `plan_pdf.py`). Headings carry
`KEEP_WITH_NEXT` (as their heading level) so the printer can keep them with what follows.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from netplanner.report.content import (
    GoalSection,
    OwedItem,
    Phrase,
    PlanContent,
    ProjectLine,
    ScheduleEntry,
    SupporterEntry,
)
from netplanner.report.strings import CHECKLIST_KEYS, Words

CHART_MARKER = "[[netplanner-chart]]"
BULLET = "\u2022 "
BODY_PT = 9.5

ACCENT = "#1f4e79"
MUTED = "#5f6b76"
RULE = "#b8c4ce"
HEAD_BG = "#e6edf3"
WARN = "#9c4a00"

STRIPE = "#f3f6f9"
_TABLE = ('<table width="100%" cellspacing="0" cellpadding="4" border="0" '
          'style="margin-top: 4px; margin-bottom: 6px;">')


def _rows(rows: list[str]) -> str:
    """Table rows, every other one shaded so the eye can follow a row across."""
    return "".join(
        row if n % 2 == 0 else row.replace("<tr>", f'<tr style="background-color: {STRIPE};">', 1)
        for n, row in enumerate(rows)
    )


def _e(text: str) -> str:
    """Escaped user text, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")


def _th(text: str, width: str = "") -> str:
    size = f' width="{width}"' if width else ""
    return (f'<th align="left"{size} style="background-color: {HEAD_BG}; font-size: 8.5pt;">'
            f"{escape(text)}</th>")


def _phrase_values(words: Words, values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key == "pct" and isinstance(value, float):
            out[key] = words.percent(value)
        elif key == "role" and isinstance(value, str):
            out[key] = words.role(value)
        elif key == "kind" and isinstance(value, str):
            out[key] = words.kind(value)
        elif isinstance(value, dt.date):
            out[key] = words.date(value)
        elif isinstance(value, tuple) and all(isinstance(p, Phrase) for p in value):
            out[key] = words("why_joiner").join(say(words, p.key, dict(p.values)) for p in value)
        else:
            out[key] = value
    return out


def say(words: Words, key: str, values: dict[str, object] | None = None) -> str:
    """A phrase in words, with dates, percentages and roles formatted for the language."""
    return words(key, **_phrase_values(words, values or {}))


def render(content: PlanContent, words: Words) -> str:
    parts = [
        "<html><body>",
        _title_page(content, words),
        _goals(content, words),
        _schedule(content, words),
        _owed(content, words),
        _balance(content, words),
        _health(content, words),
        _maps(content, words),
        _checklist(content, words),
        "</body></html>",
    ]
    return "\n".join(parts)


def _h1(text: str, *, new_page: bool = False) -> str:
    brk = " page-break-before: always;" if new_page else ""
    return (f'<h1 style="font-size: 15pt; color: {ACCENT}; margin-top: 14px; margin-bottom: 6px;{brk}">'
            f"{escape(text)}</h1>")


def _h2(text: str) -> str:
    return (f'<h2 style="font-size: 12pt; color: {ACCENT}; margin-top: 14px; margin-bottom: 4px;">'
            f"{escape(text)}</h2>")


def _h3(text: str) -> str:
    return (f'<h3 style="font-size: 10pt; margin-top: 8px; margin-bottom: 2px;">'
            f"{escape(text)}</h3>")


def _intro(text: str) -> str:
    """An introduction to what follows: a heading level for the printer, so it stays with it."""
    return (f'<h6 style="font-size: {BODY_PT}pt; font-weight: normal; color: {MUTED}; margin-top: 2px; '
            f'margin-bottom: 6px;">{text}</h6>')


def _muted(text: str) -> str:
    return f'<p style="color: {MUTED}; margin-top: 2px; margin-bottom: 6px;">{text}</p>'


def _title_page(content: PlanContent, words: Words) -> str:
    who = words("plan_of", name=content.owner) if content.owner else words("plan_of_nobody")
    owed = len(content.follow_ups) + len(content.thanks)
    rows = [
        (words("period"), words("period_value", start=words.date(content.period_start),
                                end=words.date(content.period_end), weeks=content.weeks)),
        (words("made_on"), words.date(content.today)),
        (words("summary_goals"), str(len(content.goals))),
        (words("summary_people"), str(content.supporter_count)),
        (words("summary_touches"), str(len(content.schedule))),
        (words("summary_owed"), str(owed)),
    ]
    table = "".join(
        f'<tr><td width="50%" style="color: {MUTED};">{escape(label)}</td><td>{escape(value)}</td></tr>'
        for label, value in rows
    )
    goals = "".join(
        f"<li>{_e(goal.title)}"
        + (f' <span style="color: {MUTED};">({escape(words.date(goal.target_date))})</span>'
           if goal.target_date else "") + "</li>"
        for goal in content.goals
    )
    goal_list = (f'<p style="margin-top: 24px; color: {MUTED};">{escape(words("summary_goals"))}</p>'
                 f"<ul>{goals}</ul>" if goals else "")
    warning = (f'<p style="color: {WARN}; margin-top: 24px;"><b>{escape(words("private_included"))}</b></p>'
               if content.include_private else "")
    return (
        f'<p style="margin-top: 200px; font-size: 30pt; font-weight: bold; color: {ACCENT};">'
        f'{escape(words("doc_title"))}</p>'
        f'<p style="font-size: 16pt; margin-top: 6px;">{escape(who)}</p>'
        f'<p style="font-size: 11pt; color: {MUTED}; margin-top: 4px; margin-bottom: 36px;">'
        f'{escape(words("subtitle"))}</p>'
        f'<table width="85%" cellspacing="0" cellpadding="5">{table}</table>'
        f"{goal_list}{warning}"
    )


def _goals(content: PlanContent, words: Words) -> str:
    out = [_h1(words("s_goals"), new_page=True)]
    if not content.goals:
        out.append(f"<p>{escape(words('no_goals'))}</p>")
    out.extend(_goal(goal, words, content.include_private) for goal in content.goals)
    return "\n".join(out)


def _goal(goal: GoalSection, words: Words, private: bool) -> str:
    facts = [
        (words("competence"), goal.competence_area or "–"),
        (words("why"), goal.why or "–"),
        (words("target"), words.date(goal.target_date) if goal.target_date else words("no_target")),
        (words("priority"), f"{goal.priority}/5"),
    ]
    if goal.coverage is not None:
        facts.append((words("coverage"), words.percent(goal.coverage)))
    fact_rows = "".join(
        f'<tr><td width="22%" style="color: {MUTED};">{escape(label)}</td><td>{_e(value)}</td></tr>'
        for label, value in facts
    )
    out = [_h2(goal.title), f'<table width="100%" cellspacing="0" cellpadding="2">{fact_rows}</table>']
    if goal.supporters:
        out.append(_h3(words("supporters")))
        head = (_th(words("person"), "20%") + _th(words("role"), "14%") + _th(words("relevance"), "12%")
                + _th(words("strength"), "12%") + _th(words("learn")))
        body = _rows([_supporter_row(s, words, private) for s in goal.supporters])
        out.append(f"{_TABLE}<thead><tr>{head}</tr></thead>{body}</table>")
    out.append(_h3(words("gaps")))
    gaps = [say(words, gap.key, dict(gap.values)) for gap in goal.gaps] or [words("gap_none")]
    out.append("<ul>" + "".join(f"<li>{escape(gap)}</li>" for gap in gaps) + "</ul>")
    out.append(_h3(words("next_steps")))
    out.append(f"<p>{_e(goal.next_steps)}</p>" if goal.next_steps else _muted(escape(words("no_next_steps"))))
    if goal.projects:
        out.append(_h3(words("projects")))
        out.append("<ul>" + "".join(f"<li>{_project(p, words)}</li>" for p in goal.projects) + "</ul>")
    if goal.suggestions:
        out.append(_h3(words("suggested")))
        out.append("<ul>" + "".join(f"<li>{escape(say(words, s.key, dict(s.values)))}</li>"
                                    for s in goal.suggestions) + "</ul>")
    return "\n".join(out)


def _project(project: ProjectLine, words: Words) -> str:
    text = f"<b>{_e(project.name)}</b>"
    if project.status != "active":
        text += f" ({escape(words('project_' + project.status))})"
    if project.members:
        text += " " + escape(say(words, "project_members", {"members": ", ".join(project.members)}))
    return text


def _supporter_row(s: SupporterEntry, words: Words, private: bool) -> str:
    strength = words.percent(s.strength) if s.strength is not None else words("never_met")
    learn = [_e(s.learn_from)] if s.learn_from else []
    if s.open_questions:
        items = "".join(f"<br/>{BULLET}{_e(q)}" for q in s.open_questions)
        learn.append(f'<span style="color: {MUTED};">{escape(words("open_questions"))}:</span>{items}')
    if private and s.answers:
        items = "".join(f"<br/>{BULLET}{_e(q)} <i>{_e(a)}</i>" for q, a in s.answers)
        learn.append(f'<span style="color: {MUTED};">{escape(words("answers"))}:</span>{items}')
    if private and s.notes:
        learn.append(f'<span style="color: {WARN};">{escape(words("private_notes"))}:</span> '
                     f"<i>{_e(s.notes)}</i>")
    return (f"<tr><td>{_e(s.name)}</td><td>{escape(words.role(s.role))}</td>"
            f"<td>{escape(words.relevance(s.relevance))}</td><td>{escape(strength)}</td>"
            f"<td>{'<br/>'.join(learn)}</td></tr>")


def _schedule(content: PlanContent, words: Words) -> str:
    # An empty plan stays short: its sections follow one another instead of each taking a page.
    out = [_h1(words("s_schedule"), new_page=bool(content.goals)),
           _intro(escape(words("schedule_intro", capacity=content.capacity)))]
    if not content.schedule:
        out.append(f"<p>{escape(words('no_schedule'))}</p>")
        return "\n".join(out)
    by_week: dict[dt.date, list[ScheduleEntry]] = {}
    for item in content.schedule:
        by_week.setdefault(item.week_start, []).append(item)
    for week_start, items in by_week.items():
        label = words("week_label", number=week_start.isocalendar().week, date=words.short_date(week_start))
        head = (_th(words("person"), "22%") + _th(words("touch"), "16%") + _th(words("why_now"), "34%")
                + _th(words("ask")))
        rows = _rows([
            f"<tr><td>{_e(item.name)}</td><td>{escape(words.kind(item.kind))}</td>"
            f"<td>{'<br/>'.join(escape(say(words, r.key, dict(r.values))) for r in item.reasons)}</td>"
            f"<td>{'<br/>'.join(BULLET + _e(q) for q in item.questions)}</td></tr>"
            for item in items
        ])
        out.append(_h3(label))
        out.append(f"{_TABLE}<thead><tr>{head}</tr></thead>{rows}</table>")
    return "\n".join(out)


def _owed_table(items: tuple[OwedItem, ...], words: Words, private: bool, *, with_due: bool) -> str:
    head = _th(words("date"), "16%") + _th(words("person"), "24%")
    if with_due:
        head += _th(words("due_on"), "16%")
    head += _th(words("what"))
    rows = []
    for item in items:
        what = _e(item.summary) or "–"
        if private and item.notes:
            what += (f'<br/><span style="color: {WARN};">{escape(words("notes"))}:</span> '
                     f"<i>{_e(item.notes)}</i>")
        due = f"<td>{escape(words.date(item.due))}</td>" if with_due else ""
        rows.append(f"<tr><td>{escape(words.date(item.occurred_on))}</td><td>{_e(item.name)}</td>{due}"
                    f"<td>{what}</td></tr>")
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{_rows(rows)}</table>"


def _owed(content: PlanContent, words: Words) -> str:
    out = [_h1(words("s_owed")), _h3(words("follow_ups"))]
    out.append(_owed_table(content.follow_ups, words, content.include_private, with_due=True)
               if content.follow_ups else f"<p>{escape(words('no_follow_ups'))}</p>")
    out.append(_h3(words("thanks")))
    out.append(_owed_table(content.thanks, words, content.include_private, with_due=False)
               if content.thanks else f"<p>{escape(words('no_thanks'))}</p>")
    return "\n".join(out)


def _balance(content: PlanContent, words: Words) -> str:
    out = [_h1(words("s_balance"), new_page=bool(content.goals)), _intro(escape(words("balance_intro")))]
    if not content.balance:
        out.append(f"<p>{escape(words('no_key_people'))}</p>")
        return "\n".join(out)
    head = (_th(words("person"), "22%") + _th(words("gave"), "11%") + _th(words("received"), "12%")
            + _th(words("balance"), "26%") + _th(words("offer")))
    rows = _rows([
        f"<tr><td>{_e(row.name)}</td><td>{words.number(row.gave)}</td><td>{words.number(row.received)}</td>"
        f"<td>{escape(words(row.verdict))}</td>"
        f"<td>{_e(row.can_offer) if row.can_offer else escape(words('nothing_noted'))}</td></tr>"
        for row in content.balance
    ])
    out.append(f"{_TABLE}<thead><tr>{head}</tr></thead>{rows}</table>")
    return "\n".join(out)


def _health(content: PlanContent, words: Words) -> str:
    out = [_h1(words("s_health"))]
    if not content.chart.rows:
        out.append(f"<p>{escape(words('no_key_people'))}</p>")
        return "\n".join(out)
    out.append(_intro(escape(words("health_intro", weeks=content.weeks,
                                   pct=words.percent(content.chart.threshold)))))
    out.append(f"<p>{CHART_MARKER}</p>")
    return "\n".join(out)


def map_marker(index: int) -> str:
    """Where the map of `content.maps[index]` goes (plan_pdf draws it there as a text object)."""
    return f"[[netplanner-map-{index}]]"


def _maps(content: PlanContent, words: Words) -> str:
    if not content.maps:
        return ""
    out = [_h1(words("s_maps"), new_page=True), _intro(escape(words("maps_intro")))]
    for index, goal_map in enumerate(content.maps):
        out.append('<h2 style="font-size: 11pt; margin-top: 8px; margin-bottom: 2px;">'
                   f"{_e(goal_map.goal_title)}</h2>")
        out.append(f"<p>{map_marker(index)}</p>")
    return "\n".join(out)


def _checklist(content: PlanContent, words: Words) -> str:
    items = "".join(
        f'<tr><td width="6%" style="font-size: 13pt;">\u2610</td><td>{escape(words(key))}</td></tr>'
        for key in CHECKLIST_KEYS
    )
    return (_h1(words("s_checklist")) + _intro(escape(words("checklist_intro", days=content.review_days)))
            + f'<table width="100%" cellspacing="0" cellpadding="3">{items}</table>')
