"""``search``."""

from __future__ import annotations

import argparse

from kzbrief.commands import EXIT_OK, notify, open_library, print_json
from kzbrief.commands.language import QT_TRANSLATE_NOOP
from kzbrief.core.errors import BadInputError
from kzbrief.core.wording import translate

#: The headings results are grouped under (translated where printed), and their kinds.
GROUPS = (
    (QT_TRANSLATE_NOOP("CliSearch", "In the briefing ({count})"), ("text", "editorial")),
    (QT_TRANSLATE_NOOP("CliSearch", "In your notes ({count})"), ("note",)),
)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise BadInputError(translate("CliSearch", "--limit must be at least 1"))
    library = open_library(args)
    results = library.search(args.query, briefing=args.briefing, kind=args.kind, limit=args.limit)
    notify(results.notices)
    if args.json:
        print_json(results.to_dict())
        return EXIT_OK
    if not results.hits:
        print(translate("CliSearch", "No results."))
        _print_suggestions(results.did_you_mean)
        return EXIT_OK
    for heading, kinds in GROUPS:
        hits = [h for h in results.hits if h.kind in kinds]
        if not hits:
            continue
        print(translate("CliSearch", heading).format(count=len(hits)))
        for h in hits:
            print(f"  {_hit_line(h.kind, h.section_title, f'{h.briefing}/{h.section}', h.score)}")
            print(f"    {h.snippet}")
    shown, total = len(results.hits), results.total
    if total > shown:
        if results.total_is_estimate:
            more = translate("CliSearch", "({shown} of about {total} shown; use --limit for more)")
        else:
            more = translate("CliSearch", "({shown} of {total} shown; use --limit for more)")
        print(more.format(shown=shown, total=total))
    _print_suggestions(results.did_you_mean)
    return EXIT_OK


def _print_suggestions(suggestions: list[str]) -> None:
    """One line, when the search found nothing or very little and there is something to try."""
    if suggestions:
        print(translate("CliSearch", "Did you mean: {words}?").format(words=", ".join(suggestions)))


def _hit_line(kind: str, title: str, where: str, score: float) -> str:
    """A hit's heading line: the section, where it is, the kind when not the text, the score."""
    if kind == "text":
        line = translate("CliSearch", "{title} ({where})  score {score}")
    else:
        line = translate("CliSearch", "{title} ({where}) [{kind}]  score {score}")
    return line.format(title=title, where=where, kind=kind, score=f"{score:.2f}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help=translate("CliSearch", "search the library"))
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--briefing", metavar="ID")
    p.add_argument("--kind", choices=["text", "editorial", "note"])
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)
