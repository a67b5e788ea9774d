"""XLIFF 2.1 with the ITS module: the document as units (paragraphs) and segments
(sentences), each finding an ITS Localization Quality Issue on <sm/>/<em/> markers.

Spanning markers (not <mrk>) are used so overlapping findings stay well-formed.
The concatenated <source> texts reproduce the document exactly: whitespace is
kept (xml:space="preserve") and characters XML 1.0 cannot carry become <cp hex/>.

With the Russian original (--source) the file is bilingual: srcLang="ru",
trgLang="en", each segment's <source> holds the Russian sentences aligned with
it and its <target> the English sentence with the finding markers. The
concatenated <source> texts then reproduce the Russian original and the
concatenated <target> texts the audited English, both exactly.
"""

from __future__ import annotations

from importlib import resources

from lxml import etree

from mtaudit.report.quality import DEFAULT_WEIGHTS
from mtaudit.audit.signature import signature_line

XLF = "urn:oasis:names:tc:xliff:document:2.0"
ITS = "http://www.w3.org/2005/11/its"
MTA = "urn:mtaudit:xliff:1"
NSMAP = {None: XLF, "its": ITS, "mta": MTA}
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _xml_ok(ch: str) -> bool:
    c = ord(ch)
    return c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or 0x10000 <= c <= 0x10FFFF


def severity_0_100(severity: str, weights=DEFAULT_WEIGHTS) -> float:
    """ITS severity on 0-100, proportional to the MQM weight (critical = 100)."""
    top = max(weights.values()) or 1.0
    return round(100.0 * weights[severity] / top, 1)


class _Writer:
    """Appends text and markers to an element, tracking the tail correctly."""

    def __init__(self, element):
        self.element = element
        self.last = None

    def text(self, s: str) -> None:
        start = 0
        for i, ch in enumerate(s):
            if not _xml_ok(ch):
                self._append_text(s[start:i])
                cp = etree.SubElement(self.element, _q(XLF, "cp"), hex=f"{ord(ch):04X}")
                self.last = cp
                start = i + 1
        self._append_text(s[start:])

    def _append_text(self, s: str) -> None:
        if not s:
            return
        if self.last is None:
            self.element.text = (self.element.text or "") + s
        else:
            self.last.tail = (self.last.tail or "") + s

    def marker(self, tag: str, **attrs) -> None:
        self.last = etree.SubElement(self.element, _q(XLF, tag), **attrs)


def _units(doc) -> list[tuple[int, int]]:
    """Consecutive spans covering the whole text: each paragraph with the whitespace after it."""
    paras = doc.paragraphs
    if not paras:
        return [(0, len(doc.text))]  # whitespace only, or empty: one unit all the same
    bounds = [0] + [p.start for p in paras[1:]] + [len(doc.text)]
    return list(zip(bounds[:-1], bounds[1:]))


