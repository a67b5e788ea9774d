"""The `mtaudit` command group: thin wiring; each command lives in mtaudit/commands/."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .commands.batch import batch_cmd
from .commands.check import check
from .commands.evaluate import eval_cmd
from .commands.rules import rule_cmd, rules_cmd
from .config import default_map, find_config, load_config, settings_from
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
    flags on the command line take precedence.
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


for command in (check, rules_cmd, rule_cmd, eval_cmd, batch_cmd):
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
