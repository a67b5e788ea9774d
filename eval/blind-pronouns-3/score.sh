#!/usr/bin/env bash
# Score blind-pronouns-3 with the installed mtaudit: pronoun findings only, the matching rule of
# ../shared/tools/score.py. Usage (from the project root): eval/blind-pronouns-3/score.sh [--no-lm]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd); tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in "$here"/docs/*.txt; do
  mtaudit check "$f" "$@" --format jsonl -o "$tmp/$(basename "$f" .txt).jsonl" >/dev/null 2>>"$tmp/stderr"
done
cat "$tmp"/*.jsonl | python3 -c "
import json, sys
for line in sys.stdin:
    if json.loads(line).get('category') == 'pronoun':
        sys.stdout.write(line)" > "$tmp/pronoun.jsonl"
score=${SCORE_PY:-$here/../../../shared/tools/score.py}  # ../shared of the project root
[ -f "$score" ] || score=$here/../../../../shared/tools/score.py  # a worktree under wt/
python3 "$score" --docs "$here/docs" --gold "$here/gold.jsonl" \
  --pred "$tmp/pronoun.jsonl" --details
