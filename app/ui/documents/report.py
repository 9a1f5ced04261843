"""The printable report of one loan as an A4 PDF: the words come from app/rules/report_content.py
(ReportContent, plain data in the chosen language); this module lays them out with QTextDocument, draws
the collection timeline with the assessment view's own TimelineWidget, and writes the PDF with QPdfWriter.

Every page carries the pack's disclaimer and "page n of N" at its foot; the body is paginated by
QTextDocument, with headings moved to the next page rather than left alone at the bottom of one.

Two Qt details handled here:
- the timeline is a QWidget, so a QApplication must exist (the CLI makes an offscreen one); it is
  rendered to an image at the PDF's resolution, in the report's language whatever the UI's is;
- CJK fonts give a Kangxi radical (⾦ U+2FA6) and its ideograph (金 U+91D1) one glyph, and Qt's PDF
  writer names each glyph by the first code point that reaches it, so copied or extracted text would
  read ⾦额 instead of 金额 (and a tab for every space). repair_text_map() rewrites those names in the
  PDF's ToUnicode maps, keeping every byte offset.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QRawFont,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.exchange import ExportFailed
from app.core.fileio import atomic_write_bytes
from app.core.i18n import Lang
from app.rules.report_content import Item, ReportContent
from app.ui.assessment.timeline_widget import LIKELIHOOD_COLOURS, TimelineWidget
from app.ui.shell.style import risk_colour

RESOLUTION_DPI = 300
BODY_POINTS = 9.5
FOOTER_POINTS = 7.0
TIMELINE_POINTS = 8.0
MARGINS_MM = QMarginsF(16, 14, 16, 12)
# A heading with less than this many body lines of room under it starts the next page instead.
KEEP_WITH_NEXT_LINES = 4
TIMELINE_IMAGE = "repayradar-report://timeline.png"
# First available wins: Linux (fonts-noto-cjk), Windows, macOS, then older Linux packages.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "SimSun",
)
# What a printed page is drawn with, whatever the desktop's theme: dark text on white paper.
_INK = QColor("#1b1b1b")
_MUTED = "#5f6368"
_RULE = "#c8ccd0"
_MARKER = QColor("#1f5fbf")


def cjk_family() -> str:
    """A font family with Chinese glyphs on this system ("" if none is known: Qt then falls back)."""
    available = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in available), "")


def report_font(points: float) -> QFont:
    font = QFont()
    family = cjk_family()
    if family:
        font.setFamilies([family, *font.families()])
    font.setPointSizeF(points)
    # Without shaping, every glyph is the one the font's character map names: a ligature (ﬁ) or a
    # contextual alternate digit has no character of its own, and would read back wrong or not at all
    # when the PDF's text is copied, searched or extracted. Kerning is all that is lost on paper.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


# ------------------------------------------------------------------------------------ the timeline


class PrintedTimeline(TimelineWidget):
    """The assessment's TimelineWidget in the report's language (which may not be the UI's)."""

    def __init__(self, lang: Lang) -> None:
        super().__init__(lang=lang)


def _print_palette() -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor("white"))
        palette.setColor(group, QPalette.ColorRole.WindowText, _INK)
        palette.setColor(group, QPalette.ColorRole.Highlight, _MARKER)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(_MUTED))
    return palette


