"""The `mlops-waiter` command line: one entry point, settings read once here and passed down."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from bot.bootstrap import bootstrap
from bot.settings import Settings
from core.errors import InvalidProfile, WaiterError
from core.vocabulary import Cloud, Stage, Status

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlops-waiter", description="Helps ML teams choose MLOps tools.")
    commands = parser.add_subparsers(dest="command", required=True)

    chat = commands.add_parser("chat", help="the interview in a terminal (embedded SQLite store)")
    chat.add_argument("--user", default=None, help="whose conversation (default: your login name)")
    chat.add_argument("--fixed-order", action="store_true", help="ask every question in bank order")

    rec = commands.add_parser("recommend", help="a profile in, picks out")
    rec.add_argument("--profile", required=True, type=Path)
    rec.add_argument("--top", type=int, default=3)
    rec.add_argument("--format", choices=("json", "text"), default="text")

    cat = commands.add_parser("catalog", help="validate and browse the tool catalog")
    cat.add_argument("--path", type=Path, default=None, help="catalog file (default: CATALOG_PATH)")
    verbs = cat.add_subparsers(dest="verb", required=True)
    validate = verbs.add_parser("validate")
    validate.add_argument("--partial", action="store_true", help="skip cross-references (a fragment)")
    listing = verbs.add_parser("list", help="tools, filtered")
    listing.add_argument("--stage", choices=[s.value for s in Stage], help="built for this stage")
    licence = listing.add_mutually_exclusive_group()
    licence.add_argument("--open-source", dest="open_source", action="store_true", default=None)
    licence.add_argument("--not-open-source", dest="open_source", action="store_false")
    listing.add_argument("--self-hostable", action="store_true", help="can run on your own infrastructure")
    kube = listing.add_mutually_exclusive_group()
    kube.add_argument("--needs-kubernetes", dest="kubernetes", action="store_true", default=None)
    kube.add_argument("--no-kubernetes", dest="kubernetes", action="store_false")
    listing.add_argument("--cloud", choices=[c.value for c in Cloud], help="tied to, or works on, this cloud")
    listing.add_argument("--status", choices=[s.value for s in Status])
    verbs.add_parser("show").add_argument("id")
    verbs.add_parser("search").add_argument("text", nargs="+")
    verbs.add_parser("stats")
    schema = verbs.add_parser("schema", help="write (or --check) catalog.schema.json")
    schema.add_argument("--check", action="store_true")

    serve = commands.add_parser("serve", help="Slack HTTP mode")
    serve.add_argument("--port", type=int, default=None)
    commands.add_parser("socket", help="Slack Socket Mode")
    commands.add_parser("clock", help="the digest scheduler")

    db = commands.add_parser("db", help="database maintenance")
    db.add_subparsers(dest="verb", required=True).add_parser("upgrade", help="apply migrations")

    digest = commands.add_parser("digest", help="channel digests")
    render = digest.add_subparsers(dest="verb", required=True).add_parser("render")
    render.add_argument("--channel", required=True)
    render.add_argument("--workspace", default=None)
    render.add_argument("--out", type=Path, required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for chatty in ("transitions", "alembic", "bm25s"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    try:
        return _dispatch(args, settings)
    except WaiterError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "chat":
        return _chat(args, settings)
    if args.command == "recommend":
        return _recommend(args, settings)
    if args.command == "catalog":
        from bot.entrypoints.catalog_cli import run_catalog

        return run_catalog(args, args.path or settings.catalog_path)
    if args.command == "db":
        from bot.storage.migrate import upgrade

        upgrade(settings.sqlalchemy_url())
        print("database is up to date")
        return 0
    if args.command == "serve":
        from bot.entrypoints.server import run_http

        run_http(settings, port=args.port or settings.port)
        return 0
    if args.command == "socket":
        from bot.entrypoints.server import run_socket

        run_socket(settings)
        return 0
    if args.command == "clock":
        from bot.entrypoints.clock import run

        run(settings)
        return 0
    if args.command == "digest":
        from bot.entrypoints.digest_map import render_to_file

        render_to_file(settings, workspace=args.workspace, channel=args.channel, out=args.out)
        print(f"wrote {args.out}")
        return 0
    raise AssertionError(args.command)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    import getpass

    from bot.entrypoints.terminal import chat, prompt_lines
    from bot.storage.migrate import upgrade_embedded

    upgrade_embedded(settings.sqlalchemy_url())
    with bootstrap(settings) as runtime:
        waiter = runtime.waiter(fixed_order=args.fixed_order)
        user = args.user or getpass.getuser()
        echo = not sys.stdin.isatty()
        chat(waiter, user=user, lines=prompt_lines(sys.stdin, sys.stdout), write=print, echo_input=echo)
    return 0


def _recommend(args: argparse.Namespace, settings: Settings) -> int:
    from bot.entrypoints.terminal import render_recommendation
    from core.matching import recommend
    from core.profile import profile_from_json

    try:
        text = args.profile.read_text(encoding="utf-8")
    except OSError as error:
        raise InvalidProfile(f"cannot read profile {args.profile}: {error.strerror}") from None
    profile = profile_from_json(text)
    catalog = bootstrap(settings).catalog
    unknown = [tool for tool in profile.current_stack or () if tool not in catalog]
    if unknown:
        raise InvalidProfile(f"Invalid profile — current_stack has unknown catalog ids: {', '.join(unknown)}")
    if not 1 <= args.top <= 20:
        raise InvalidProfile("--top must be between 1 and 20")
    result = recommend(profile, catalog, top=args.top)
    if args.format == "json":
        print(json.dumps(result.to_json_dict(), indent=2, ensure_ascii=False))
    else:
        print(render_recommendation(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
