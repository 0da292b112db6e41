"""The search language, parsed into a small syntax tree. Never raises.

Words (all must match), "exact phrases" and "exact words", OR, NOT / -word, prefix*,
fuzzy~ (or ~1, ~2), parentheses, and field filters ``tag:``, ``section:``, ``kind:``,
``briefing:``, ``title:``, ``source:``.
A query that cannot be parsed as written is searched as plain words, with a notice saying why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kzbrief.core.wording import translate

MAX_QUERY_CHARS = 500
MAX_TERMS = 64
MAX_DEPTH = 16
FIELDS = frozenset({"tag", "section", "kind", "briefing", "title", "source"})
KINDS = {"text": "text", "editorial": "editorial", "note": "note", "notes": "note"}


@dataclass(frozen=True)
class Word:
    text: str
    #: Quoted ("accountability"): only the word as written matches (case and accents aside),
    #: not other words with its stem, nor other spellings of a name.
    exact: bool = False


@dataclass(frozen=True)
class Prefix:
    text: str


@dataclass(frozen=True)
class Wildcard:
    text: str


@dataclass(frozen=True)
class Fuzzy:
    text: str
    distance: int = 1


@dataclass(frozen=True)
class Phrase:
    """Words in this order, each as written (case and accents aside)."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class FieldFilter:
    name: str
    value: Node


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Word | Prefix | Wildcard | Fuzzy | Phrase | FieldFilter | Not | And | Or


@dataclass(frozen=True)
class ParsedQuery:
    """The tree (None for an empty query) and notices for the user."""

    text: str
    tree: Node | None
    notices: tuple[str, ...] = field(default=())

    @property
    def notice(self) -> str:
        return " ".join(self.notices)


class QuerySyntaxError(Exception):
    """Internal: the query is not well formed; the caller falls back to plain words. Its
    message is shown inside the search's notice, so it is written in the user's language."""


_TOKEN = re.compile(r'\s+|"[^"]*"|"|\(|\)|[^\s"()]+')
_FIELD = re.compile(r"^([A-Za-z]+):(.*)$", re.S)
_FUZZY = re.compile(r"^(.+?)~([12])?$")
#: A word, for the query and for the index (kzbrief.core.analysis uses it too). It may carry
#: combining marks (U+0300-U+036F) after its letters: "вы́боры" is one word.
WORD_PATTERN = r"\w[\w\u0300-\u036f]*(?:\.\w[\w\u0300-\u036f]*)*"
_WORD_CHARS = re.compile(WORD_PATTERN)


def _clean(text: str, notices: list[str]) -> str:
    cleaned = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} else ch for ch in text
    )
    if cleaned != text:
        notices.append(translate("Search", "Control characters in the query were ignored."))
    if len(cleaned) > MAX_QUERY_CHARS:
        notices.append(
            translate(
                "Search",
                "Only the words in the first {count} characters of the query were searched.",
            ).format(count=MAX_QUERY_CHARS)
        )
        cleaned = _cut_between_words(cleaned, MAX_QUERY_CHARS)
    return cleaned.strip()