def timeline_image(content: ReportContent, width_px: int) -> QImage:
    """The timeline drawing ``width_px`` device pixels wide at the PDF's resolution, on white, in the
    report's language."""
    widget = PrintedTimeline(content.lang)  # type: ignore[arg-type]
    widget.setPalette(_print_palette())
    widget.setFont(report_font(TIMELINE_POINTS))
    widget.set_timeline(content.timeline_entries, content.days_past_due)
    # Lay the widget out as it would be on a 96-dpi screen the width of the printed column, then render
    # it scaled up: its fonts and spacing keep their proportions, the pixels those of 300 dpi.
    logical_width = round(width_px * widget.logicalDpiX() / RESOLUTION_DPI)
    widget.resize(logical_width, widget.sizeHint().height())
    ratio = width_px / logical_width
    image = QImage(round(logical_width * ratio), round(widget.height() * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    widget.render(image)
    widget.deleteLater()
    image.setDevicePixelRatio(1.0)  # drawn; from here on it is just so many pixels for the page
    return image


def _screen_dpi() -> float:
    """The resolution QTextDocument assumes for image sizes (Qt's default of 96 without a screen)."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchX() if screen is not None else 96.0


# ---------------------------------------------------------------------------------------- the HTML

_STYLE = f"""
h1 {{ font-size: 17pt; font-weight: 600; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }}
h3 {{ font-size: 10pt; font-weight: 600; margin-top: 8px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 5px; }}
.loan {{ font-size: 13pt; font-weight: 600; margin-bottom: 2px; }}
.muted {{ color: {_MUTED}; }}
.ref {{ color: {_MUTED}; font-size: 7.5pt; }}
.small {{ font-size: 8pt; }}
th {{ text-align: left; font-weight: 600; background-color: #eef0f2; }}
"""


def _refs(refs: tuple[int, ...]) -> str:
    if not refs:
        return ""
    return f' <span class="ref">[{", ".join(str(number) for number in sorted(refs))}]</span>'


def _items(items: tuple[Item, ...], none_text: str, *, numbered: bool = False) -> str:
    if not items:
        return f'<p class="muted">{html.escape(none_text)}</p>'
    rows = []
    for index, item in enumerate(items, 1):
        number = f"{index}. " if numbered else ""
        rows.append(
            f"<p><b>{number}{html.escape(item.title)}</b><br>{html.escape(item.text)}{_refs(item.refs)}</p>"
        )
    return "".join(rows)


def _table_head(columns: tuple[str, ...], attributes: str) -> str:
    """A full-width table's opening and its header row of ``columns``."""
    cells = "".join(f"<th>{html.escape(column)}</th>" for column in columns)
    return f'<table width="100%" cellspacing="0" cellpadding="3" {attributes}><thead><tr>{cells}</tr></thead>'


def report_html(content: ReportContent, image_width: int, image_height: int) -> str:
    """The report as the rich text QTextDocument lays out; the timeline is the TIMELINE_IMAGE resource."""
    e = html.escape
    out = [f"<h1>{e(content.title)}</h1>", f'<p class="loan">{e(content.loan_name)}</p>',
           f'<p class="muted">{e(content.prepared)}</p>']

    out.append('<table cellspacing="0" cellpadding="2">')
    for fact in content.facts:
        out.append(f'<tr><td class="muted" width="22%">{e(fact.label)}</td><td>{e(fact.value)}</td></tr>')
    out.append("</table>")

    badge = risk_colour(content.risk_level).name()
    out.append(
        '<table width="100%" cellspacing="6" cellpadding="6" style="margin-top: 8px;"><tr>'
        f'<td width="26%" bgcolor="{badge}" style="color: white;"><b>{e(content.risk_heading)}</b><br>'
        f'<span style="font-size: 14pt; font-weight: 600;">{e(content.risk_label)}</span><br>'
        f'{e(content.risk_score)} <span style="font-size: 7.5pt;">'
        f'[{", ".join(map(str, sorted(content.risk_refs)))}]</span></td>'
        f'<td width="37%" bgcolor="#f3f4f6"><b>{e(content.stage_heading)}</b><br>'
        + "<br>".join(e(line) for line in content.stage_lines)
        + f"{_refs(content.stage_refs)}</td>"
        f'<td width="37%" bgcolor="#f3f4f6"><b>{e(content.field_visit_heading)}</b><br>'
        f"{e(content.field_visit_text)}{_refs(content.field_visit_refs)}</td>"
        "</tr></table>"
    )

    out.append(f"<h2>{e(content.timeline_heading)}</h2>")
    out.append(f'<p><img src="{TIMELINE_IMAGE}" width="{image_width}" height="{image_height}"></p>')
    out.append(f'<p class="muted small">{e(content.timeline_hint)}</p>')
    out.append(_table_head(content.timeline_columns, 'border="0"'))
    for row in content.timeline_rows:
        colour = LIKELIHOOD_COLOURS.get(row.likelihood_word, QColor(_MUTED)).name()
        weight = ' style="font-weight: 600;"' if row.status == "current" else ""
        muted = ' class="muted"' if row.status == "past" else ""
        out.append(
            f"<tr{muted}><td{weight}>{e(row.label)}</td><td>{e(row.days)}</td>"
            f'<td><span style="color: {colour};">■</span> {e(row.likelihood)}</td>'
            f"<td>{e(row.status_text)}</td><td class=\"ref\">{_refs(row.refs).strip()}</td></tr>"
        )
    out.append("</table>")

    out.append(f"<h2>{e(content.warnings_heading)}</h2>")
    out.append(_items(content.warnings, content.none_text))
    out.append(f"<h2>{e(content.remedies_heading)}</h2>")
    out.append(_items(content.remedies, content.none_text, numbered=True))
    out.append(f"<h2>{e(content.consequences_heading)}</h2>")
    out.append(_items(content.consequences, content.none_text))

    contacts = content.contacts
    out.append(f"<h2>{e(contacts.heading)}</h2><p>{e(contacts.overview)}</p>")
    if contacts.breaches_overview:
        # What the report is for: each breach of the collection rules, dated, with the rules it breaks.
        out.append(f"<h3>{e(contacts.breaches_heading)}</h3><p>{e(contacts.breaches_overview)}</p>")
    if contacts.breaches:
        out.append('<table width="100%" cellspacing="0" cellpadding="3" class="small">')
        for breach in contacts.breaches:
            out.append(
                f'<tr><td width="17%" valign="top">{e(breach.when)}</td><td><b>{e(breach.title)}</b><br>'
                f'{e(breach.explanation)}<br><span class="muted">{e(breach.rules)}</span></td></tr>'
            )
        out.append("</table>")
    if contacts.recent:
        out.append(f"<p>{e(contacts.by_channel_line)}<br>{e(contacts.by_direction_line)}</p>")
        out.append(f"<p>{e(contacts.promises)}</p>")
        out.append(f"<h3>{e(contacts.recent_heading)}</h3>")
        out.append(_table_head(contacts.columns, 'class="small"'))
        for line in contacts.recent:
            out.append(
                f'<tr><td width="17%">{e(line.when)}</td><td width="17%">{e(line.how)}<br>'
                f'<span class="muted">{e(line.direction)}</span></td><td width="22%">{e(line.with_whom)}</td>'
                f"<td>{e(line.said)}</td></tr>"
            )
        out.append("</table>")

    out.append(f"<h2>{e(content.sources_heading)}</h2>")
    out.append('<table width="100%" cellspacing="0" cellpadding="2" class="small">')
    for note in content.footnotes:
        verify = f" <i>{e(note.verify)}</i>" if note.verify else ""
        out.append(
            f'<tr><td width="5%" valign="top">[{note.number}]</td><td>{e(note.text)}<br>'
            f'<span class="muted">{e(note.source)}{verify}</span></td></tr>'
        )
    out.append("</table>")

    return "".join(out)


# ---------------------------------------------------------------------------------------- the PDF


class PreparedReport:
    """A report with the parts only the UI thread may make (the timeline drawn by its widget, the
    screen's resolution): the rest, laying out and writing the PDF, may then run on any thread."""

    def __init__(self, content: ReportContent, timeline: QImage, screen_dpi: float) -> None:
        self.content = content
        self.timeline = timeline
        self.screen_dpi = screen_dpi


def prepare_report(content: ReportContent) -> PreparedReport:
    """On the UI thread: draw the timeline the width of the printed column (every word comes from the
    gettext catalogue of ``content.lang``)."""
    width = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    ).paintRectPixels(RESOLUTION_DPI).width()
    image = timeline_image(content, int(width))
    return PreparedReport(content, image, _screen_dpi())


def render_report_pdf(content: ReportContent) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count. Needs a QApplication (the timeline is a widget).
    Every word, the timeline's included, comes from ``content`` and the gettext catalogue of
    ``content.lang``."""
    return render_prepared_report(prepare_report(content))


def render_prepared_report(prepared: PreparedReport) -> tuple[bytes, int]:
    """The prepared report as PDF bytes and its page count; safe off the UI thread."""
    content = prepared.content
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                    QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(f"{content.title} · {content.loan_name}")
    writer.setCreator(f"RepayRadar {__version__}")
    body = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    width, height = float(body.width()), float(body.height())

    footer = _footer_document(content, writer, width, content.page_label(99, 99))
    footer_height = footer.size().height()
    gap = RESOLUTION_DPI * 0.12  # about 3 mm between the text and the foot of the page
    page_height = height - footer_height - gap

    document = report_document(content, writer, QSizeF(width, page_height), prepared=prepared)
    pages = document.pageCount()

    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            _draw_footer(painter, content, writer, width, height - footer_height, page + 1, pages)
    finally:
        painter.end()
    buffer.close()
    return repair_text_map(bytes(buffer.data()), cjk_family()), pages


def report_document(
    content: ReportContent, device: QPdfWriter, page: QSizeF, *, prepared: PreparedReport | None = None
) -> QTextDocument:
    """The report's body laid out in pages of ``page`` (device pixels) for ``device``; with ``prepared``,
    its timeline picture and screen resolution (then no widget is made: any thread will do)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(report_font(BODY_POINTS))
    document.setDefaultStyleSheet(_STYLE)
    document.setDocumentMargin(0)
    width = page.width()
    if prepared is None:
        image = timeline_image(content, int(width))
        screen_dpi = _screen_dpi()
    else:
        image, screen_dpi = prepared.timeline, prepared.screen_dpi
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TIMELINE_IMAGE), image)
    # QTextDocument reads an image's width and height attributes as screen pixels and scales them by the
    # device's resolution over the screen's, so the printed column's width is given in those pixels.
    screen = RESOLUTION_DPI / screen_dpi
    document.setHtml(report_html(content, round(width / screen), round(image.height() / screen)))
    document.setPageSize(page)
    _keep_headings_with_text(document, page.height())
    return document


def write_report_pdf(content: ReportContent, path: Path) -> int:
    """Write the report to ``path`` atomically (a reader never sees half a file); return the pages.
    ExportFailed (in the user's words) when the file cannot be written."""
    return write_prepared_report(prepare_report(content), path)


def write_prepared_report(prepared: PreparedReport, path: Path) -> int:
    """write_report_pdf() of a prepared report; safe off the UI thread."""
    data, pages = render_prepared_report(prepared)
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as error:
        raise ExportFailed(Path(path), error) from error
    return pages


def _footer_document(content: ReportContent, writer: QPdfWriter, width: float, page_label: str) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(report_font(FOOTER_POINTS))
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    e = html.escape
    document.setHtml(
        f'<table width="100%" cellspacing="0" cellpadding="0" style="color: {_MUTED};"><tr>'
        f'<td width="78%">{e(content.disclaimer)}</td>'
        f'<td width="22%" align="right">{e(content.loan_name)}<br>{e(page_label)}</td></tr></table>'
    )
    return document


def _draw_footer(
    painter: QPainter, content: ReportContent, writer: QPdfWriter, width: float, top: float, page: int, pages: int
) -> None:
    footer = _footer_document(content, writer, width, content.page_label(page, pages))
    painter.save()
    painter.setPen(QColor(_RULE))
    painter.drawLine(0, round(top - RESOLUTION_DPI * 0.05), round(width), round(top - RESOLUTION_DPI * 0.05))
    painter.translate(0, top)
    footer.drawContents(painter)
    painter.restore()


def _keep_headings_with_text(document: QTextDocument, page_height: float) -> None:
    """Start a new page before any heading that would sit in the last few lines of a page."""
    layout = document.documentLayout()
    line = document.defaultFont().pointSizeF() / 72 * RESOLUTION_DPI * 1.4
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            rect = layout.blockBoundingRect(block)
            room = page_height - (rect.bottom() % page_height)
            following = block.next()
            # A short last paragraph only needs its own height, not a page's worth of lines.
            needed = KEEP_WITH_NEXT_LINES * line
            if following.isValid() and following.blockFormat().headingLevel() == 0:
                needed = min(needed, layout.blockBoundingRect(following).height())
            if rect.top() % page_height > 0 and room < needed:
                cursor = QTextCursor(block)
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
        block = block.next()
    # A format change relays the document out only in part, and drawContents() then skips what came
    # after the break; a full relayout keeps every block on its page.
    document.markContentsDirty(0, document.characterCount())


# ------------------------------------------------------------------------------ the text in the PDF

_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")
# Characters that fonts draw with the glyph of a commoner one that has a higher code point, so Qt names
# the glyph by the rarer: the space glyph is also the tab's, the en dash (61–90) also the figure dash's.
_SAME_GLYPH_COMMONER = {0x0009: 0x0020, 0x2012: 0x2013}
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")


@cache
def _radical_ideographs(family: str) -> dict[int, int]:
    """Radical code point -> the ideograph the font draws with the same glyph (⾦ -> 金, ⻔ -> 门)."""
    font = QFont()
    if family:
        font.setFamilies([family])
    raw = QRawFont.fromFont(font)
    ideographs = "".join(chr(code) for code in range(0x4E00, 0xA000))
    first: dict[int, int] = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph and glyph not in first:
            first[glyph] = ord(char)
    radicals = "".join(chr(code) for code in range(0x2E80, 0x2FE0))
    mapping = {}
    for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True):
        if glyph in first:
            mapping[ord(char)] = first[glyph]
    return mapping


