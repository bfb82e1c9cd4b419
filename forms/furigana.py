"""振り仮名 (furigana) candidates for a name, best first, from SudachiDict's name readings.

The My Number Card's chip holds no reading, but since 2025-05-26 the 振り仮名 of the name is an
item of the 住民票. The counter proposes readings and the resident confirms one (or types it):
a reading is never guessed silently. This module proposes; it never decides.

Where the readings come from: SudachiDict (the ``core`` edition, through SudachiPy; a data pack
beside the program, :mod:`forms.datapacks`), a maintained dictionary whose entries carry a
reading and a part of speech — ``名詞-固有名詞-人名-姓`` for surnames, ``…-人名-名`` for given
names. SudachiPy exposes no word cost, so "best" is the analyser's choice (the lowest-cost path
of its lattice) and then the dictionary's order. For one part of a name (氏 or 名) the
candidates are, in this order:

1. the dictionary's name entries of the part's role (姓 for the family name, 名 for the given
   name) — first the one the analyser picks when it reads the whole name (or, given one part
   only, that part);
2. for a given name of one kanji, the reading of the verb it writes (名乗り: 翔 → 翔る カケル,
   進 → 進む ススム), when that reading is one given names have;
3. readings put together from the part's pieces (陽|菜 → ヒ + ナ), only when other names of
   the same role are read so and write each piece in the same place (陽奈, 日菜 … → ヒナ);
   at most two, best backed first;
4. the part's name entries of the other role (田中 as a given name), then its other
   proper-noun entries (place names: 清水 キヨミズ);
5. the analyser's reading of the part as words (黒桐 → クロ + キリ), when nothing above gave
   one, so any part with a reading gets at least one candidate;
6. the first reading of each character, when even the analyser has none.

Every candidate is full-width katakana (:func:`forms.kana.is_katakana`), without repeats, and
at most ``limit`` (5) per part. A part that is not written in kanji or kana — a foreign
resident's ローマ字 name — gets no candidate: it is typed or left for staff.

Characters outside the dictionary's repertoire (外字 such as 𠮷, 髙, 﨑, and ideographic
variation selectors) are looked up as their common form (吉, 高, 崎): for the lookup only, the
name itself is never changed.

The dictionary loads once per process, on first use, through :func:`warm_up`, or in small steps
through :func:`warm_up_steps` (the counter's screens run those while idle: building the index of
names' readings takes seconds); loading is guarded by a lock, so threads share one copy.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from forms.kana import is_katakana, to_katakana

if TYPE_CHECKING:
    from sudachipy import Dictionary, Morpheme, Tokenizer

__all__ = [
    "LIMIT",
    "MAX_NAME_LENGTH",
    "Part",
    "Readings",
    "ReadingsUnavailable",
    "candidates",
    "candidates_for",
    "is_loaded",
    "needs_candidates",
    "part_candidates",
    "split_name",
    "warm_up",
    "warm_up_steps",
]

Part = Literal["family", "given"]

#: Candidates offered per part of a name: more than five buttons help nobody choose.
LIMIT = 5

#: Longest part of a name looked up (a name part is at most 100 characters; readings of longer
#: text are not names). Pieces are put together only for parts of up to :data:`_MAX_PIECED`.
MAX_NAME_LENGTH = 100
_MAX_PIECED = 6
_MAX_PIECE = 4
_MAX_PIECES = 3
_READINGS_PER_PIECE = 8
#: At most this many such readings: the dictionary's own entries come first and weigh more.
_MAX_PIECED_CANDIDATES = 2

#: 外字 and old forms seen in names → the form the dictionary knows (lookup only).
_FOLD = str.maketrans(
    {
        "\U00020bb7": "吉",  # 𠮷 (つちよし)
        "髙": "高",  # はしごだか
        "﨑": "崎",  # たつさき
        "德": "徳",
        "濵": "浜",
        "邉": "辺",
        "邊": "辺",
        "栁": "柳",
        "槗": "橋",
        "曻": "昇",
        "﨔": "欅",
    }
)
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_KANJI = re.compile(
    r"[\u3005\u3006\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)
_KANA = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f]+$")
_SPACE = re.compile(r"[ \u3000]+")
#: No reading of a name starts with these (a small kana, ン, ー); readings ending in ッ are the
#: dictionary's forms before a consonant (黒 コッ), never a name's.
_NO_START = "ァィゥェォッャュョヮンー・\u3000"

_ROLE_POS = {"family": "姓", "given": "名"}
_VERB_ENDINGS = ("る", "む", "う", "ぶ", "く", "す", "つ", "ぐ")


class ReadingsUnavailable(RuntimeError):
    """The reading dictionary cannot be loaded (not installed, damaged)."""


@dataclass(frozen=True)
class Readings:
    """Candidate readings of a name: ``family`` (氏) and ``given`` (名), katakana, best first."""

    family: tuple[str, ...]
    given: tuple[str, ...]

    def to_dict(self) -> dict[str, list[str]]:
        return {"family": list(self.family), "given": list(self.given)}


class _Lexicon:
    """SudachiDict, its analyser, and its name entries' surfaces by reading."""

    def __init__(self) -> None:
        try:
            from sudachipy import Dictionary, SplitMode
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ReadingsUnavailable(f"SudachiPy is not installed ({exc})") from None
        from forms import datapacks

        pack = datapacks.find(datapacks.FURIGANA)
        if pack is None or not pack.path.is_file():
            where = datapacks.packs_folder() or "the sudachidict-core package"
            raise ReadingsUnavailable(f"SudachiDict is not installed (looked in {where})")
        try:
            # An absolute path: SudachiPy opens that file, wherever the pack is.
            self.dictionary: Dictionary = Dictionary(dict=str(pack.path.resolve()))
        except Exception as exc:
            raise ReadingsUnavailable(f"SudachiDict cannot be loaded ({exc})") from None
        self.tokenizer: Tokenizer = self.dictionary.tokenizer(mode=SplitMode.C)
        self.lock = threading.Lock()  # one lookup or analysis at a time: tokenizers keep state
        self.name_pos: dict[int, str] = {}
        pos_id = 0
        while True:
            try:
                pos = self.dictionary.pos_of(pos_id)
            except Exception:
                break
            if pos is None:
                break
            if pos[:3] == ("名詞", "固有名詞", "人名"):
                self.name_pos[pos_id] = pos[3]
            pos_id += 1
        self._siblings: dict[tuple[str, str], str] | None = None
        self._scan: Iterator[Morpheme] | None = None
        self._found: dict[tuple[str, str], list[str]] = {}

    def index_step(self, chunk: int) -> bool:
        """Scan up to ``chunk`` more lexicon entries into the index of names by reading;
        False once the index is complete (the scan is the seconds a warm-up takes)."""
        if self._siblings is not None:
            return False
        if self._scan is None:
            self._scan = iter(self.dictionary.entries())
        name_pos, found, seen = self.name_pos, self._found, 0
        for m in itertools.islice(self._scan, chunk):
            seen += 1
            role = name_pos.get(m.part_of_speech_id())
            if role in ("姓", "名"):
                found.setdefault((role, m.reading_form()), []).append(m.surface())
        if seen == chunk:
            return True
        # strings, not lists, to keep it small
        self._siblings = {key: "\0".join(surfaces) for key, surfaces in found.items()}
        self._found, self._scan = {}, None
        return False

    def siblings(self) -> dict[tuple[str, str], str]:
        """Surfaces of the name entries, by (role ``姓`` / ``名``, reading), joined by NUL."""
        while self.index_step(200_000):
            pass
        assert self._siblings is not None
        return self._siblings

    def support(self, role: str, reading: str, text: str, pieces: list[str]) -> int:
        """How well other names back ``reading`` for ``text`` cut into ``pieces``: 0 unless every
        piece is written, in its place, in some other name of ``role`` read so; else how many
        such names there are.

        陽|菜 ヒナ: 陽奈 backs 陽 and 日菜 backs 菜, so ヒ + ナ is a reading names have; 山|下
        ヤマモト: 山本 backs 山, but no name read ヤマモト has 下 second, so it is not offered.
        """
        joined = self.siblings().get((role, reading))
        if not joined:
            return 0
        others = [s for s in joined.split("\0") if len(s) == len(text) and s != text]
        total = 0
        start = 0
        for piece in pieces:
            end = start + len(piece)
            backing = sum(1 for s in others if s[start:end] == piece)
            if not backing:
                return 0
            total += backing
            start = end
        return total

    def role(self, m: Morpheme) -> str | None:
        """``姓`` / ``名`` / ``一般`` for a name entry, None for any other word."""
        return self.name_pos.get(m.part_of_speech_id())

    def lookup(self, surface: str) -> list[Morpheme]:
        with self.lock:
            found = list(self.dictionary.lookup(surface))
            if not found:
                folded = _fold(surface)
                if folded != surface:
                    found = list(self.dictionary.lookup(folded))
        return found

    def analyse(self, text: str) -> list[Morpheme]:
        with self.lock:
            return list(self.tokenizer.tokenize(_fold(text)))


