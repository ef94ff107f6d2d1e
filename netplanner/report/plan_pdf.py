"""Print the mentoring plan to PDF with Qt's own PDF engine (QtGui only, no widgets).

A `QTextDocument` laid out for a `QPdfWriter` (A4, 15 mm margins) is painted page by page, so every
page gets a footer with its number. The relationship chart is a text object drawn with QPainter
straight onto the writer, so it stays vector. The bundled DejaVu Sans is embedded (with a Unicode map),
so Swedish letters show and extract everywhere; the bundled Noto Emoji (monochrome outlines) draws the emoji
DejaVu lacks, and a character no font can draw is written as its Unicode name in brackets, never as an
empty box. Before printing, headings are kept with what follows,
short tables and short paragraphs are not split across pages.

The PDF is built in memory and written to the file in one go at the end: a failure leaves no half file.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from netplanner import paths
from netplanner.domain.errors import NetPlannerError
from netplanner.report import html
from netplanner.report.content import Chart, MapNode, PlanContent, SupporterMap, build_content
from netplanner.report.strings import LANGUAGES, Words
from netplanner.services.facade import Services

Progress = Callable[[float, str], None]

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
#: Fonts for what DejaVu Sans lacks, tried in this order. A colour emoji font (bitmaps) would not embed
#: as outlines; Noto Emoji is the static Regular instance of Google's monochrome variable font.
FALLBACK_FONT_FILES = ("NotoEmoji-Regular.ttf",)
LIGATURE_FEATURES = ("liga", "clig", "dlig")
MARGIN_MM = 15.0
FOOTER_MM = 9.0
RESOLUTION = 1200  # QPdfWriter's own default; all layout is in these device pixels
BODY_POINT_SIZE = html.BODY_PT
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
MAP_OBJECT = QTextFormat.ObjectTypes.UserObject + 2
#: Tables and paragraphs shorter than this share of a page are moved whole rather than split.
KEEP_WHOLE_SHARE = 0.6
GOAL_HEADING_LEVEL = 2
ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore

_app: QGuiApplication | None = None


def ensure_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app  # noqa: PLW0603  one application per process, kept alive for the process
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(sys.argv[:1])
    return _app


_font_family: str | None = None
_fallback_families: list[str] = []


def _add_font(name: str) -> str:
    """Register a bundled font file; its family name, or "" when it cannot be loaded."""
    font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


def load_fonts() -> str:
    """Load the bundled fonts once; returns the main family's name."""
    global _font_family  # noqa: PLW0603  fonts are registered once per process
    if _font_family is None:
        family = ""
        for name in FONT_FILES:
            family = _add_font(name) or family
        if not family:
            raise NetPlannerError("The report's font is missing from NetPlanner's resources; "
                                  "reinstall the app.")
        # A missing fallback only costs the emoji their glyphs: drawable_text() names them instead.
        _fallback_families[:] = [found for found in map(_add_font, FALLBACK_FONT_FILES) if found]
        _font_family = family
    return _font_family


def report_font(family: str, points: float) -> QFont:
    """The report's font at a size, with the bundled fallbacks (emoji), without ligatures: "ﬁ" and "ﬀ"
    glyphs would extract as one odd character each, so "confidently" could not be found or copied."""
    font = QFont(family)
    font.setFamilies([family, *_fallback_families])
    font.setPointSizeF(points)
    for tag in LIGATURE_FEATURES:
        feature = QFont.Tag.fromString(tag)
        if feature is not None:
            font.setFeature(feature, 0)
    return font


#: Characters that draw nothing by design (joiners, variation selectors, controls): never replaced.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp"})


def drawable_text(text: str, metrics: QFontMetricsF) -> str:
    """`text` with each character that no font (bundled or the system's fallbacks) can draw written as
    its Unicode name in brackets, e.g. "[egyptian hieroglyph a001]", instead of an empty box."""
    if text.isascii():
        return text
    out = []
    for char in text:
        if metrics.inFontUcs4(ord(char)) or unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            out.append(char)
        else:
            out.append(f"[{unicodedata.name(char, f'U+{ord(char):04X}').lower()}]")
    return "".join(out)


