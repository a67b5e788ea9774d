"""TBX-Basic (ISO 30042:2019, DCA style) import and export, with lxml.

One conceptEntry per concept. English terms carry a termType (fullForm for the
canonical form, shortForm, variant, transliteratedForm) and an
administrativeStatus: preferred for canonical/short, admitted for variants,
deprecated for transliterations and wrong renderings. The entity type is the
subjectField; mtaudit-only settings travel as `<note>mtaudit:key=value</note>`,
so a YAML -> TBX -> YAML round trip loses nothing.
"""

from __future__ import annotations

from lxml import etree

from mtaudit.core.errors import UserError
from mtaudit.glossary.model import Concept
from mtaudit.glossary.schema import parse_records

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ACCEPT_ID = "mtaudit-accept-list"
_PREFIX = "mtaudit:"
_TERM_TYPES = {"canonical": "fullForm", "short": "shortForm", "variant": "variant",
               "translit": "transliteratedForm"}
_STATUS = {"canonical": "preferredTerm-admn-sts", "short": "preferredTerm-admn-sts",
           "variant": "admittedTerm-admn-sts", "translit": "deprecatedTerm-admn-sts",
           "wrong": "deprecatedTerm-admn-sts"}


def _el(parent, tag: str, text: str | None = None, **attrs):
    node = etree.SubElement(parent, f"{{{NS}}}{tag}", attrs)
    if text is not None:
        node.text = text
    return node


def render_tbx(concepts: list[Concept], accept) -> bytes:
    root = etree.Element(f"{{{NS}}}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"},
                         nsmap={None: NS})
    header = _el(root, "tbxHeader")
    _el(_el(_el(header, "fileDesc"), "sourceDesc"), "p", "mtaudit named-entity glossary")
    body = _el(_el(root, "text"), "body")
    for c in concepts:
        entry = _el(body, "conceptEntry", id=c.id)
        _el(entry, "descrip", c.type, type="subjectField")
        if c.source:
            _el(entry, "admin", c.source, type="source")
        if c.note:
            _el(entry, "note", c.note)
        _el(entry, "note", f"{_PREFIX}applicability={c.applicability}")
        if c.inflect is not None:
            _el(entry, "note", f"{_PREFIX}inflect={str(c.inflect).lower()}")
        en = _el(entry, "langSec")
        en.set(XML_LANG, "en")
        _term(en, c.canonical, "canonical")
        if c.short:
            _term(en, c.short, "short")
        for v in c.variants:
            _term(en, v, "variant")
        for t in c.translit:
            _term(en, t, "translit")
        for w in c.wrong:
            sec = _term(en, w.text, "wrong")
            if w.note:
                _el(sec, "note", w.note)
            _el(sec, "note", f"{_PREFIX}cue={w.cue}")
            if w.cased:
                _el(sec, "note", f"{_PREFIX}cased=true")
            if w.fix:
                _el(sec, "note", f"{_PREFIX}fix={w.fix}")
        if c.ru:
            ru = _el(entry, "langSec")
            ru.set(XML_LANG, "ru")
            for r in c.ru:
                _el(_el(ru, "termSec"), "term", r)
    if accept:
        entry = _el(body, "conceptEntry", id=ACCEPT_ID)
        _el(entry, "note", f"{_PREFIX}accept")
        en = _el(entry, "langSec")
        en.set(XML_LANG, "en")
        for text in sorted(accept):
            sec = _el(en, "termSec")
            _el(sec, "term", text)
            _el(sec, "termNote", "admittedTerm-admn-sts", type="administrativeStatus")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _term(lang_sec, text: str, kind: str):
    sec = _el(lang_sec, "termSec")
    _el(sec, "term", text)
    if kind in _TERM_TYPES:
        _el(sec, "termNote", _TERM_TYPES[kind], type="termType")
    _el(sec, "termNote", _STATUS[kind], type="administrativeStatus")
    return sec


def parse_tbx(data: bytes, path: str) -> tuple[list[Concept], list[str]]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise UserError(f"invalid TBX (XML): {exc.msg}", path, exc.lineno) from None
    if etree.QName(root).localname not in ("tbx", "martif"):
        raise UserError(f"not a TBX file (root element <{etree.QName(root).localname}>)", path,
                        root.sourceline)
    records, accept = [], []
    for entry in root.iter(f"{{{NS}}}conceptEntry", "conceptEntry"):
        if entry.get("id") == ACCEPT_ID:
            accept.extend((t.text or "", t.sourceline) for t in _find_all(entry, "term"))
            continue
        records.append((_record(entry, path), entry.sourceline))
    return parse_records(records, accept, path)


def _find_all(node, tag: str):
    return [n for n in node.iter() if isinstance(n.tag, str) and etree.QName(n).localname == tag]


def _children(node, tag: str):
    return [n for n in node if isinstance(n.tag, str) and etree.QName(n).localname == tag]


def _settings(node) -> tuple[dict[str, str], list[str]]:
    """mtaudit:key=value notes, and plain notes, directly under `node`."""
    settings, notes = {}, []
    for n in _children(node, "note"):
        text = n.text or ""
        if text.startswith(_PREFIX):
            key, _, value = text[len(_PREFIX):].partition("=")
            settings[key] = value
        else:
            notes.append(text)
    return settings, notes


def _record(entry, path: str) -> dict:
    record: dict = {"id": entry.get("id") or ""}
    for d in _children(entry, "descrip"):
        if d.get("type") == "subjectField":
            record["type"] = d.text or ""
    for a in _children(entry, "admin"):
        if a.get("type") == "source":
            record["source"] = a.text or ""
    settings, notes = _settings(entry)
    if notes:
        record["note"] = "\n".join(notes)
    if "applicability" in settings:
        record["applicability"] = settings["applicability"]
    if "inflect" in settings:
        record["inflect"] = {"true": True, "false": False}.get(settings["inflect"], settings["inflect"])
    for lang_sec in _children(entry, "langSec"):
        lang = (lang_sec.get(XML_LANG) or "").lower()
        for sec in _children(lang_sec, "termSec"):
            term = next(iter(_children(sec, "term")), None)
            text = term.text if term is not None and term.text else ""
            if lang.startswith("ru"):
                record.setdefault("ru", []).append(text)
            elif lang.startswith("en"):
                _add_term(record, sec, text, path)
            else:
                raise UserError(f"unsupported language {lang!r} (en and ru only)", path, lang_sec.sourceline)
    return record


def _add_term(record: dict, sec, text: str, path: str) -> None:
    notes = {n.get("type"): (n.text or "") for n in _children(sec, "termNote")}
    term_type, status = notes.get("termType"), notes.get("administrativeStatus", "")
    if term_type == "fullForm" and "canonical" not in record:
        record["canonical"] = text
    elif term_type == "shortForm" and "short" not in record:
        record["short"] = text
    elif term_type == "transliteratedForm":
        record.setdefault("translit", []).append(text)
    elif status.startswith(("deprecated", "superseded")):
        settings, plain = _settings(sec)
        wrong: dict = {"text": text}
        for key in ("cue", "fix"):
            if key in settings:
                wrong[key] = settings[key]
        if "cased" in settings:
            wrong["cased"] = settings["cased"] == "true"
        if plain:
            wrong["note"] = "\n".join(plain)
        record.setdefault("wrong", []).append(wrong)
    elif "canonical" not in record:  # a plain TBX: the first non-deprecated term
        record["canonical"] = text
    else:
        record.setdefault("variants", []).append(text)