_lexicon: _Lexicon | None = None  # loaded and indexed
_opened: _Lexicon | None = None  # loaded, its index being built by warm_up_steps
_failure: ReadingsUnavailable | None = None
_lexicon_lock = threading.Lock()

#: Lexicon entries scanned per step of :func:`warm_up_steps` (some tens of milliseconds).
WARM_UP_CHUNK = 25_000


def _open() -> _Lexicon:
    """The dictionary, opened once (call with the lock held)."""
    global _opened, _failure
    if _failure is not None:
        raise _failure  # a missing dictionary does not come back by trying again
    if _opened is None:
        try:
            _opened = _Lexicon()
        except ReadingsUnavailable as exc:
            _failure = exc
            raise
    return _opened


def _get() -> _Lexicon:
    """The process's one lexicon, loaded and indexed by the first caller (the others wait)."""
    global _lexicon, _opened
    if _lexicon is None:
        with _lexicon_lock:
            if _lexicon is None:
                lexicon = _open()
                lexicon.siblings()  # finishes what warm_up_steps began, if anything
                _lexicon, _opened = lexicon, None
    return _lexicon


def warm_up() -> None:
    """Load the dictionary and its index of name readings now, all at once; raises
    :class:`ReadingsUnavailable` when it cannot."""
    _get()