def repair_text_map(pdf: bytes, family: str) -> bytes:
    """``pdf`` with the ToUnicode maps naming ideographs instead of radicals, spaces instead of tabs and
    en dashes instead of figure dashes.

    Only the target code of a mapping is changed, four hex digits for four, inside uncompressed
    ToUnicode streams (Qt writes them so), so no length or cross-reference offset moves.

    Upstream bug, as it would be filed against Qt 6.11.3 (QtGui, QPdfEngine; the Qt the app ships with,
    PySide6-Essentials being pinned below 6.12; reproduced there): "QPdfWriter: ToUnicode
    CMap names a glyph by the first code point that reached it. With a CJK font (Noto Sans CJK SC)
    whose cmap maps both U+2FA6 KANGXI RADICAL GOLD and U+91D1 to one glyph, drawing '金额' writes
    '<0a1b> <2FA6>' into the ToUnicode map, so copying or extracting the PDF's text gives '⾦额'; a
    space that shares the tab's glyph extracts as a tab. Expected: the code point actually drawn."
    """
    mapping = {**_SAME_GLYPH_COMMONER, **_radical_ideographs(family)}
    data = bytearray(pdf)
    for number in set(_TO_UNICODE.findall(pdf)):
        # Only "<< /Length N >>" with nothing else in the dictionary matches, so a compressed stream
        # (one with /Filter) is never touched.
        header = re.search(rb"\n" + number + rb" 0 obj\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n", pdf)
        if header is None:
            continue  # not the layout this function knows: leave the stream as Qt wrote it
        start, length = header.end(), int(header.group(1))
        data[start:start + length] = _repair_cmap(pdf[start:start + length], mapping)
    return bytes(data)


