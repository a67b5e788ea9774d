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


def article(fdp) -> str:
    if fdp.ConsumeBool():
        n = fdp.ConsumeIntInRange(0, 200)
        return "".join(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)]
                       + (" " if fdp.ConsumeBool() else "") for _ in range(n))
    return fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