def warm_up_steps(chunk: int = WARM_UP_CHUNK) -> Iterator[None]:
    """Load the dictionary in small steps, for an event loop to run one per idle turn.

    The counter's screens do this from their own thread, not a worker thread: a few seconds of
    allocation on another thread would let Python's garbage collector run there and free Qt
    objects away from the thread that owns them. Raises :class:`ReadingsUnavailable` at the
    first step when the dictionary cannot be loaded; a lookup meanwhile finishes the work.
    """
    global _lexicon, _opened
    while True:
        with _lexicon_lock:
            if _lexicon is not None:
                return
            lexicon = _open()
            if not lexicon.index_step(chunk):
                _lexicon, _opened = lexicon, None
                return
        yield


def is_loaded() -> bool:
    """The dictionary is loaded: candidates come without a wait."""
    return _lexicon is not None


def _fold(text: str) -> str:
    return _VARIATION_SELECTORS.sub("", unicodedata.normalize("NFC", text)).translate(_FOLD)


def needs_candidates(text: str) -> bool:
    """A name part written (at least partly) in kanji or kana, whose reading can be proposed.

    A ローマ字 name (a foreign resident's) has none: its katakana is typed, or left to staff.
    """
    return bool(_KANJI.search(text)) or bool(re.search(r"[\u3041-\u30ff\uff66-\uff9f]", text))


def split_name(name: str) -> tuple[str, str]:
    """``"氏　名"`` → (氏, 名): at the first full-width or ASCII space; no space → all 氏."""
    family, _, given = _SPACE.sub("\u3000", name.strip()).partition("\u3000")
    return family.strip(), given.strip()


