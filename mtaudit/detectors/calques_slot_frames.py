"""Russian event verbs, manner adverbials and government frames rendered word for word, as
families over word classes and slots kept as data (MT2234, MT2235, MT2236).

MT2234 — проходить/пройти of an event rendered "pass". Russian says an event "прошёл" (passed)
where English says it was held, took place or ran: "the fair passed in the square", "In the park
passed the parade of snowmen" (the verb before its subject after a fronted place or time), "the
championship, which passes these days". The event is any member of the WordNet `event` class
(social events, contests, meetings, fairs, exhibitions, parades, ceremonies, built into
calque_frame_words.tsv by scripts/build_frame_words.py, plus Russian news events WordNet lacks),
so the next festival, spartakiad or subbotnik needs no entry. A subject is read only when the
event noun heads its noun phrase (not "the time of the festival", not "the festival organisers")
and the verb is followed by where, when or how the event went (in the square, on 12 June, under
the slogan, with the participation of, these days); native "pass" keeps its own company: an object
(the meeting passed a resolution, the parade passed the stand), a route (along, through, past, in
front of, in formation), "off", "without incident", "peacefully". Motions, bills, votes and
referendums are no events. The unit is the event clause: a short subject that opens its clause with
the verb ("The tournament passed"), a relative pronoun with the verb and its cue ("which passed
in the park"), or a relative with a time or place phrase before the verb, Russian order ("which for
three days passed in Samara", который три дня проходил).

MT2235 (manner) and MT2236 (government) are frames with slots, one data entry a Russian
construction (calque_slot_frames.yaml: в плановом порядке, в ручном режиме, в нерабочем
состоянии, в необходимом объёме, капитально, не подлежит восстановлению, подлежит сносу, со счётом,
классическим стилем, гонка на 15 км, с участием, до конца сентября after a verb of completing);
each slot is a word list (or a WordNet class: <<class:animal>>), each entry has bad and good
sentences the tests run.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from functools import lru_cache
from importlib import resources

import regex

from mtaudit.core import privatecache
from mtaudit.core.lazyregex import LazyPattern
from mtaudit.core.yamlsafe import load_data
from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.calques_government_frames import classes
from mtaudit.detectors.pattern_table import PatternTable
from mtaudit.rules.model import rule

CONFIG_FILE = "calque_slot_frames.yaml"

EVENT_PASSED = rule(
    "MT2234", "event-passed", "calque",
    summary="“the fair passed in the square”, “In the park passed the parade of snowmen”, “the race, "
            "which passes these days”, “the exhibition will work until 30 March”: Russian проходить/пройти "
            "of an event as “pass”, работать of an exhibition as “work”",
    why="Russian says an event прошёл/пройдёт/проходит (passed, will pass, passes) where English says it "
        "was held, took place, will be held or is under way; MT keeps “pass”, and after a fronted place "
        "or time keeps the Russian order too (“In Gorky Park passed the parade”). The events are "
        "WordNet's social events, contests, meetings, fairs, exhibitions, parades and ceremonies plus "
        "Russian news events (data/calque_frame_words.tsv, class event), so a new kind of event needs no "
        "entry. Native “pass” stays quiet: with an object (the meeting passed a resolution, the parade "
        "passed the stand), a route (along the avenue, through the town, in front of), “passed off”, "
        "“without incident”; a bill, a motion, a vote or a referendum is no event.",
    confidence="likely",
    bad=["The fair of local farmers passed in the central square on Saturday.",
         "In Gorky Park in Perm passed the parade of snowmen.",
         "She won the sprint at the championship, which passes these days in Tyumen.",
         "The festival will pass on 12 June in the city park.",
         "The meeting passed in a warm and friendly atmosphere.",
         "On Sunday in the village passed a fair of honey.",
         "The exhibition of icons will work until 30 March in the museum.",
         "Forty teams came to the olympiad, which for two days passed in Kazan.",
         "The pupils won the contest \"Young Chemist\", which for a week passed in Omsk."],
    good=["The fair of local farmers was held in the central square on Saturday.",
          "The meeting passed a resolution on the new budget.",
          "The parade passed the reviewing stand at noon.",
          "The parade passed along Nevsky Prospekt and in front of the Winter Palace.",
          "The march passed off peacefully, police said.",
          "The bill passed in the Senate on Tuesday.",
          "The storm passed in the night.",
          "In 2019 the festival passed the mark of 100,000 visitors.",
          "The race passed through the village twice.",
          "Time passed slowly at the festival.",
          "The exhibition works well as an introduction to the artist.",
          "The rally, which within a week passed through three regions, ended in Omsk."],
)

MANNER = rule(
    "MT2235", "russian-manner-adverbial", "calque",
    summary="“repaired capitally”, “in a planned order”, “in a manual mode”, “in non-working condition”, "
            "“in the required volume”: a Russian adverb or manner phrase word for word",
    why="Russian gives the manner of an action with an adverb (капитально, кардинально, оперативно, "
        "своевременно) or в + adjective + порядок/режим/состояние/объём (в плановом порядке, в ручном "
        "режиме, в нерабочем состоянии, в необходимом объёме); MT renders each word. English has a "
        "verb or an adverb for them: overhauled, radically, promptly, on time, as planned, manually, "
        "out of order, in full. The adjectives are slots of data (calque_slot_frames.yaml), so the "
        "next procedure adjective needs no rule; English phrases of the same shape (in alphabetical "
        "order, in working order, an emergency order, in manual mode, in poor condition, at full "
        "volume, in a timely manner) are not members.",
    confidence="likely",
    bad=["Since 1974 the dam was never repaired capitally.",
         "The boilers will be repaired in a planned order after the heating season.",
         "Traffic lights at the crossing work in a manual mode until the repair ends.",
         "Of 640 hydrants, 112 are in non-working condition.",
         "The region will receive the subsidies in the required volume."],
    good=["Since 1974 the dam has never had a major overhaul.",
          "The names are listed in alphabetical order.",
          "Shoot in manual mode when the light is low.",
          "Of 640 hydrants, 112 are out of order.",
          "The song played at full volume, and bills were paid in a timely manner."],
)

GOVERNMENT = rule(
    "MT2236", "russian-government-slot-frame", "calque",
    summary="“not subject to restoration”, “with the account 4:2”, “the race on 15 km by classic style”, "
            "“accidents with participation of cows”, “completed until the end of September”: Russian "
            "government frames word for word",
    why="Russian governs with its own prepositions and cases: не подлежит + a verbal noun (not subject "
        "to restoration: beyond repair), со счётом (with the account 4:2: won 4-2), гонка на 15 км "
        "классическим стилем (the race on 15 km by classic style: the 15 km classic), с участием (with "
        "participation of cows: involving cows), до + a date after a verb of completing (completed until "
        "the end of September: by). Each frame is a data entry with slots (calque_slot_frames.yaml); "
        "the English frames of the same words stay quiet (not subject to appeal, with the participation "
        "of experts, closed until the end of September, the race on 15 June).",
    confidence="likely",
    bad=["The car was thrown into a ditch and is not subject to restoration.",
         "She beat Sidorenko in the final with the account 4:2.",
         "She won the race on 15 km by classic style.",
         "Police recorded 14 road accidents with participation of cows and horses.",
         "Repair of the dam will be completed until the end of September."],
    good=["The ruling is final and not subject to appeal.",
          "She beat Sidorenko 4-2 in the final.",
          "The race on 15 June drew 300 skiers.",
          "The conference was held with the participation of experts from ten countries.",
          "The road will stay closed until the end of September."],
)

RULES = {"MT2234": EVENT_PASSED, "MT2235": MANNER, "MT2236": GOVERNMENT}


@lru_cache(maxsize=1)
def config() -> dict:
    return load_data(resources.files("mtaudit.data").joinpath(CONFIG_FILE).read_text(encoding="utf-8"))


def _alternation(words) -> str:
    return "(?:" + "|".join(regex.escape(str(w)).replace(r"\ ", r"\s+").replace(" ", r"\s+")
                            for w in longest_first(str(w) for w in words)) + ")"


def _slot(name: str) -> str:
    if name.startswith("class:"):
        return _alternation(classes().get(name[6:], frozenset()))
    return _alternation(config()["slots"][name])


def compile_template(template: str) -> LazyPattern:
    """The frame's pattern, compiled when first used: the table compiles only the frames whose
    words a text holds (a frame's slots are long word lists, slow to compile)."""
    body = regex.sub(r"<<([\w:]+)>>", lambda m: _slot(m.group(1)), template)
    return LazyPattern(body, regex.IGNORECASE)


@lru_cache(maxsize=1)
def frames() -> tuple[tuple[dict, LazyPattern], ...]:
    """The frames and their patterns, built once per change of the package (core/privatecache.py):
    the slots' word lists make long alternations, slow to write out at every start."""
    return privatecache.memo_bundled("slot-frames", _build_frames, tuple, regex.__version__)


def _build_frames() -> tuple[tuple[dict, LazyPattern], ...]:
    return tuple((f, compile_template(f["template"])) for f in config()["frames"])


@lru_cache(maxsize=1)
def table() -> PatternTable:
    """The frames' patterns with the literals each needs (detectors/pattern_table.py): a frame is
    tried only where its words occur, not at every position of the text."""
    return PatternTable("slot-frames", [pattern for _, pattern in frames()],
                        (resources.files("mtaudit.data").joinpath(CONFIG_FILE).read_bytes(),))


def _fix(entry: dict, m, start: int, end: int, text: str) -> Fix | None:
    """The entry's `fix` template expanded over the match, unless a `fix_unless` group took part
    ("not:group": unless that group did not); a span that opens a sentence keeps its capital."""
    template = entry.get("fix")
    if not template:
        return None
    for cond in entry.get("fix_unless") or ():
        name = cond.split(":", 1)[-1]
        took_part = m.group(name) is not None
        if took_part != cond.startswith("not:"):
            return None
    new = regex.sub(r"\s+", " ", m.expand(template)).strip()
    if text[start:start + 1].isupper() and new[:1].islower():
        new = new[:1].upper() + new[1:]
    if not new or new == text[start:end]:
        return None
    return Fix.replace(start, end, new, Applicability.UNSAFE, f"write “{new}”")


# --- MT2234: an event that "passed" ------------------------------------------------------------

_PASS = regex.compile(r"\b(?P<verb>passed|passes|pass|passing|worked|works|work|working)\b", regex.IGNORECASE)
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’-]*|[,\"«“]")
_AUX_BEFORE_PASS = frozenset("will would shall can could should must may might to does do did".split())
_BE = frozenset("is are was were be been being".split())
_SENTENCE_END = regex.compile(r"[.!?;:\n]")
_FRONT_START = frozenset("""in on at during over last this yesterday today recently from within near next
on after before throughout across""".split())
_TAIL_STOP = frozenset("""which that who whose whom where when while as after before because if since until
said says say is are was were has have had will would can could should must may might and but or he she
they we it i you""".split())
_PRONOUNS = frozenset("""he she they we i you it who police officers someone somebody nobody everyone""".split())
_MOTION_AFTER = regex.compile(r"\s*(?:off|by|along|through|past|down|up|over|across|around|round|near|"
                              r"beside|alongside|into|onto|out|away|without|peacefully|quietly|calmly|"
                              r"uneventfully|smoothly|unnoticed|in\s+front|on\s+to|the\s+(?:\w+\s+)?"
                              r"(?:stand|stands|tribune|point|mark|line|finish|border|house|building|"
                              r"palace|square|village|town|city))\b", regex.IGNORECASE)


