"""The `mtaudit` command group: thin wiring; each command lives in mtaudit/commands/."""

from __future__ import annotations

import sys

import click

from . import __version__
from .commands.check import check
from .commands.evaluate import eval_cmd
from .commands.rules import rule_cmd, rules_cmd
from .errors import UserError

REPORT_URL = "https://github.com/mtaudit/mtaudit/issues"


class _Group(click.Group):
    """Turns a UserError raised anywhere in a command into one line and exit 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(exc.render(), err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="mtaudit")
def cli():
    """Audit English text machine-translated from Russian: find artifacts, explain them, fix them.

    \b
    Typical use:
      mtaudit check article.txt                 list likely artifacts
      mtaudit rules                             what each rule flags and why
      mtaudit eval --docs seeds --gold gold.jsonl   score against gold spans
    """


for command in (check, rules_cmd, rule_cmd, eval_cmd):
    cli.add_command(command)


def main() -> None:
    """Entry point: user mistakes become one line and exit 2; bugs say how to report them."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if exc.exit_code != 0 else 0)
    except UserError as exc:
        click.echo(exc.render(), err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(1)
    except Exception as exc:  # an internal error: say so, and how to report it
        click.echo(f"internal error: {type(exc).__name__}: {exc}\n"
                   f"This is a bug in mtaudit {__version__}; please report it with the command you ran "
                   f"at {REPORT_URL} (set MTAUDIT_DEBUG=1 for a traceback).", err=True)
        if __import__("os").environ.get("MTAUDIT_DEBUG"):
            raise
        sys.exit(3)
