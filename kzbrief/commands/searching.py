"""``search``."""

from __future__ import annotations

import argparse

from kzbrief.commands import EXIT_OK, notify, open_library, print_json
from kzbrief.core.errors import BadInputError

GROUPS = (("In the briefing", ("text", "editorial")), ("In your notes", ("note",)))


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise BadInputError("--limit must be at least 1")
    library = open_library(args)
    results = library.search(args.query, briefing=args.briefing, kind=args.kind, limit=args.limit)
    notify(results.notices)
    if args.json:
        print_json(results.to_dict())
        return EXIT_OK
    if not results.hits:
        print("No results.")
        _print_suggestions(results.did_you_mean)
        return EXIT_OK
    for label, kinds in GROUPS:
        hits = [h for h in results.hits if h.kind in kinds]
        if not hits:
            continue
        print(f"{label} ({len(hits)})")
        for h in hits:
            extra = "" if h.kind == "text" else f" [{h.kind}]"
            print(f"  {h.section_title} ({h.briefing}/{h.section}){extra}  score {h.score:.2f}")
            print(f"    {h.snippet}")
    if results.total > len(results.hits):
        about = "about " if results.total_is_estimate else ""
        print(f"({len(results.hits)} of {about}{results.total} shown; use --limit for more)")
    _print_suggestions(results.did_you_mean)
    return EXIT_OK


def _print_suggestions(suggestions: list[str]) -> None:
    """One line, when the search found nothing or very little and there is something to try."""
    if suggestions:
        print(f"Did you mean: {', '.join(suggestions)}?")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the library")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--briefing", metavar="ID")
    p.add_argument("--kind", choices=["text", "editorial", "note"])
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)
