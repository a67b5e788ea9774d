"""The first `fix` pass of a big document, planned without holding its findings as objects.

`fixes.plan` takes every finding as an object and returns an Outcome for each: on a dense 50 MB
text that is ~350k findings at ~500-600 bytes, all held at once at the peak of the run (with
the text and the fixed text being spliced). But a finding's fate depends on other findings only
when it is a candidate fix (a fix that may apply, see `fixes._fate`): every other fate is known
the moment the finding is final. So the first pass sees each finding as the audit settles it
(`audit(keep=...)`), writes it to a compressed spool (mtaudit.audit.spool), notes its fate as
one byte, and keeps only the candidates' indices: `plan` reads them back from the spool and
decides them by `fixes.plan`'s overlap rule exactly as before. The outcomes are rebuilt from the
spool, the fate bytes and the few overlap reasons as they are read: the same Outcomes, in the
same order.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from mtaudit.audit import fixes
from mtaudit.audit.spool import Picked, Spooled, SpoolWriter
from mtaudit.core.types import Finding

_STATUSES = list(fixes.Status)
_CANDIDATE = 255


class FirstPass:
    """Collects the first pass's findings as the audit settles them (`keep`, which holds
    nothing for the audit), then plans their fixes (`plan`)."""

    def __init__(self, policy: fixes.FixPolicy, text_length: int) -> None:
        self.policy, self.text_length = policy, text_length
        self.spool = SpoolWriter()
        self.places = fixes._Places()
        self.fates = bytearray()
        self.reasons: dict[int, str] = {}           # reasons that differ from their status's usual one
        self.usual: dict[fixes.Status, str] = {}    # the first reason seen for each status
        # the indices of the findings whose fix may apply: the findings themselves are read back
        # from the spool when planned (held as objects, made amid each stretch's transient
        # objects, they cost ~2 MB per MB of a dense one-line text and kept that garbage's
        # memory from going back)
        self.candidates = array("q")

    def keep(self, f: Finding) -> None:
        i = len(self.fates)
        self.spool.append(f)
        self.places.add(f)
        fate = fixes._fate(f, self.policy.verdicts.get(f.fingerprint), self.text_length, self.policy.unsafe)
        if fate is None:
            self.fates.append(_CANDIDATE)
            self.candidates.append(i)
        else:
            self._note(i, fate.status, fate.reason)
        return None

    def _note(self, i: int, status: fixes.Status, reason: str) -> None:
        if i == len(self.fates):
            self.fates.append(0)
        self.fates[i] = _STATUSES.index(status)
        usual = self.usual.setdefault(status, reason)
        if reason != usual:
            self.reasons[i] = reason

    def plan(self) -> tuple["Outcomes", Picked]:
        """The outcomes of every finding (rebuilt as read) and the applied findings in order:
        `fixes.plan`'s overlap rule over the candidates, read back from the spool in about
        the order they were written (a chunk decoded at a time)."""
        findings = self.spool.close()
        taken, starts, owners = [], [], []  # owners: (code, start, end) of the finding each taken edit is of
        applied = array("q")
        for i in fixes._in_overlap_order(findings, self.candidates, self.text_length):
            f = findings[i]
            clash = next((c for c in (fixes._clash_at(taken, starts, e) for e in f.fix.edits) if c >= 0), -1)
            if clash >= 0:
                code, start, end = owners[clash]
                self._note(i, fixes.Status.OVERLAP, f"overlaps {code} at {start}-{end}, applied first")
                continue
            for e in f.fix.edits:
                k = fixes.bisect.bisect_left(starts, e.start)
                taken.insert(k, e)
                starts.insert(k, e.start)
                owners.insert(k, (f.code, f.start, f.end))
            self._note(i, fixes.Status.APPLIED, "")
            applied.append(i)
        self.candidates = array("q")
        outcomes = Outcomes(findings, self.fates, self.reasons, self.usual)
        return outcomes, Picked(findings, sorted(applied))


class Outcomes(Sequence):
    """The first pass's outcomes, each rebuilt from its spooled finding, its fate byte and
    its reason as it is read (see the module docstring). `findings` is the spool itself."""

    def __init__(self, findings: Spooled, fates: bytearray, reasons: dict[int, str],
                 usual: dict[fixes.Status, str]) -> None:
        self.findings, self._fates, self._reasons, self._usual = findings, fates, reasons, usual

    def __len__(self) -> int:
        return len(self._fates)

    def _outcome(self, i: int, f: Finding) -> fixes.Outcome:
        status = _STATUSES[self._fates[i]]
        return fixes.Outcome(f, status, self._reasons.get(i, self._usual[status]))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        return self._outcome(i, self.findings[i])

    def __iter__(self):
        return (self._outcome(i, f) for i, f in enumerate(self.findings))

    def where(self, *statuses: fixes.Status):
        """The outcomes with one of `statuses`, in order, reading only the chunks that hold them."""
        wanted = {_STATUSES.index(s) for s in statuses}
        return (self[i] for i, fate in enumerate(self._fates) if fate in wanted)

    def __eq__(self, other) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __add__(self, other) -> list:
        return [*self, *other]