def _replace_undrawable(document: QTextDocument, metrics: QFontMetricsF) -> None:
    """Apply drawable_text() to every block of the document, keeping each character's format."""
    block = document.begin()
    while block.isValid():
        text = block.text()
        if not text.isascii():
            # Qt counts positions in UTF-16 units: an emoji outside the BMP takes two.
            offset, spans = block.position(), []
            for char in text:
                width = 2 if ord(char) > 0xFFFF else 1
                safe = drawable_text(char, metrics)
                if safe != char:
                    spans.append((offset, width, safe))
                offset += width
            for start, width, safe in reversed(spans):
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(start + width, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(safe)
        block = block.next()


def default_language(services: Services) -> str:
    """The app's language setting, else the system's, as "sv" or "en"."""
    chosen = str(services.settings.get("language") or "") or QLocale.system().name()
    short = chosen[:2].lower()
    return short if short in LANGUAGES else "en"


def write_plan_pdf(
    services: Services,
    path: Path | str,
    *,
    lang: str | None = None,
    weeks: int = 8,
    include_private: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the mentoring plan to `path`; returns the number of pages."""
    report = progress or (lambda _fraction, _text: None)
    content, words = prepare_plan(services, path, lang=lang, weeks=weeks, include_private=include_private,
                                  today=today, progress=lambda fraction, text: report(fraction * 0.5, text))
    return write_content_pdf(content, words, path,
                             progress=lambda fraction, text: report(0.5 + fraction * 0.5, text))


def prepare_plan(
    services: Services,
    path: Path | str,
    *,
    lang: str | None = None,
    weeks: int = 8,
    include_private: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> tuple[PlanContent, Words]:
    """What the plan says (read through the services, on their thread) and in which words; the fonts
    are loaded here too, so `write_content_pdf` can run on a worker thread."""
    services.db.refuse_own_file(Path(path))
    ensure_application()
    load_fonts()
    content = build_content(services, today=today, weeks=weeks, include_private=include_private,
                            progress=progress)
    return content, Words(lang or default_language(services))


def can_write_off_the_gui_thread() -> bool:
    """Whether this platform's fonts render on other threads (QPdfWriter and QPainter do). Qt 6 dropped
    the question, its font engines all can; Qt 5 asked it of each platform."""
    asks = getattr(QFontDatabase, "supportsThreadedFontRendering", None)
    return True if asks is None else bool(asks())


def write_content_pdf(content: PlanContent, words: Words, path: Path | str,
                      progress: Progress | None = None) -> int:
    """Lay out, paint and write the plan (no database involved: safe on a worker thread, see
    `can_write_off_the_gui_thread`); returns the number of pages."""
    report = progress or (lambda _fraction, _text: None)
    data, pages = render_pdf(content, words, progress=report)
    target = Path(path)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise NetPlannerError(
            "Could not write {target}: {reason}.",
            target=target,
            reason=exc.strerror or str(exc),
        ) from exc
    report(1.0, "done")
    return pages


def render_pdf(content: PlanContent, words: Words, progress: Progress | None = None) -> tuple[bytes, int]:
    """The PDF as bytes, and its page count."""
    report = progress or (lambda _fraction, _text: None)
    family = load_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(words("doc_title"))
    writer.setCreator("NetPlanner")
    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_h = _mm(FOOTER_MM)
    # Qt lays out in 1/64 px: a page height it can represent exactly keeps our page starts and its own
    # identical, so nothing at the top of a page is also painted (clipped) at the foot of the one before.
    page_w, page_h = float(body.width()), math.floor((body.height() - footer_h) * 64) / 64

    report(0.1, "layout")
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)
    font = report_font(family, BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("li { margin-bottom: 2px; } td, th { vertical-align: top; }")
    document.setPageSize(QSizeF(page_w, page_h))
    document.setHtml(html.render(content, words))
    metrics = QFontMetricsF(font, writer)
    _replace_undrawable(document, metrics)
    chart = ChartObject(content.chart, words, family, page_w)
    document.documentLayout().registerHandler(CHART_OBJECT, chart)
    _insert_chart(document)
    if content.maps:
        maps = MapObject(content.maps, family, page_w)
        document.documentLayout().registerHandler(MAP_OBJECT, maps)
        _insert_maps(document, len(content.maps))
    _fix_page_breaks(document, page_h)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise NetPlannerError("Could not start the PDF.")
    try:
        footer_font = report_font(family, 7.5)
        left = drawable_text(words("doc_title") + (f" · {content.owner}" if content.owner else ""), metrics)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_h)
            # A hair short: a block starting exactly at the next page's top is not painted here too.
            document.drawContents(painter, QRectF(0, page * page_h, page_w, page_h - 0.5))
            painter.restore()
            if page:  # the title page has no footer, but counts
                _footer(painter, footer_font, QRectF(0, page_h, page_w, footer_h), left,
                        words("footer_page", page=page + 1, pages=pages))
            report(0.2 + 0.8 * (page + 1) / pages, "pages")
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), pages


def _mm(value: float) -> float:
    return value * RESOLUTION / 25.4


def _footer(painter: QPainter, font: QFont, rect: QRectF, left: str, right: str) -> None:
    painter.save()
    painter.setPen(QPen(QColor(html.RULE), _mm(0.2)))
    top = rect.top() + _mm(3)
    painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))
    painter.setFont(font)
    painter.setPen(QColor(html.MUTED))
    text_rect = QRectF(rect.left(), top + _mm(1), rect.width(), rect.height() - _mm(4))
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)
    painter.restore()


# ------------------------------------------------------------------------------------- page breaks

def _insert_chart(document: QTextDocument) -> None:
    cursor = document.find(html.CHART_MARKER)
    if cursor.isNull():
        return
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    cursor.insertText("\ufffc", fmt)


def _insert_maps(document: QTextDocument, count: int) -> None:
    for index in range(count):
        cursor = document.find(html.map_marker(index))
        if cursor.isNull():
            continue
        fmt = QTextCharFormat()
        fmt.setObjectType(MAP_OBJECT)
        fmt.setProperty(MAP_INDEX_PROPERTY, index)
        cursor.insertText("\ufffc", fmt)


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _has_chart(block: QTextBlock) -> bool:
    return "\ufffc" in block.text()


def _table_of(block: QTextBlock) -> QTextTable | None:
    """The table a block is in, if any (the stubs leave out that it can be None)."""
    table: QTextTable | None = QTextCursor(block).currentTable()
    return table


def _in_table(block: QTextBlock) -> bool:
    return _table_of(block) is not None


def _break_before(block: QTextBlock) -> bool:
    """Start a page at this block (or at the headings just above it, which belong to it)."""
    while True:
        previous = block.previous()
        while previous.isValid() and not previous.text() and not _in_table(previous):
            previous = previous.previous()  # the empty block Qt keeps after each table
        if not previous.isValid():
            break
        table = _table_of(previous)
        if table is not None:
            # A goal's title and the table of its facts under it go with what follows them.
            title = previous.document().findBlock(table.firstPosition()).previous()
            if not title.isValid() or title.blockFormat().headingLevel() != GOAL_HEADING_LEVEL:
                break
            block = title
            continue
        if not _is_heading(previous):
            break
        block = previous
    if block.blockFormat().pageBreakPolicy() & ALWAYS_BEFORE:
        return False
    fmt = QTextBlockFormat()
    fmt.setPageBreakPolicy(ALWAYS_BEFORE)
    QTextCursor(block).mergeBlockFormat(fmt)
    return True


def _line_span(block_top: float, block: QTextBlock) -> tuple[float, float]:
    """Where a block's first line starts and its last line ends, in document coordinates. (Its
    bounding rectangle starts where the block was placed, before pagination pushed lines down.)"""
    text_layout = block.layout()
    count = text_layout.lineCount()
    if count == 0:
        return block_top, block_top
    first, last = text_layout.lineAt(0), text_layout.lineAt(count - 1)
    return block_top + first.y(), block_top + last.y() + last.height()


def _fix_page_breaks(document: QTextDocument, page_h: float) -> None:
    """Keep headings with what follows them; move short tables and short paragraphs whole to the
    next page instead of splitting them. The layout updates as blocks move, so one pass in document
    order usually settles it; a second pass checks."""
    layout = document.documentLayout()

    def page_of(y: float) -> int:
        return math.floor(y / page_h + 1e-6)

    def split(rect: QRectF) -> bool:
        return page_of(rect.bottom() - 1) > page_of(rect.top()) and rect.height() < page_h * KEEP_WHOLE_SHARE

    for _ in range(4):
        changed = False
        block = document.begin()
        while block.isValid():
            table = _table_of(block)
            if table is not None:
                starts_here = document.findBlock(table.firstPosition()) == block
                if starts_here and split(layout.frameBoundingRect(table)):
                    before = block.previous()
                    if before.isValid() and _is_heading(before):
                        changed |= _break_before(before)
                    else:
                        table_format = table.format()
                        if not table_format.pageBreakPolicy() & ALWAYS_BEFORE:
                            table_format.setPageBreakPolicy(ALWAYS_BEFORE)
                            table.setFormat(table_format)
                            changed = True
                block = document.findBlock(table.lastPosition() + 1)
                continue
            block_top = layout.blockBoundingRect(block).top()
            top, bottom = _line_span(block_top, block)
            following = block.next()
            if page_of(top) > page_of(block_top):
                # Qt pushed its first line to the next page but left the block on this one, which
                # paints it (clipped) on both: start the page at the block instead.
                changed |= _break_before(block)
            elif following.isValid() and (_is_heading(block) or _has_chart(following)):
                next_top, _ = _line_span(layout.blockBoundingRect(following).top(), following)
                if page_of(next_top) > page_of(top):
                    changed |= _break_before(block)
            elif block.layout().lineCount() > 1 and split(QRectF(0, top, 1, bottom - top)):
                changed |= _break_before(block)
            block = block.next()
        if not changed:
            return


# -------------------------------------------------------------------------------------------- maps

MAP_INDEX_PROPERTY = QTextFormat.Property.UserProperty + 1
#: Department colours of the map (as on the Network map view; no orange: that is the fading ring).
MAP_PALETTE = ("#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#8C564B", "#9467BD", "#BCBD22", "#17BECF",
               "#7F7F7F", "#2CA02C", "#1A3A6B", "#E7C31A")
MAP_FADING = "#f28e2b"
MAP_INK = "#222222"


class MapObject(QPyTextObject):
    """A goal's supporters as a small network drawn with QPainter (vector): the user as a star in the
    centre, people as discs sized by relevance and coloured by department, ties as grey lines."""

    HEIGHT_MM = 78.0

    def __init__(self, maps: Sequence[SupporterMap], family: str, width: float) -> None:
        super().__init__()
        self.maps = list(maps)
        self.family = family
        self.width = width
        departments = sorted({n.department for m in maps for n in m.nodes if n.department})
        self.colours = {d: MAP_PALETTE[i % len(MAP_PALETTE)] for i, d in enumerate(departments)}

    def intrinsicSize(self, doc: Any, posInDocument: int, format: Any) -> QSizeF:  # noqa: N803  Qt's names
        return QSizeF(self.width, _mm(self.HEIGHT_MM))

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: Any,  # Qt's names
                   posInDocument: int, format: Any) -> None:  # noqa: N803
        index = format.property(MAP_INDEX_PROPERTY)
        if not isinstance(index, int) or not 0 <= index < len(self.maps):
            return
        goal_map = self.maps[index]
        box = QRectF(rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(html.RULE), _mm(0.2)))
        painter.drawRect(box)
        label_font = report_font(self.family, 6.5)
        metrics = QFontMetricsF(label_font, painter.device())
        half_w, half_h = box.width() / 2 - _mm(22), box.height() / 2 - _mm(7)
        centre = box.center()

        def at(node: MapNode) -> QPointF:
            return QPointF(centre.x() + node.x * half_w, centre.y() - node.y * half_h)

        for a, b in goal_map.edges:
            mine = a == 0 or b == 0
            pen = QPen(QColor("#1f5fd1" if mine else "#9a9a9a"), _mm(0.25 if mine else 0.3))
            if mine:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(at(goal_map.nodes[a]), at(goal_map.nodes[b]))
        star_font = report_font(self.family, 16)
        for node in goal_map.nodes:
            point = at(node)
            if node.contact_id == 0:
                painter.setFont(star_font)
                painter.setPen(QPen(QColor(MAP_INK), _mm(0.2)))
                painter.drawText(QRectF(point.x() - _mm(5), point.y() - _mm(5), _mm(10), _mm(10)),
                                 int(Qt.AlignmentFlag.AlignCenter), "★")
                continue
            painter.setFont(label_font)
            radius = _mm(1.4 + 0.7 * node.relevance)
            ring = QPen(QColor(MAP_FADING), _mm(0.7)) if node.fading else QPen(QColor("white"), _mm(0.2))
            painter.setPen(ring)
            painter.setBrush(QColor(self.colours.get(node.department, "#A0A0A0")))
            painter.drawEllipse(point, radius, radius)
            painter.setPen(QColor(MAP_INK))
            text = drawable_text(node.name, metrics)
            painter.drawText(QRectF(point.x() - _mm(20), point.y() + radius, _mm(40), _mm(4)),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
        painter.restore()


# ------------------------------------------------------------------------------------------- chart

class ChartObject(QPyTextObject):
    """The relationship chart as an inline text object: one small strength plot per key person, with
    the threshold, today and the forecast without new contact (dashed). Painted as vectors."""

    ROW_MM = 12.0
    GAP_MM = 2.5
    NAME_MM = 44.0
    TOP_MM = 5.0
    AXIS_MM = 9.0

    def __init__(self, chart: Chart, words: Words, family: str, width: float) -> None:
        super().__init__()
        self.chart = chart
        self.words = words
        self.family = family
        self.width = width

    def intrinsicSize(self, doc: Any, posInDocument: int, format: Any) -> QSizeF:  # noqa: N803  Qt's names
        rows = len(self.chart.rows)
        height = self.TOP_MM + rows * self.ROW_MM + max(0, rows - 1) * self.GAP_MM + self.AXIS_MM
        return QSizeF(self.width, _mm(height))

    def _font(self, points: float, *, bold: bool = False) -> QFont:
        font = report_font(self.family, points)
        font.setBold(bold)
        return font

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: Any,  # Qt's names
                   posInDocument: int, format: Any) -> None:  # noqa: N803
        rect = QRectF(rect)
        chart = self.chart
        days = (chart.end - chart.start).days
        if days <= 0 or not chart.rows:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot_left = rect.left() + _mm(self.NAME_MM)
        plot_w = rect.right() - plot_left - _mm(1)
        top = rect.top() + _mm(self.TOP_MM)
        rows_h = len(chart.rows) * _mm(self.ROW_MM) + (len(chart.rows) - 1) * _mm(self.GAP_MM)

        def x_of(day_index: float) -> float:
            return plot_left + plot_w * day_index / days

        today_index = (chart.today - chart.start).days
        small = self._font(6.5)
        metrics = QFontMetricsF(small, painter.device())
        for n, row in enumerate(chart.rows):
            y0 = top + n * (_mm(self.ROW_MM) + _mm(self.GAP_MM))
            box = QRectF(plot_left, y0, plot_w, _mm(self.ROW_MM))
            self._draw_row(painter, rect.left(), box, row, today_index, days)
        # Month labels under the plots (the year under each January).
        painter.setFont(small)
        painter.setPen(QColor(html.MUTED))
        baseline = top + rows_h + _mm(1.8) + metrics.ascent()
        months = self.words("months").split()
        for month in self._month_starts():
            x = x_of((month - chart.start).days)
            if x + _mm(0.6) + metrics.horizontalAdvance(months[month.month - 1]) > rect.right():
                continue
            painter.drawText(QPointF(x + _mm(0.6), baseline), months[month.month - 1])
            if month.month == 1:
                painter.drawText(QPointF(x + _mm(0.6), baseline + metrics.height()), str(month.year))
        # Today.
        x_today = x_of(today_index)
        painter.setPen(QPen(QColor(html.ACCENT), _mm(0.25)))
        painter.drawLine(QPointF(x_today, top - _mm(1)), QPointF(x_today, top + rows_h))
        painter.setFont(small)
        label = self.words("today")
        painter.drawText(QPointF(x_today - metrics.horizontalAdvance(label) / 2, top - _mm(1.6)), label)
        painter.restore()

    def _month_starts(self) -> list[dt.date]:
        chart = self.chart
        out = []
        month = dt.date(chart.start.year, chart.start.month, 1)
        while month <= chart.end:
            if month > chart.start:
                out.append(month)
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return out

    def _draw_row(self, painter: QPainter, left: float, box: QRectF, row: Any, today_index: int,
                  days: int) -> None:
        chart = self.chart

        def y_of(value: float) -> float:
            return box.bottom() - box.height() * max(0.0, min(1.0, value))

        # Name and the numbers beside the plot.
        painter.setPen(QColor("#000000"))
        name_font = self._font(8, bold=True)
        painter.setFont(name_font)
        name_w = _mm(self.NAME_MM - 2)
        name_metrics = QFontMetricsF(name_font, painter.device())
        name = name_metrics.elidedText(drawable_text(row.name, name_metrics), Qt.TextElideMode.ElideRight,
                                       name_w)
        painter.drawText(QPointF(left, box.top() + _mm(3.6)), name)
        painter.setFont(self._font(7))
        painter.setPen(QColor(html.MUTED))
        status = (self.words.percent(row.strength) if row.strength is not None else self.words("never_met"))
        painter.drawText(QPointF(left, box.top() + _mm(7.4)), status)
        if row.due is not None:
            key = "overdue" if row.due < chart.today else "keep_by"
            due = self.words(key, date=self.words.date(row.due))
            metrics = QFontMetricsF(self._font(7), painter.device())
            painter.drawText(QPointF(left, box.top() + _mm(10.9)),
                             metrics.elidedText(due, Qt.TextElideMode.ElideRight, name_w))
        # Frame and threshold.
        painter.setPen(QPen(QColor(html.RULE), _mm(0.15)))
        painter.setBrush(QColor("#f7f9fb"))
        painter.drawRect(box)
        painter.setPen(QPen(QColor("#e3e8ec"), _mm(0.15)))
        for month in self._month_starts():
            x = box.left() + box.width() * (month - chart.start).days / days
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
        dashed = QPen(QColor("#8a949c"), _mm(0.2))
        dashed.setDashPattern([6.0, 4.0])
        painter.setPen(dashed)
        y_threshold = y_of(chart.threshold)
        painter.drawLine(QPointF(box.left(), y_threshold), QPointF(box.right(), y_threshold))
        # The curve: solid up to today, dashed after (the forecast).
        values = row.values
        if not values:
            return
        step = box.width() / days
        past = QPainterPath()
        future = QPainterPath()
        area = QPainterPath()
        last_past = min(today_index, len(values) - 1)
        area.moveTo(box.left(), box.bottom())
        for i, value in enumerate(values):
            point = QPointF(box.left() + i * step, y_of(value))
            if i <= last_past:
                if i == 0:
                    past.moveTo(point)
                else:
                    past.lineTo(point)
                area.lineTo(point)
            if i >= last_past:
                if i == last_past:
                    future.moveTo(point)
                else:
                    future.lineTo(point)
        area.lineTo(box.left() + last_past * step, box.bottom())
        area.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(31, 78, 121, 38))
        painter.drawPath(area)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(html.ACCENT), _mm(0.35)))
        painter.drawPath(past)
        forecast = QPen(QColor(html.ACCENT), _mm(0.3))
        forecast.setDashPattern([3.0, 2.0])
        painter.setPen(forecast)
        painter.drawPath(future)


__all__ = ["ChartObject", "default_language", "ensure_application", "load_fonts", "render_pdf",
           "write_plan_pdf"]
