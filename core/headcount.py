"""Counting people: team sizes as people write them ('8 ppl', 'a 3 person startup', 'me and two others')."""

from __future__ import annotations

import re

from core import lexicon as lx

MAX_TEXT = 2000


def to_number(text: str) -> int | None:
    """'5', '5k', '~30', '10+', 'twenty-five', 'a dozen' as a whole number."""
    word = re.sub(r"^(?:~|about|around|roughly|approx\.?|approximately|maybe|like|almost|nearly|over|under)\s*", "",
                  text.strip())  # fmt: skip
    word = re.sub(r"(?:\+|-?ish| or so)$", "", word).strip()
    if re.fullmatch(r"\d{1,6}k?", word):
        return int(word.rstrip("k")) * (1000 if word.endswith("k") else 1)
    if word in lx.VAGUE_NUMBERS:
        return lx.VAGUE_NUMBERS[word]
    if word in lx.SMALL_NUMBERS:
        return lx.SMALL_NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if parts[0] in lx.TENS:
        return lx.TENS[parts[0]] + (lx.SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


_N = f"({lx.NUMBER})"
_NOT_PEOPLE = (r"(?! (?:years?|months?|weeks?|days?|hours?|models?|gpus?|clouds?|products?|projects?|%|percent|"
               r"times|k8s|teams|people short|tb|gb|million|m\b|billion|users|customers))")  # fmt: skip
_TEAM_PATTERNS = (
    rf"team(?: of| is| size is| size:| size of| size| =| consists of| has| with| ?\(| ?:) ?(?:about |around |roughly "
    rf"|only |just )?{_N}",
    rf"{_N}[- ]?(?:person|people|member|man|ppl|strong|human)s?[- ](?:ml |data |ai |data science |research |"
    rf"engineering |dev |tech )?{lx.TEAM_NOUN}",
    rf"(?:the |all |just the |only the )?{_N} of us",
    rf"(?:lead|manage|managing|leading|run|running|head|manager|lead) (?:of )?(?:a |an |the |my |our )?(?:small |ml |"
    rf"data |ai )?(?:team|group) of {_N}",
    rf"(?:lead|manager|head) of {_N}",
    rf"(?:we're|we are|we're only|we are only|there are|there's|we have|we've got) (?:a team of |just |only |"
    rf"about |around |roughly )?{_N}{_NOT_PEOPLE}(?! (?:of|in) (?:the )?(?:company|org))",
)
_RANGE = rf"{_N} ?(?:-|to|or) ?{_N} (?:\w+ )?{lx.PEOPLE}"
_ROLE_COUNT = rf"{_N} (?:\w+ )?{lx.PEOPLE}"
_PAIR = (r"(?:just |only )?me and (?:a|one|my|another) (?:\w+ )?(?:colleague|co-?worker|friend|co-?founder|partner|"
         r"intern|other|teammate|student|engineer|scientist|dev|developer|researcher|person|guy|buddy|"
         r"boss)")  # fmt: skip
_ME_PLUS = rf"me (?:and|plus|\+|with) {_N} (?:others|other people|colleagues|co-?workers|more|\w+)"
_SOLO = (r"just me", r"only me", r"solo", r"by myself", r"on my own", r"one[- ](?:man|woman|person) (?:band|show|"
         r"team|shop|operation)", r"i'm alone", r"i am alone", r"i work alone", r"just myself", r"only myself",
         r"team of one", r"single person", r"lone (?:wolf|dev|developer|researcher|engineer)", r"solopreneur",
         r"indie (?:dev|hacker|developer)", r"me, myself and i", r"i'm the only one", r"alone")  # fmt: skip


def team_size_in(low: str) -> int | None:
    """The team size a sentence states ('8 ppl', '3 person startup', 'team of five', 'just me')."""
    for pattern in _TEAM_PATTERNS:
        match = re.search(r"(?<![a-z0-9])" + pattern, low)
        if match and (number := to_number(match.group(1))):
            return number
    if (match := re.search(r"(?<![a-z0-9])" + _RANGE, low)) and (a := to_number(match.group(1))):
        b = to_number(match.group(2)) or a
        return round((a + b) / 2 + 0.01)
    if re.search(r"(?<![a-z])" + _PAIR, low):
        return 2
    if (match := re.search(r"(?<![a-z])" + _ME_PLUS, low)) and (number := to_number(match.group(1))):
        return number + 1
    counts = list(re.finditer(r"(?<![a-z0-9])" + _ROLE_COUNT + r"(?![a-z0-9])", low))
    if counts:
        total = to_number(counts[0].group(1)) or 0
        for previous, match in zip(counts, counts[1:], strict=False):
            if re.fullmatch(r"\s*(?:,|and|&|\+|plus|, and)\s*", low[previous.end() : match.start()]):
                total += to_number(match.group(1)) or 0
        return total or None
    if lx.phrase_pattern(_SOLO).search(low):
        return 1
    return None


def read_number(text: str) -> int | None:
    """A team size from a reply: '5', 'we are 12 people', 'a dozen', 'solo'."""
    low = lx.normal(text[:MAX_TEXT])
    stated = team_size_in(low)
    if stated is not None:
        return stated
    bare = re.search(r"(?<![a-z0-9.])" + _N + r"(?![a-z0-9])", low)
    return to_number(bare.group(1)) if bare else None