_DETERMINERS = frozenset("the a an this that these those its their".split())
# words a clause may open with before its subject ("and the match passed", "when the fair passed")
_CLAUSE_OPENERS = frozenset("and but or so then when while after before as because since until".split())
_RELATIVE_PREPS = frozenset("for during over in on at within throughout from".split())


def _event_words(before, k, events) -> int:
    """How many words of an event noun end at before[k] (0 when none)."""
    return _event_at([w for w, _ in before], k, events) if k >= 0 else 0


def _relative_phrase(before, events) -> int | None:
    """The index of "which" in "the championship, which for three days passed": a relative pronoun
    after an event noun, then a phrase of time or place (two to five words opening with a
    preposition) before the verb, Russian order (который три дня проходил); None otherwise."""
    words = [w.lower() for w, _ in before]
    for r in range(len(words) - 3, max(-1, len(words) - 7), -1):
        if words[r] not in ("which", "that"):
            continue
        phrase = words[r + 1:]
        if not phrase or phrase[0] not in _RELATIVE_PREPS or any(w == "," or w in _TAIL_STOP for w in phrase):
            return None
        e = r - 1 - (r > 0 and words[r - 1] == ",")
        if e > 0 and words[e] in ('"', "»", "”"):
            # the event's name in quotes: "the tournament "Volga Cup", which …"
            q = next((x for x in range(e - 1, max(-1, e - 6), -1) if words[x] in ('"', "«", "“")), None)
            e = q - 1 if q is not None else -1
        return r if e >= 0 and _event_words(before, e, events) else None
    return None


