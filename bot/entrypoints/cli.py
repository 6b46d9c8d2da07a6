"""The `mlops-waiter` command line: one entry point, settings read once here and passed down."""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import Settings
from core.errors import InvalidProfile, StoreUnavailable, WaiterError

if TYPE_CHECKING:
    from bot.storage.unit_of_work import Database
from core.vocabulary import Cloud, Stage, Status

EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
#: A profile is a few hundred bytes of JSON; a file this much larger is a mistake (or /dev/zero).
MAX_PROFILE_BYTES = 1024 * 1024
#: The commands that open DATABASE_URL (chat checks it itself, with a connection).
USES_DATABASE = frozenset({"chat", "db", "serve", "socket", "clock", "digest"})


class DatabaseUnreachable(Exception):
    """The database named by DATABASE_URL cannot be opened; the message says which and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(
            f"cannot use the database at DATABASE_URL={url} ({reason}). Point DATABASE_URL at a reachable "
            "database, or unset it to use the embedded SQLite file."
        )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlops-waiter", description="Helps ML teams choose MLOps tools.")
    commands = parser.add_subparsers(dest="command", required=True)

    chat = commands.add_parser("chat", help="the interview in a terminal (embedded SQLite store)")
    chat.add_argument("--user", default=None, help="whose conversation (default: your login name)")
    chat.add_argument("--fixed-order", action="store_true", help="ask every question in bank order")
    chat.add_argument("--jsonl", action="store_true", help="one reply per input line, one JSON object per message")

    rec = commands.add_parser("recommend", help="a profile in, picks out")
    rec.add_argument("--profile", required=True, help="a profile JSON file, or - for standard input")
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
    from bot.slack.logs import quiet_libraries

    quiet_libraries()
    try:
        return _dispatch(args, settings)
    except WaiterError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DatabaseUnreachable as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except BrokenPipeError:  # `mlops-waiter … | head -1`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        unusable = _database_failure(error, settings)
        if unusable is None:
            raise
        print(f"error: {unusable}", file=sys.stderr)
        return EXIT_UNAVAILABLE


def _database_failure(error: Exception, settings: Settings) -> DatabaseUnreachable | None:
    """A database error that reached the command line (a corrupt file, a server gone), as DATABASE_URL's
    problem; None for anything else."""
    errors = sys.modules.get("sqlalchemy.exc")  # loaded by whatever raised one
    if errors is None or not isinstance(error, errors.SQLAlchemyError):
        return None
    return DatabaseUnreachable(_shown_url(settings.database_url), _reason(error))


def _reason(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0][:200]


def _check_database_url(settings: Settings) -> None:
    """DatabaseUnreachable unless DATABASE_URL names a database this install can drive (nothing is opened)."""
    from sqlalchemy.exc import ArgumentError

    from bot.storage.engine import check_url

    try:
        check_url(settings.sqlalchemy_url())
    except OSError as error:
        raise DatabaseUnreachable(_shown_url(settings.database_url), error.strerror or str(error)) from None
    except ArgumentError as error:
        raise DatabaseUnreachable(_shown_url(settings.database_url), _reason(error)) from None


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command in USES_DATABASE:
        _check_database_url(settings)
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

    from bot.bootstrap import bootstrap
    from bot.entrypoints.jsonl import chat_jsonl
    from bot.entrypoints.terminal import chat, prompt_lines

    with bootstrap(settings) as runtime:
        _reachable(runtime.database)
        waiter = runtime.waiter(fixed_order=args.fixed_order, numbered_options=True)
        user = args.user or getpass.getuser()
        if isinstance(sys.stdin, io.TextIOWrapper):
            sys.stdin.reconfigure(errors="replace")  # a stray byte is read as �, not a crash
        try:
            if args.jsonl:
                chat_jsonl(waiter, user=user, lines=sys.stdin, write=_print_flushed)
            else:
                lines = prompt_lines(sys.stdin, sys.stdout)
                chat(waiter, user=user, lines=lines, write=print, echo_input=not sys.stdin.isatty())
        except StoreUnavailable as error:
            raise DatabaseUnreachable(_shown_url(runtime.database.url), "it stopped answering") from error
    return 0


def _print_flushed(line: str) -> None:
    print(line, flush=True)


def _shown_url(url: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def _reachable(database: Database) -> None:
    """The store migrated (the embedded default migrates itself) and answering, or DatabaseUnreachable."""
    from sqlalchemy import literal, select
    from sqlalchemy.exc import SQLAlchemyError

    from bot.storage.migrate import upgrade_embedded

    try:
        upgrade_embedded(database.url)
        with database.engine.connect() as connection:
            connection.execute(select(literal(1)))
    except (SQLAlchemyError, OSError, ModuleNotFoundError) as error:
        raise DatabaseUnreachable(_shown_url(database.url), _reason(error)) from None


def _read_profile_text(source: str) -> str:
    """The profile file's text (or standard input's, for -): UTF-8, or InvalidProfile saying why not."""
    from bot.bootstrap import read_capped

    where = "standard input" if source == "-" else source
    try:
        if source == "-":
            data = read_capped(sys.stdin.buffer, MAX_PROFILE_BYTES)
        else:
            with Path(source).open("rb") as stream:
                data = read_capped(stream, MAX_PROFILE_BYTES)
    except OSError as error:
        raise InvalidProfile(f"cannot read profile {where}: {error.strerror}") from None
    if data is None:
        limit = MAX_PROFILE_BYTES // 2**20
        raise InvalidProfile(f"Invalid profile — {where} is larger than {limit} MiB; a profile is a few lines of JSON.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidProfile(
            f"Invalid profile — {where} is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})."
        ) from None


def _recommend(args: argparse.Namespace, settings: Settings) -> int:
    from bot.bootstrap import load_catalog
    from bot.entrypoints.terminal import render_recommendation
    from core.matching import recommend
    from core.mentions import resolve_tools
    from core.profile import profile_from_json

    if not 1 <= args.top <= 20:
        raise InvalidProfile("--top must be between 1 and 20")
    try:
        profile = profile_from_json(_read_profile_text(args.profile))
    except RecursionError:
        raise InvalidProfile("Invalid profile — nested too deeply to be a profile.") from None
    catalog = load_catalog(settings.catalog_path)
    ids, unknown = resolve_tools(profile.current_stack or (), catalog)
    if unknown:
        raise InvalidProfile("Invalid profile — current_stack: " + "; ".join(unknown))
    if profile.current_stack is not None:
        profile = profile.with_answers(current_stack=ids)
    result = recommend(profile, catalog, top=args.top)
    if args.format == "json":
        print(json.dumps(result.to_json_dict(), indent=2, ensure_ascii=False))
    else:
        print(render_recommendation(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