def _pieces(doc, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """Segments (sentences) and ignorables (the whitespace between) covering [lo, hi)."""
    out, cursor = [], lo
    for s in doc.sentences:
        if s.end <= lo or s.start >= hi:
            continue
        if s.start > cursor:
            out.append(("ignorable", cursor, s.start))
        out.append(("segment", max(s.start, cursor), min(s.end, hi)))
        cursor = min(s.end, hi)
    if cursor < hi:
        out.append(("ignorable", cursor, hi))
    return out or [("segment", lo, hi)]


def _bilingual(result):
    """The document's source analysis (--source), or None for a monolingual file."""
    from mtaudit.text.views import SOURCE_ANALYSIS

    return result.doc.views.peek(SOURCE_ANALYSIS)


def source_pieces(doc, analysis) -> dict[int, str]:
    """English sentence start -> the Russian text its segment carries. Every character of
    the original goes to exactly one segment, in order: a sentence with no translation
    rides with the English sentence before it, the text before the first sentence with
    the first piece."""
    owner: list[int] = []                      # source sentence index -> English sentence index
    current = 0
    for bead in analysis.alignment.beads:
        if bead.tgt:
            current = bead.tgt[0]
        owner.extend(current for _ in bead.src)
    starts: dict[int, int] = {}                # English sentence -> first source offset
    for i, j in enumerate(owner):
        starts.setdefault(j, analysis.src_sentences[i].start if i else 0)
    text = analysis.source.text
    ordered = sorted(starts.items())
    out = {}
    for k, (j, lo) in enumerate(ordered):
        hi = ordered[k + 1][1] if k + 1 < len(ordered) else len(text)
        out[analysis.tgt_sentences[j].start] = text[lo:hi]
    return out


def build(results, sig: dict, weights=DEFAULT_WEIGHTS) -> etree._Element:
    bilingual = any(_bilingual(r) is not None for r in results)
    root = etree.Element(_q(XLF, "xliff"), nsmap=NSMAP, version="2.1", srcLang="ru" if bilingual else "en")
    if bilingual:
        root.set("trgLang", "en")
    root.set(_q(ITS, "version"), "2.0")
    for fi, result in enumerate(results, 1):
        _file(root, fi, result, sig, weights)
    return root


def _file(root, fi: int, result, sig: dict, weights) -> None:
    doc = result.doc
    file_el = etree.SubElement(root, _q(XLF, "file"), id=f"f{fi}", original=doc.path or doc.doc_id)
    notes = etree.SubElement(file_el, _q(XLF, "notes"))
    etree.SubElement(notes, _q(XLF, "note"), category="mtaudit-signature").text = signature_line(sig)
    for detector, reason in result.skipped:
        etree.SubElement(notes, _q(XLF, "note"), category="mtaudit-skipped").text = f"{detector}: {reason}"
    findings = list(enumerate(result.findings, 1))
    analysis = _bilingual(result)
    pieces_ru = source_pieces(doc, analysis) if analysis is not None and analysis.tgt_sentences else None
    for ui, (lo, hi) in enumerate(_units(doc), 1):
        unit = etree.SubElement(file_el, _q(XLF, "unit"), id=f"f{fi}-u{ui}")
        unit.set(_XML_SPACE, "preserve")
        mine = [(n, f) for n, f in findings if lo <= f.start < hi or (f.start == f.end == hi == len(doc.text))]
        fixes = [(n, f) for n, f in mine if f.fix is not None]
        if fixes:
            unotes = etree.SubElement(unit, _q(XLF, "notes"))
            for n, f in fixes:
                etree.SubElement(unotes, _q(XLF, "note"), id=f"n{n}", category="mtaudit-fix",
                                 appliesTo="target" if pieces_ru is not None else "source").text = (
                    f"{f.code} {f.name}: “{f.text}” → “{f.correction}” ({f.fix.applicability.value}: {f.fix.title})")
        markers = []
        for n, f in mine:
            markers.append((f.start, 1, n, "sm", f))
            markers.append((min(f.end, hi), 0 if f.end > f.start else 2, n, "em", f))
        _fill_unit(unit, doc, lo, hi, sorted(markers, key=lambda m: m[:3]), weights, pieces_ru)


def _piece_of(pieces, pos: int, tag: str, zero_length: bool) -> int:
    """Which piece a marker goes in: a start marker opens where text follows it, an end
    marker closes where text precedes it (a zero-length finding stays with its start)."""
    for i, (_, start, end) in enumerate(pieces):
        if (tag == "sm" or zero_length) and start <= pos < end:
            return i
        if tag == "em" and not zero_length and start < pos <= end:
            return i
    return len(pieces) - 1


def _fill_unit(unit, doc, lo: int, hi: int, markers, weights, pieces_ru=None) -> None:
    pieces = _pieces(doc, lo, hi)
    by_piece: dict[int, list] = {}
    for m in markers:
        pos, _, n, tag, f = m
        by_piece.setdefault(_piece_of(pieces, pos, tag, f.start == f.end), []).append(m)
    for pi, (kind, start, end) in enumerate(pieces):
        el = etree.SubElement(unit, _q(XLF, kind))
        source = etree.SubElement(el, _q(XLF, "source"))
        source.set(_XML_SPACE, "preserve")
        if pieces_ru is not None:  # bilingual: the Russian in <source>, the English in <target>
            _Writer(source).text(pieces_ru.get(start, "") if kind == "segment" else "")
            source = etree.SubElement(el, _q(XLF, "target"))
            source.set(_XML_SPACE, "preserve")
        writer = _Writer(source)
        cursor = start
        for pos, _, n, tag, f in by_piece.get(pi, []):
            writer.text(doc.text[cursor:pos])
            cursor = pos
            if tag == "sm":
                _start_marker(writer, n, f, weights)
            else:
                writer.marker("em", startRef=f"m{n}")
        writer.text(doc.text[cursor:end])


def _start_marker(writer: _Writer, n: int, f, weights) -> None:
    comment = f"{f.code} {f.name} ({f.confidence.value}): {f.message}"
    if f.fix is not None:
        comment += f" — proposed fix ({f.fix.applicability.value}): “{f.correction}”"
    writer.marker("sm", id=f"m{n}", type="its:any")
    el = writer.last
    el.set(_q(ITS, "locQualityIssueType"), f.its_type)
    el.set(_q(ITS, "locQualityIssueComment"), comment)
    el.set(_q(ITS, "locQualityIssueSeverity"), str(severity_0_100(f.severity.value, weights)))
    el.set(_q(ITS, "locQualityIssueEnabled"), "yes")
    el.set(_q(MTA, "code"), f.code)
    el.set(_q(MTA, "category"), f.category)
    el.set(_q(MTA, "confidence"), f.confidence.value)
    el.set(_q(MTA, "fingerprint"), f.fingerprint)
    if f.fix is not None:
        el.set(_q(MTA, "correction"), f.correction or "")
        el.set(_q(MTA, "applicability"), f.fix.applicability.value)


def render(results, sig: dict, weights=DEFAULT_WEIGHTS) -> str:
    return etree.tostring(build(results, sig, weights), xml_declaration=True, encoding="UTF-8",
                          pretty_print=False).decode("utf-8") + "\n"


def schema() -> etree.XMLSchema:
    """The XLIFF 2.1 core + ITS LQI schema shipped in mtaudit/data/xliff."""
    path = resources.files("mtaudit") / "data" / "xliff" / "mtaudit_xliff.xsd"
    with resources.as_file(path) as p:
        return etree.XMLSchema(etree.parse(str(p)))


def source_text(xliff: bytes | str, element: str = "source") -> dict[str, str]:
    """Reassemble each file's text from its <source> (or <target>) elements (for round-trip checks)."""
    root = etree.fromstring(xliff.encode("utf-8") if isinstance(xliff, str) else xliff)
    out = {}
    for file_el in root.iter(_q(XLF, "file")):
        parts = []
        for source in file_el.iter(_q(XLF, element)):
            parts.append(source.text or "")
            for child in source:
                if child.tag == _q(XLF, "cp"):
                    parts.append(chr(int(child.get("hex"), 16)))
                parts.append(child.tail or "")
        out[file_el.get("original")] = "".join(parts)
    return out