def _repair_cmap(stream: bytes, mapping: dict[int, int]) -> bytes:
    lines = stream.split(b"\n")
    section = b""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.endswith((b"beginbfchar", b"beginbfrange", b"begincodespacerange")):
            section = stripped.split()[-1]
            continue
        if stripped.startswith(b"end"):
            section = b""
            continue
        if section == b"beginbfchar":
            # "<cid> <unicode>": only the second is a character.
            lines[index] = _replace_after(line, 1, mapping)
        elif section == b"beginbfrange" and b"[" in line:
            # "<first> <last> [<u1> <u2> ...]": every code in the brackets is a character.
            head, bracket, tail = line.partition(b"[")
            lines[index] = head + bracket + _HEX4.sub(lambda match: _mapped(match, mapping), tail)
        elif section == b"beginbfrange":
            # "<first> <last> <u>": a run of consecutive characters; fix it only when it is a single one.
            codes = _HEX4.findall(line)
            if len(codes) == 3 and codes[0] == codes[1]:
                lines[index] = _replace_after(line, 2, mapping)
    return b"\n".join(lines)


def _replace_after(line: bytes, skip: int, mapping: dict[int, int]) -> bytes:
    seen = 0

    def replace(match: re.Match[bytes]) -> bytes:
        nonlocal seen
        seen += 1
        return _mapped(match, mapping) if seen > skip else match.group(0)

    return _HEX4.sub(replace, line)


def _mapped(match: re.Match[bytes], mapping: dict[int, int]) -> bytes:
    code = int(match.group(1), 16)
    target = mapping.get(code)
    return b"<%04X>" % target if target is not None else match.group(0)


def ensure_application() -> QCoreApplication:
    """The running application, or an offscreen QApplication for a display-less caller (the CLI)."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    application = QApplication(["repayradar"])
    application.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    return application