def _clean(reading: str) -> str | None:
    """A reading as the register writes it (full-width katakana), or None when it is not one."""
    kana = to_katakana(reading)
    if not kana or not is_katakana(kana) or kana.endswith("ッ") or kana[0] in _NO_START:
        return None
    return kana


class _Ranked:
    """Candidates in the order they were offered, without repeats, up to a limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.items: list[str] = []

    @property
    def full(self) -> bool:
        return len(self.items) >= self.limit

    def add(self, readings: Iterable[str]) -> None:
        for r in readings:
            if self.full:
                return
            kana = _clean(r)
            if kana is not None and kana not in self.items:
                self.items.append(kana)


def _name_entries(
    lex: _Lexicon, text: str, part: Part, preferred: str | None
) -> tuple[list[str], list[str]]:
    """Readings of the part's own name entries: (of its role, of the other roles).

    Of its role, ``preferred`` (the analyser's choice in context) first, then the dictionary's
    order; the other roles' (田中 read as a given name, デンチュウ) come much later.
    """
    role = _ROLE_POS[part]
    own: list[str] = []
    other: list[str] = []
    for m in lex.lookup(text):
        r = lex.role(m)
        if r is not None:
            (own if r == role else other).append(m.reading_form())
    if preferred is not None and preferred in own:
        own.insert(0, preferred)
    return own, other


def _contextual(lex: _Lexicon, family: str, given: str) -> tuple[str | None, str | None]:
    """The readings the analyser gives each part when reading the whole name, when its words
    line up with the parts and are name entries (the lattice's lowest-cost choice)."""
    if not family or not given:
        return None, None
    morphemes = lex.analyse(family + given)
    boundary = len(_fold(family))
    head = [m for m in morphemes if m.end() <= boundary]
    tail = [m for m in morphemes if m.begin() >= boundary]
    if len(head) + len(tail) != len(morphemes):
        return None, None

    def one(ms: list[Any]) -> str | None:
        if len(ms) == 1 and lex.role(ms[0]) is not None:
            return str(ms[0].reading_form())
        return None

    return one(head), one(tail)


def _alone(lex: _Lexicon, text: str, part: Part) -> str | None:
    """The reading the analyser picks for the part on its own, when it reads it as one name
    entry of the part's role (the lattice's choice, for want of the whole name)."""
    ms = lex.analyse(text)
    if len(ms) == 1 and lex.role(ms[0]) == _ROLE_POS[part]:
        return str(ms[0].reading_form())
    return None


def _verb_readings(lex: _Lexicon, text: str) -> Iterator[str]:
    """名乗り from a verb: a one-kanji given name read as the verb it writes (翔 → カケル)."""
    if len(text) != 1 or not _KANJI.match(text):
        return
    for ending in _VERB_ENDINGS:
        ms = lex.analyse(text + ending)
        if len(ms) != 1 or ms[0].part_of_speech()[0] != "動詞" or ms[0].surface() != text + ending:
            continue
        reading = ms[0].reading_form()
        if ("名", reading) in lex.siblings():  # a reading given names have (not 翔ぶ トブ)
            yield reading
            return


def _segmentations(text: str) -> Iterator[list[str]]:
    """Ways to cut ``text`` into 2..3 pieces of up to :data:`_MAX_PIECE` characters each,
    fewest pieces first."""
    n = len(text)
    for pieces in range(2, _MAX_PIECES + 1):
        for cuts in itertools.combinations(range(1, n), pieces - 1):
            bounds = (0, *cuts, n)
            parts = [text[a:b] for a, b in itertools.pairwise(bounds)]
            if all(len(p) <= _MAX_PIECE for p in parts):
                yield parts


def _pieced(lex: _Lexicon, text: str, part: Part) -> list[str]:
    """Readings put together from the part's pieces (陽|菜 → ヒ + ナ), best supported first.

    A reading is kept only when other names of the same role, read so, write each piece in
    the same place (:meth:`_Lexicon.support`): 陽菜 → ヒナ (陽奈, 日菜 …), not ヨウサイ.
    """
    if not 2 <= len(text) <= _MAX_PIECED:
        return []
    role = _ROLE_POS[part]
    folded = _fold(text)
    support: dict[str, int] = {}
    for pieces in _segmentations(folded):
        options: list[list[str]] = []
        for piece in pieces:
            readings = list(
                dict.fromkeys(
                    r for m in lex.lookup(piece) if is_katakana(r := m.reading_form()) and r
                )
            )
            if not readings:
                break
            options.append(readings[:_READINGS_PER_PIECE])
        else:
            for combo in itertools.product(*options):
                reading = "".join(combo)
                backing = lex.support(role, reading, folded, pieces)
                support[reading] = max(support.get(reading, 0), backing)
    kept = [r for r, n in support.items() if n > 0]
    kept.sort(key=lambda r: -support[r])  # stable: ties keep the pieces' order
    return kept[:_MAX_PIECED_CANDIDATES]


def _other_proper(lex: _Lexicon, text: str) -> Iterator[str]:
    for m in lex.lookup(text):
        pos = m.part_of_speech()
        if pos[1] == "固有名詞" and lex.role(m) is None:
            yield m.reading_form()


def _analysed(lex: _Lexicon, text: str) -> str | None:
    """The analyser's best reading of ``text`` as a whole (None when a piece has none)."""
    ms = lex.analyse(text)
    if not ms or any(m.is_oov() or not is_katakana(m.reading_form()) for m in ms):
        return None
    return "".join(m.reading_form() for m in ms)


def _per_character(lex: _Lexicon, text: str) -> str | None:
    out = []
    for ch in text:
        readings = [m.reading_form() for m in lex.lookup(ch) if is_katakana(m.reading_form())]
        if not readings:
            return None
        out.append(readings[0])
    return "".join(out)


def part_candidates(
    text: str, part: Part, *, limit: int = LIMIT, context: str | None = None
) -> list[str]:
    """Readings of one part of a name (``part``: ``family`` 氏 or ``given`` 名), best first.

    ``context`` is the reading the analyser chose for the part within the whole name (see
    :func:`candidates`); it goes first among the name entries of the right role.
    Raises :class:`ReadingsUnavailable` when the dictionary cannot be loaded.
    """
    text = text.strip()
    if not text or len(text) > MAX_NAME_LENGTH or not needs_candidates(text):
        return []
    ranked = _Ranked(max(1, limit))
    if _KANA.match(text):
        ranked.add([text])  # a name written in kana is its own reading
        return ranked.items
    lex = _get()
    if context is None:
        context = _alone(lex, text, part)
    own, other_roles = _name_entries(lex, text, part, context)
    ranked.add(own)
    if part == "given":
        ranked.add(_verb_readings(lex, text))
    ranked.add(_pieced(lex, text, part))
    ranked.add(other_roles)
    ranked.add(_other_proper(lex, text))
    if not ranked.items:
        analysed = _analysed(lex, text)
        ranked.add([analysed] if analysed else [])
    if not ranked.items:
        each = _per_character(lex, text)
        ranked.add([each] if each else [])
    return ranked.items


def candidates(name: str, *, limit: int = LIMIT) -> Readings:
    """Candidate readings of ``"氏　名"`` (family and given name, as on the card), best first.

    Raises :class:`ReadingsUnavailable` when the dictionary cannot be loaded.
    """
    return candidates_for(*split_name(name), limit=limit)


def candidates_for(family: str, given: str, *, limit: int = LIMIT) -> Readings:
    """Candidate readings of a name already split into 氏 and 名 (as the form holds it).

    Raises :class:`ReadingsUnavailable` when the dictionary cannot be loaded.
    """
    family, given = family.strip(), given.strip()
    context: tuple[str | None, str | None] = (None, None)
    if needs_candidates(family) and needs_candidates(given):
        lex = _get()
        if len(family) + len(given) <= MAX_NAME_LENGTH:
            context = _contextual(lex, family, given)
    return Readings(
        family=tuple(part_candidates(family, "family", limit=limit, context=context[0])),
        given=tuple(part_candidates(given, "given", limit=limit, context=context[1])),
    )
