"""TSV/CSV import and export: one concept a row, under an explicit header.

List cells hold several values separated by " | " (a literal | is written \\|).
The wrong-form columns are parallel lists: the n-th `wrong_cue` belongs to the
n-th `wrong`. A row whose type is `accept` holds an accepted string in `canonical`.
"""

from __future__ import annotations

import csv
import io
import re

from mtaudit.core.errors import UserError
from mtaudit.glossary.model import Concept
from mtaudit.glossary.schema import parse_records

COLUMNS = ("id", "canonical", "type", "short", "ru", "inflect", "variants", "translit", "wrong",
           "wrong_cue", "wrong_cased", "wrong_fix", "wrong_note", "applicability", "source", "note")
LIST_COLUMNS = ("ru", "variants", "translit")
WRONG_COLUMNS = {"wrong_cue": "cue", "wrong_cased": "cased", "wrong_fix": "fix", "wrong_note": "note"}
_SPLIT = re.compile(r"(?<!\\)\|")
_BOOLS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _delimiter(kind: str) -> str:
    return "\t" if kind == "tsv" else ","


def parse_table(text: str, path: str, kind: str) -> tuple[list[Concept], list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(kind))
    try:
        header = next(reader)
    except StopIteration:
        return [], []
    except csv.Error as exc:
        raise UserError(f"bad {kind.upper()}: {exc}", path, 1) from None
    header = [h.strip() for h in header]
    for name in header:
        if name not in COLUMNS:
            raise UserError(f"unknown column {name!r} (allowed: {', '.join(COLUMNS)})", path, 1)
    for required in ("id", "canonical", "type"):
        if required not in header:
            raise UserError(f"header has no {required!r} column", path, 1)
    records, accept = [], []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise UserError(f"row has {len(row)} cells, the header {len(header)}", path, line)
            cells = {h: c for h, c in zip(header, row) if c != ""}
            if cells.get("type") == "accept":
                accept.append((cells.get("canonical", ""), line))
                continue
            records.append((_record(cells, path, line), line))
    except csv.Error as exc:
        raise UserError(f"bad {kind.upper()}: {exc}", path, reader.line_num) from None
    return parse_records(records, accept, path)


def _record(cells: dict[str, str], path: str, line: int) -> dict:
    record: dict = {}
    for name, cell in cells.items():
        if name in WRONG_COLUMNS:
            continue
        if name in LIST_COLUMNS or name == "wrong":
            record[name] = _split(cell)
        elif name == "inflect":
            record[name] = _bool(cell, name, path, line)
        else:
            record[name] = cell
    if "wrong" in record:
        forms = [{"text": t} for t in record["wrong"]]
        for column, key in WRONG_COLUMNS.items():
            if column not in cells:
                continue
            values = _split(cells[column])
            if len(values) != len(forms):
                raise UserError(f"{column} has {len(values)} values for {len(forms)} wrong forms",
                                path, line)
            for form, value in zip(forms, values):
                if value != "":
                    form[key] = _bool(value, column, path, line) if key == "cased" else value
        record["wrong"] = forms
    else:
        for column in WRONG_COLUMNS:
            if column in cells:
                raise UserError(f"{column} given without a wrong column", path, line)
    return record


def _split(cell: str) -> list[str]:
    return [p.strip().replace("\\|", "|").replace("\\\\", "\\") for p in _SPLIT.split(cell)]


def _bool(value: str, column: str, path: str, line: int) -> bool:
    try:
        return _BOOLS[value.strip().lower()]
    except KeyError:
        raise UserError(f"{column} must be true or false, not {value!r}", path, line) from None


def _join(values) -> str:
    return " | ".join(str(v).replace("\\", "\\\\").replace("|", "\\|") for v in values)


def render_table(concepts: list[Concept], accept, kind: str) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=_delimiter(kind), lineterminator="\n")
    writer.writerow(COLUMNS)
    for c in concepts:
        row = {"id": c.id, "canonical": c.canonical, "type": c.type, "short": c.short or "",
               "ru": _join(c.ru), "inflect": "" if c.inflect is None else str(c.inflect).lower(),
               "variants": _join(c.variants), "translit": _join(c.translit),
               "wrong": _join(w.text for w in c.wrong), "applicability": c.applicability,
               "source": c.source or "", "note": c.note or ""}
        if c.wrong:
            row["wrong_cue"] = _join(w.cue for w in c.wrong)
            if any(w.cased for w in c.wrong):
                row["wrong_cased"] = _join("true" if w.cased else "false" for w in c.wrong)
            if any(w.fix for w in c.wrong):
                row["wrong_fix"] = _join(w.fix or "" for w in c.wrong)
            if any(w.note for w in c.wrong):
                row["wrong_note"] = _join(w.note or "" for w in c.wrong)
        writer.writerow([row.get(col, "") for col in COLUMNS])
    for text in sorted(accept):
        writer.writerow([{"canonical": text, "type": "accept"}.get(col, "") for col in COLUMNS])
    return out.getvalue()