def _cut_between_words(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, ending at a space if one is there: a
    word cut in half ("repre") would have to match too, and would find nothing."""
    for end in range(limit, 0, -1):  # len(text) > limit: text[limit] is there
        if text[end].isspace():
            return text[:end]
    return text[:limit]


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = [t for t in _TOKEN.findall(text) if not t.isspace()]
        self.pos = 0
        self.terms = 0
        self.depth = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.or_expr()
        if self.peek() is not None:
            raise QuerySyntaxError(
                translate("Search", "unbalanced parenthesis")
                if self.peek() == ")"
                else translate("Search", "unexpected text")
            )
        return node

    def or_expr(self) -> Node:
        nodes = [self.and_expr()]
        while self.peek() == "OR":
            self.take()
            nodes.append(self.and_expr())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def and_expr(self) -> Node:
        nodes: list[Node] = []
        while True:
            token = self.peek()
            if token is None or token in {")", "OR"}:
                break
            if token == "AND":
                self.take()
                if not nodes:
                    raise QuerySyntaxError(translate("Search", "AND needs a term before it"))
                continue
            nodes.append(self.unary())
        if not nodes:
            raise QuerySyntaxError(translate("Search", "an operator is missing a term"))
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def unary(self) -> Node:
        token = self.peek()
        if token == "NOT":
            self.take()
            if self.peek() in {None, ")", "OR", "AND"}:
                raise QuerySyntaxError(translate("Search", "NOT needs a term after it"))
            return Not(self.unary())
        if token is not None and token.startswith("-") and len(token) > 1:
            self.tokens[self.pos] = token[1:]
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QuerySyntaxError(translate("Search", "parentheses nested too deeply"))
            node = self.or_expr()
            self.depth -= 1
            if self.peek() != ")":
                raise QuerySyntaxError(translate("Search", "unbalanced parenthesis"))
            self.take()
            return node
        if token == ")":
            raise QuerySyntaxError(translate("Search", "unbalanced parenthesis"))
        if token == '"':
            raise QuerySyntaxError(translate("Search", "unbalanced quote"))
        if token.startswith('"'):
            return self.phrase(token)
        match = _FIELD.match(token)
        if match and match.group(1).lower() in FIELDS:
            name, value = match.group(1).lower(), match.group(2)
            if not value:
                nxt = self.peek()
                if nxt is None or not nxt.startswith('"') or nxt == '"':
                    told = translate("Search", "{field}: needs a value")
                    raise QuerySyntaxError(told.format(field=name))
                quoted = self.take()
                if name != "title":
                    return FieldFilter(name, self.identifier(quoted[1:-1]))
                return FieldFilter(name, self.phrase(quoted))
            if name != "title":
                return FieldFilter(name, self.identifier(value))
            return FieldFilter(name, self.term(value))
        return self.term(token)

    def identifier(self, value: str) -> Node:
        """The value of an id-like field (tag, section, kind, briefing, source), as written."""
        self.count(1)
        value = value.strip().lower()
        if not value or not value.rstrip("*"):
            raise QuerySyntaxError(translate("Search", "a field needs a value"))
        return Prefix(value[:-1]) if value.endswith("*") else Word(value)

    def phrase(self, token: str) -> Node:
        words = tuple(_WORD_CHARS.findall(token[1:-1]))
        self.count(len(words))
        if not words:
            raise QuerySyntaxError(translate("Search", "empty phrase"))
        return Word(words[0], exact=True) if len(words) == 1 else Phrase(words)

    def term(self, token: str) -> Node:
        self.count(1)
        fuzzy = _FUZZY.match(token)
        if fuzzy:
            core = fuzzy.group(1)
            if not _WORD_CHARS.fullmatch(core):
                raise QuerySyntaxError(_not_a_word(token))
            return Fuzzy(core, int(fuzzy.group(2) or 1))
        if "*" in token or "?" in token:
            stem = token.rstrip("*")
            if stem and "*" not in stem and "?" not in stem:
                if not _WORD_CHARS.fullmatch(stem):
                    raise QuerySyntaxError(_not_a_word(token))
                return Prefix(stem)
            if not _WORD_CHARS.search(token):
                raise QuerySyntaxError(_no_letters(token))
            return Wildcard(token)
        words = _WORD_CHARS.findall(token)
        if not words:
            raise QuerySyntaxError(_no_letters(token))
        if len(words) == 1 and words[0] == token:
            return Word(token)
        # Punctuation inside a token ("human-rights", "U.N.") reads as a phrase.
        return Word(words[0]) if len(words) == 1 else Phrase(tuple(words))

    def count(self, n: int) -> None:
        self.terms += n
        if self.terms > MAX_TERMS:
            told = translate("Search", "more than {count} terms")
            raise QuerySyntaxError(told.format(count=MAX_TERMS))


def _not_a_word(token: str) -> str:
    return translate("Search", "{term} is not a word").format(term=repr(token))


def _no_letters(token: str) -> str:
    return translate("Search", "{term} has no letters").format(term=repr(token))


def plain_words(text: str) -> Node | None:
    """The fallback: every word of ``text`` must match (operators read as words)."""
    words = _WORD_CHARS.findall(text)[:MAX_TERMS]
    if not words:
        return None
    nodes = tuple(Word(w) for w in words)
    return nodes[0] if len(nodes) == 1 else And(nodes)


def parse_query(text: str) -> ParsedQuery:
    """Parse ``text``; never raises. Malformed input becomes plain words with a notice."""
    notices: list[str] = []
    if not isinstance(text, str):
        text = str(text)
    cleaned = _clean(text, notices)
    try:
        tree = _Parser(cleaned).parse()
    except QuerySyntaxError as exc:
        notices.append(
            translate(
                "Search",
                "The query could not be read as written ({error}); searched as plain words.",
            ).format(error=exc)
        )
        tree = plain_words(cleaned)
    except RecursionError:
        notices.append(
            translate("Search", "The query is nested too deeply; searched as plain words.")
        )
        tree = plain_words(cleaned)
    return ParsedQuery(text=cleaned, tree=tree, notices=tuple(notices))
