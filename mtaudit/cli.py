"""The `mtaudit` command group: thin wiring; each command lives in mtaudit/commands/."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import click

from mtaudit import __version__
from mtaudit.audit.config import default_map, find_config, load_config, settings_from
from mtaudit.core.errors import UserError

_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())
_WRITE_ERRORS = {errno.ENOSPC, errno.EFBIG, errno.EROFS, errno.EDQUOT, errno.EIO}


def _config_id(path: Path) -> str:
    import hashlib

    from mtaudit.core.io import read_limited

    return f"{path.name}@{hashlib.sha256(read_limited(path, what='config file')).hexdigest()[:8]}"


def _drop_stdout() -> None:
    """After stdout failed (a full disk, /dev/full), send what is left nowhere, so the
    interpreter's final flush does not fail again with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test runner's stdout)
        pass
REPORT_URL = "https://github.com/mtaudit/mtaudit/issues"


_GLOBAL_FLAGS = ("--isolated",)
_GLOBAL_VALUES = ("--config",)


def hoist_global_options(args: list[str]) -> list[str]:
    """Move --config/--isolated given after the subcommand in front of it (ruff accepts both
    places: `mtaudit check --isolated a.txt` is `mtaudit --isolated check a.txt`). Nothing after
    a `--` separator is touched."""
    front, rest, i = [], [], 0
    while i < len(args):
        a = args[i]
        if a == "--":
            rest += args[i:]
            break
        if a in _GLOBAL_FLAGS or any(a.startswith(f"{v}=") for v in _GLOBAL_VALUES):
            front.append(a)
        elif a in _GLOBAL_VALUES and i + 1 < len(args):
            front += [a, args[i + 1]]
            i += 1
        else:
            rest.append(a)
        i += 1
    return front + rest


# Subcommands are imported only when run (or listed by --help): `mtaudit check` must not pay for
# batch's process pool, score's numpy or eval's metrics at start-up (issue 16).
LAZY_COMMANDS = {
    "batch": ("mtaudit.commands.batch", "batch_cmd"),
    "check": ("mtaudit.commands.check", "check"),
    "diff": ("mtaudit.commands.diff", "diff_cmd"),
    "eval": ("mtaudit.commands.evaluate", "eval_cmd"),
    "fix": ("mtaudit.commands.fix", "fix_cmd"),
    "glossary": ("mtaudit.commands.glossary", "glossary_cmd"),
    "report": ("mtaudit.commands.report", "report_cmd"),
    "rule": ("mtaudit.commands.rules", "rule_cmd"),
    "rules": ("mtaudit.commands.rules", "rules_cmd"),
    "score": ("mtaudit.commands.score", "score_cmd"),
}


class _Group(click.Group):
    """Every way a run can end, turned into one line and a meaningful exit code.

    0/1 come from the commands themselves; a user mistake (bad flag, bad file) is one
    line and exit 2; an internal error says how to report it and exits 3. Doing this in
    main() makes the installed script and click's CliRunner behave the same.
    """

    def parse_args(self, ctx, args):
        return super().parse_args(ctx, hoist_global_options(list(args)))

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(LAZY_COMMANDS))

    def get_command(self, ctx, name):
        command = super().get_command(ctx, name)
        if command is None and name in LAZY_COMMANDS:
            import importlib

            module, attr = LAZY_COMMANDS[name]
            command = getattr(importlib.import_module(module), attr)
            self.add_command(command, name)
        return command

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            try:
                rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            finally:
                sys.stdout.flush()  # a full disk or /dev/full shows here, not at interpreter exit
            code = rv if isinstance(rv, int) else 0
        except click.exceptions.Abort:
            click.echo("aborted", err=True)
            code = 130
        except _NO_ARGS as exc:  # bare `mtaudit`: show the help, as most tools do
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
            code = 0
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            click.echo(f"error: {exc.format_message()}{hint}", err=True)
            code = 2
        except click.ClickException as exc:
            click.echo(f"error: {exc.format_message()}", err=True)
            code = exc.exit_code or 2
        except UserError as exc:
            click.echo(exc.render(), err=True)
            code = exc.exit_code
        except BrokenPipeError:
            code = 1
        except Exception as exc:  # an internal error: say so, and how to report it
            if isinstance(exc, OSError) and exc.errno in _WRITE_ERRORS:  # disk full, /dev/full, read-only
                _drop_stdout()
                where = f"{exc.filename}: " if exc.filename else ""
                click.echo(f"error: {where}cannot write: {exc.strerror or exc}", err=True)
                code = 2
                if standalone_mode:
                    sys.exit(code)
                return code
            if os.environ.get("MTAUDIT_DEBUG"):
                raise
            click.echo(f"internal error: {type(exc).__name__}: {exc}\n"
                       f"This is a bug in mtaudit {__version__}; please report it with the command you ran "
                       f"at {REPORT_URL} (set MTAUDIT_DEBUG=1 for a traceback).", err=True)
            code = 3
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="mtaudit")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True),
              help="Configuration file (mtaudit.toml or a pyproject.toml with [tool.mtaudit]); "
                   "default: the nearest one from the working directory up.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.pass_context
def cli(ctx, config_path, isolated):
    """Audit English text machine-translated from Russian: find artifacts, explain them, fix them.

    \b
    Typical use:
      mtaudit check article.txt                 list likely artifacts
      mtaudit rules                             what each rule flags and why
      mtaudit eval --docs seeds --gold gold.jsonl   score against gold spans

    Settings come from [tool.mtaudit] in pyproject.toml or mtaudit.toml;
    flags on the command line take precedence. --config and --isolated may
    also follow the subcommand (mtaudit check --isolated a.txt).
    """
    ctx.ensure_object(dict)
    if isolated:
        return
    path = Path(config_path) if config_path else find_config(Path.cwd())
    if path is None:
        return
    table = load_config(path)
    ctx.default_map = default_map(table)
    ctx.obj["config_path"] = str(path)
    ctx.obj["settings"] = settings_from(table)
    ctx.obj["settings"]["config_file"] = _config_id(path)  # named in the run signature


def main() -> None:
    """Console-script entry point."""
    cli.main(prog_name="mtaudit")
