"""Shared by the fuzz targets: turn libFuzzer bytes into article-like text.

Half of the time the text is assembled from a dictionary of news words, glossary names,
quote marks and awkward characters (so detectors fire); otherwise it is the raw input
decoded as any Unicode (lone surrogates excluded: no file decodes to one).
"""

from __future__ import annotations

WORDS = ("the president said on Tuesday that talks would continue writes Reuters according to "
         "Donald trump the tramp Trump Vladimir Putin Peskov sands Kremlin Кремль заявил Путин "
         "ministry of Defence State Duma U.S. Mr. Lavrov at the same time in turn told journalists").split()
MARKS = list("“”«»„\"'‘’()[]{}<>&:;,.!?-—–/\\*#…") + ["\x00", "\r", "\n", "\r\n", "\n\n", "\t", "\ufeff",
          "\u200b", "\u200d", "\u00a0", "\u2028", "\u0301", "\U0001F600", "שלום", "مرحبا", "\u202e", "İ", " "]
PIECES = WORDS + MARKS


# The shapes the adversarial review found slow (issue 18): one character repeated (whitespace,
# dots, "a-", quote marks), one very long line, deep nesting of brackets and quotes.
RUN_UNITS = [" ", "\n", "\t", ".", "-", "a-", "(", "[", "“", "\"", "'", "«", "—", "A", "a", "(a", "\u00a0",
             "... ", "x ", "“a ", "( ", "- ", "trump ", "Mr. ", "U.S. ", "\r\n", "\n\n"]
OPENERS = ["(", "[", "“", "«", "\"", "‘", "{"]
LONG = 20_000  # characters: long enough that quadratic work shows (seconds), linear stays in ms


def long_run(fdp) -> str:
    """A run of one unit up to LONG characters, between two pieces of text."""
    unit = RUN_UNITS[fdp.ConsumeIntInRange(0, len(RUN_UNITS) - 1)]
    count = fdp.ConsumeIntInRange(1, LONG // len(unit))
    return f"{_piece(fdp)}{unit * count}{_piece(fdp)}"


def long_line(fdp) -> str:
    """Sentences repeated into one line of up to LONG characters (no line break)."""
    words = " ".join(_piece(fdp) for _ in range(fdp.ConsumeIntInRange(1, 12)))
    return (words + " ") * fdp.ConsumeIntInRange(1, max(1, LONG // max(len(words) + 1, 1)))


def deep_nesting(fdp) -> str:
    """Brackets and quotes opened up to 2,000 deep, closed or not."""
    depth = fdp.ConsumeIntInRange(1, 2000)
    opens = [OPENERS[fdp.ConsumeIntInRange(0, len(OPENERS) - 1)] for _ in range(min(depth, 8))]
    close = {"(": ")", "[": "]", "“": "”", "«": "»", "\"": "\"", "‘": "’", "{": "}"}
    inner = " ".join(_piece(fdp) for _ in range(3))
    left = "".join(opens[i % len(opens)] + "x " for i in range(depth))
    right = "".join(close[opens[i % len(opens)]] for i in reversed(range(depth))) if fdp.ConsumeBool() else ""
    return left + inner + right


def _piece(fdp) -> str:
    return PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)]


def article(fdp) -> str:
    shape = fdp.ConsumeIntInRange(0, 7)
    if shape <= 2:
        n = fdp.ConsumeIntInRange(0, 200)
        return "".join(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)]
                       + (" " if fdp.ConsumeBool() else "") for _ in range(n))
    if shape == 3:
        return long_run(fdp)
    if shape == 4:
        return long_line(fdp)
    if shape == 5:
        return deep_nesting(fdp)
    return fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())


# one article through every detector before fuzzing starts: the first audit loads the models, the
# data files and compiles the rules' patterns (seconds, more on a loaded machine), which is no work
# of any input and must not count against libFuzzer's per-input -timeout
WARM_UP = ("MOSCOW, 3 March. The president said on Tuesday that talks would continue, writes Reuters. "
           "According to Peskov, the ministry of Defence told journalists in the State Duma that "
           "Mr. Lavrov «met» Donald trump (TASS).\n\nIt said its plans were ready, 1,5 thousand rubles.")


def warm_up(ctx) -> None:
    from mtaudit.audit.fixes import FixPolicy, fix_document
    from mtaudit.text.document import Document

    fix_document(Document(WARM_UP, doc_id="warm-up"), ctx, policy=FixPolicy(unsafe=True))