@lru_cache(maxsize=1)
def _event_config():
    d = config()["event_pass"]
    return (regex.compile(r"\s*(?:" + d["after"] + ")", regex.IGNORECASE),
            frozenset(d["tail_starts"]), frozenset(d["between"]), frozenset(d["not_before"]))


@lru_cache(maxsize=1)
def _work_config():
    d = config()["event_work"]
    return (frozenset(w.lower() for w in d["events"]), regex.compile(r"\s*(?:" + d["after"] + ")", regex.IGNORECASE))


def _event_at(words: list[str], i: int, events: frozenset[str]) -> int:
    """Length (1-3 words) of an event noun ending at words[i], or 0."""
    for n in (3, 2, 1):
        if i - n + 1 < 0:
            continue
        phrase = " ".join(words[i - n + 1:i + 1]).lower()
        forms = {phrase}
        if phrase.endswith("s"):
            forms |= {phrase[:-1], phrase[:-2] if phrase.endswith("es") else phrase}
        if forms & events:
            return n
    return 0


class SlotFramesDetector:
    name = "calques-slot-frames"
    rules = (EVENT_PASSED, MANNER, GOVERNMENT)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        if "pass" in text or "work" in text:
            yield from self._event_passed(doc, text)
        seen: list[tuple[int, int]] = []
        rows = frames()
        for i, m in table().matches(text):
            entry, pattern = rows[i]
            start, end = m.span("span") if "span" in pattern.groupindex and m.group("span") else m.span()
            if start == end or any(start < e and s < end for s, e in seen):
                continue
            seen.append((start, end))
            yield RULES[entry["rule"]].finding(
                doc, start, end, f"“{text[start:end]}” renders Russian “{entry['ru']}” word for word; "
                f"English: “{entry['english']}”", fix=_fix(entry, m, start, end, text))

    # the event as subject ("the fair passed in the square") or after its verb ("In the park passed the
    # parade"); the verb must be followed by where, when or how the event went
    def _event_passed(self, doc, text):
        all_events = classes().get("event", frozenset())
        pass_after, tail_starts, between, not_before = _event_config()
        work_events, work_after = _work_config()
        for m in _PASS.finditer(text):
            verb = m.group("verb").lower()
            # работать of an exhibition or a fair: "the exhibition will work until 30 May"
            working = verb.startswith("work")
            events, after = (work_events, work_after) if working else (all_events, pass_after)
            verb = verb.replace("work", "pass")
            s0 = max([0, *(x.end() for x in _SENTENCE_END.finditer(text, max(0, m.start() - 300), m.start()))])
            before = [(w.group(), w.start()) for w in _WORD.finditer(text, s0, m.start())]
            if verb == "pass" and not (before and before[-1][0].lower() in _AUX_BEFORE_PASS):
                continue
            if verb == "passing" and not (before and before[-1][0].lower() in _BE):
                continue
            hit = self._fronted(text, m, before, events)
            if hit is None:
                if _MOTION_AFTER.match(text, m.end()) or not after.match(text, m.end()):
                    continue
                relative = _relative_phrase(before, events)
                subject = -1 if relative is not None else self._subject(before, events, tail_starts, between,
                                                                       not_before)
                if relative is None and subject is None:
                    continue
                cue = after.match(text, m.end())
                start = m.start()
                k = len(before) - 1
                while k >= 0 and before[k][0].lower() in ("which", "that", "will", "has", "have", "had", "is",
                                                          "are", "was", "were", "to", "be", "been", "also",
                                                          "successfully", "already", "traditionally", "annually"):
                    start = before[k][1]
                    k -= 1
                if relative is not None:
                    start = before[relative][1]  # "which for three days passed in Samara"
                elif subject >= 0 and subject == k + 1 - _event_words(before, k, events) \
                        and not any(w.lower() in ("which", "that") for w, _ in before[k + 1:]):
                    # a short subject right before the verb group is the unit: "The tournament passed"
                    first = subject
                    for back in (1, 2, 3):  # "the ecological action": a determiner and its adjectives
                        if first - back >= 0 and before[first - back][0].lower() in _DETERMINERS and all(
                                w.isalpha() and w.islower() for w, _ in before[first - back + 1:first]):
                            first -= back
                            break
                    if not (first > 0 and before[first - 1][0][:1].isalpha() and before[first - 1][0][:1].islower()
                            and before[first - 1][0].lower() not in _CLAUSE_OPENERS):
                        start, cue = before[first][1], None  # a subject that opens its clause
                if cue is None:
                    hit = (start, m.end())
                    yield EVENT_PASSED.finding(
                        doc, hit[0], hit[1],
                        f"“{text[hit[0]:hit[1]]}” renders Russian проходить/пройти (прошёл, пройдёт, проходит) of an "
                        "event with “pass”; English says the event was held, took place, will be held or is under way")
                    continue
                ws = list(regex.finditer(r"\S+", text[cue.end():cue.end() + 40]))
                end = cue.end()
                if cue.group().strip().lower() in ("in", "at", "on", "among") and ws:
                    end = cue.end() + ws[0].end()
                    if ws[0].group().lower() in ("a", "an", "the") and len(ws) > 1:
                        end = cue.end() + ws[1].end()
                end = regex.compile(r"[\p{L}\d]*").match(text, end).end()   # to the end of the cue's word
                end = len(text[:end].rstrip(".,;:!?)\"”»"))
                hit = (start, end)
            yield EVENT_PASSED.finding(
                doc, hit[0], hit[1],
                f"“{text[hit[0]:hit[1]]}” renders Russian работать of an exhibition or a fair (выставка "
                "работает до) with “work”; English: the exhibition runs until, is open from" if working else
                f"“{text[hit[0]:hit[1]]}” renders Russian проходить/пройти (прошёл, пройдёт, проходит) of an "
                "event with “pass”; English says the event was held, took place, will be held or is under way")

    @staticmethod
    def _subject(before, events, tail_starts, between, not_before) -> int | None:
        """The index of the event noun's first word when an event is the verb's subject, else None."""
        words = [w for w, _ in before]
        k = len(words) - 1
        while k >= 0 and words[k].lower() in between:
            k -= 1
        # walk back over an attribute tail (of folk crafts, for children) to the event noun
        for i in range(k, max(-1, k - 9), -1):
            n = _event_at(words, i, events)
            if not n:
                if i < k and words[i].lower() in _TAIL_STOP:
                    return None
                continue
            if i < k and words[i + 1].lower() not in tail_starts:
                continue
            first = i - n + 1
            prev = words[first - 1].lower() if first > 0 else ""
            if prev in not_before:
                return None
            return first
        return None

    @staticmethod
    def _fronted(text, m, before, events):
        """The verb after a fronted place or time and before its event: "In the park passed the parade
        of snowmen", "where passed the festival". Returns the span (verb … event noun) or None."""
        if m.group("verb").lower() == "passing":
            return None
        words = [w.lower() for w, _ in before]
        aux = 0
        while aux < len(words) and words[-1 - aux] in ("will", "has", "have", "had"):
            aux += 1
        front = words[:len(words) - aux]
        if not front:
            return None
        if front[-1] not in ("where", "when") and not (front[0] in _FRONT_START or front[0].isdigit()):
            return None
        if front[-1] not in ("where", "when"):
            if any(w in _PRONOUNS for w in front):
                return None
            # every determiner of the fronted phrase follows a preposition: no subject inside it
            for j, w in enumerate(front):
                if w in ("the", "a", "an", "this", "that", "his", "her", "their", "its") and j > 0 \
                        and front[j - 1] not in ("in", "on", "at", "of", "during", "over", "near", "from",
                                                 "within", "after", "before", "throughout", "across", "to",
                                                 "for", "with", "by", "last", ","):
                    return None
            # a capitalised word after a lower-case non-preposition word is a name as subject
            raw = [w for w, _ in before[:len(before) - aux]]
            for j in range(1, len(raw)):
                if raw[j][:1].isupper() and raw[j - 1][:1].islower() and raw[j - 1].lower() not in (
                        "in", "on", "at", "of", "near", "from", "during", "over", "to", "within", "across",
                        "throughout", "and"):
                    return None
        ws = list(regex.finditer(r"[\p{L}\d][\p{L}\d'’-]*", text[m.end():m.end() + 80]))
        if not ws or ws[0].group().lower() not in ("the", "a", "an"):
            return None
        names = [w.group() for w in ws]
        for i in range(1, min(len(names), 5)):
            n = _event_at(names, i, events)
            if not n:
                continue
            if not all(w[:1].islower() or w[:1].isdigit() for w in names[1:i + 1]):
                return None
            gap = text[m.end() + ws[i].end():m.end() + ws[i].end() + 1]
            nxt = names[i + 1].lower() if i + 1 < len(names) else ""
            if gap == " " and nxt and nxt not in ("of", "in", "on", "at", "for", "with", "which", "that",
                                                  "where", "among", "between", "dedicated", "devoted", "and"):
                return None
            start = before[len(before) - aux][1] if aux else m.start()
            return start, m.end() + ws[i].end()
        return None


DETECTOR = SlotFramesDetector()
