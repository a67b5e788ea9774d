#!/bin/bash
# Re-run issue 18's attack table (every row of the issue, plus the rows later rounds added)
# against the installed `mtaudit` (activate the venv first). One line per row:
#   rc=<exit code> <wall seconds>  and the first characters of stderr (or a check's verdict).
# A row is fine when it exits 0/1 (the input audited) or 2 with a one-line `file:line: ...`
# error; "TRACEBACK" after a row, a timeout (rc=124) or "CHANGED"/"BAD" is a failure.
# The memory rows (50 MB input, one 10 MB line) are bench/memory.py's.
#
#   bash bench/attack_table.sh [WORKDIR]      # default /tmp/mtaudit-attack; ~10-20 min
#
# The language model is off (MTAUDIT_NO_LM=1, as in the tests and bench/memory.py) unless the
# caller sets MTAUDIT_NO_LM=0: the rows test robustness, and with the model on the long-line rows
# spend minutes of a loaded machine scoring thousands of names (row 3's 256 KB line: ~86 CPU-s
# with it, ~5 without), which says nothing about the row and can hit its timeout.
set -u
export MTAUDIT_NO_LM=${MTAUDIT_NO_LM:-1}
echo "MTAUDIT_NO_LM=$MTAUDIT_NO_LM"
WORK=${1:-/tmp/mtaudit-attack}
mkdir -p "$WORK" && cd "$WORK" || exit 2
T() { local s=$(date +%s.%N); timeout "$1" "${@:2}" >out.txt 2>err.txt; local rc=$?; local e=$(echo "$(date +%s.%N) - $s" | bc)
      printf "rc=%s %.1fs" $rc $e; grep -q Traceback err.txt && printf " TRACEBACK"; }
row() { printf "%-44s " "$1"; }
printf 'x%2000sx\n' '' > ws.txt
python3 -c "print('x' + '\n'*3000 + 'x')" > nl.txt
row "1 whitespace run 2000 / 3000 newlines"; T 120 mtaudit check ws.txt; echo -n " | "; T 120 mtaudit check nl.txt; echo
python3 - <<'P'
names="abcdefghij"
items=["&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]+[f"&{names[i]} ["+", ".join([f"*{names[i-1]}"]*9)+"]" for i in range(1,9)]
lol="["+", ".join(items)+"]"
open("bomb.yaml","w").write(f"? {lol}\n: x\n")
rule="""rules:
- code: MT990
  name: test-rule
  kind: existence
  category: calque
  confidence: likely
  message: 'found {match}'
  why: because
  tokens: ['at the legislative level']
  bad: ['They banned it at the legislative level.']
  good: ['They banned it by law.']
"""
open("r_key.yaml","w").write(rule.replace("- code: MT990", f"- ? {lol}\n  : 1\n  code: MT990"))
open("r_kind.yaml","w").write(rule.replace("  kind: existence", f"  kind: {lol}"))
open("r_summary.yaml","w").write(rule.replace("  why: because", f"  why: because\n  summary: {lol}"))
open("r_define.yaml","w").write(rule.replace("rules:", f"define:\n  X: {lol}\nrules:"))
hostile = {
 "h_repl5": rule + "  fix: {replacement: 5}\n",
 "h_gnope": rule + "  fix: {replacement: '\\g<nope>'}\n",
 "h_g9": rule + "  fix: {replacement: '\\9'}\n",
 "h_spec": rule.replace("'found {match}'", "'{match:>400000000}'"),
 "h_mro": rule.replace("'found {match}'", "'{match.__class__.__mro__[1].__subclasses__}'"),
 "h_nl": rule.replace("code: MT990", 'code: "MT990\\n"'),
 "h_arabic": rule.replace("code: MT990", "code: MT٩٩٠"),
 "h_passwd": rule.replace("rules:", "define:\n  W: {words: ../../etc/passwd}\nrules:"),
 "h_double": rule + "  fix: {replacement: '\\g<0>\\g<0>'}\n",
 "h_mt401": rule.replace("MT990", "MT401"),
}
for k,v in hostile.items(): open(k+".yaml","w").write(v)
P
printf 'Donald trump said.\n' > a.txt
row "2 billion laughs glossary (432 B)"; T 60 mtaudit check a.txt --glossary bomb.yaml; echo " $(head -c 90 err.txt)"
for k in key kind summary define; do row "2 billion laughs --rules $k"; T 60 mtaudit check --rules r_$k.yaml a.txt; echo " $(head -c 80 err.txt)"; done
python3 -c "print('Donald trump said it. ' * 1500)" > l.txt
row "3 diff of 1500 sentences on one line"; T 300 mtaudit diff l.txt; echo
python3 -c "print('Donald trump said it. ' * 11700)" > l256.txt
row "3 256 KB one line fix --report-dir"; T 300 mtaudit fix l256.txt --report-dir rep256; echo
python3 -c "print('Donald trump said.\n\n' * 8000, end='')" > many.txt
row "4 8000 fixes: fix / check"; T 300 mtaudit fix many.txt -o many.out; echo -n " | "; T 300 mtaudit check many.txt; echo
python3 -c "
import json
with open('in.jsonl','w') as f:
    for i in range(500): f.write(json.dumps({'id':f'd{i}','text':f'Donald trump said {i}.'})+'\n')"
rm -f out.jsonl hl.jsonl; ln in.jsonl hl.jsonl; cp in.jsonl in.bak
row "5 batch -o hard link of input"; T 60 mtaudit batch in.jsonl -o hl.jsonl --resume; cmp -s in.jsonl in.bak && echo " input intact: $(head -c 70 err.txt)" || echo " INPUT CHANGED"
echo precious > victim.txt; ln -sf victim.txt sl.jsonl
row "5 batch -o planted symlink"; T 60 mtaudit batch in.jsonl -o sl.jsonl --overwrite; [ "$(cat victim.txt)" = precious ] && echo " victim intact: $(head -c 60 err.txt)" || echo " VICTIM CHANGED"
mtaudit batch in.jsonl -o out.jsonl >/dev/null 2>&1
row "5 batch -o EXISTING without --resume"; T 60 mtaudit batch in.jsonl -o out.jsonl; echo " records kept: $(wc -l < out.jsonl) $(head -c 60 err.txt)"
rm -f two.jsonl; (mtaudit batch in.jsonl -o two.jsonl --workers 1 >/dev/null 2>&1 &); sleep 0.5
row "6 second batch on a busy output"; T 60 mtaudit batch in.jsonl -o two.jsonl --resume; echo " $(head -c 80 err.txt)"; sleep 8
python3 -c "print('Donald trump said. ' * 3000)" > big.txt
row "7 cat big | check /dev/stdin --max-bytes 1000"; cat big.txt | timeout 60 mtaudit check /dev/stdin --max-bytes 1000 >out.txt 2>err.txt; echo "rc=$? $(head -c 80 err.txt)"
row "7 check /dev/zero"; T 60 mtaudit check /dev/zero; echo " $(head -c 80 err.txt)"
row "7 fix --decisions /dev/zero"; T 60 mtaudit fix a.txt --decisions /dev/zero; echo " $(head -c 80 err.txt)"
python3 -c "
import json; open('bigline.jsonl','w').write(json.dumps({'id':'x','text':'x '*600000})+'\n')"
row "7 batch line over --max-bytes"; T 60 mtaudit batch bigline.jsonl --max-bytes 100000; echo " $(head -c 100 out.txt)"
row "7 glossary over --max-bytes"; T 60 mtaudit check a.txt --glossary bomb.yaml --max-bytes 100; echo " $(head -c 80 err.txt)"
printf 'Café trump said.\n' | iconv -t cp1252 > ref1252.txt
row "7 --ref honours --encoding"; T 180 mtaudit check a.txt --ref ref1252.txt --encoding cp1252; echo " $(head -c 80 err.txt)"
python3 -c "print('{\"mtaudit_decisions\": 1, \"doc\": \"a\", \"decisions\": [' + ','.join(['{}']*300000) + ']}')" > dec.json
row "8 decisions 1.2 MB of {}"; T 120 mtaudit fix a.txt --decisions dec.json; echo " $(head -c 80 err.txt)"
printf '\xff\xfe' > u16.txt; printf 'Donald trump said.\r\n' | iconv -t UTF-16LE >> u16.txt
row "11 fix UTF-16LE with BOM keeps BOM/order"; T 60 mtaudit fix u16.txt -o u16.out; python3 -c "d=open('u16.out','rb').read(); print(' ok' if d==b'\xff\xfe'+'Donald Trump said.\r\n'.encode('utf-16-le') else ' BAD', d[:6])"
printf 'Donald trump said.\r\n' | iconv -t UTF-16BE > be.txt
row "11 fix --encoding utf-16-be (no BOM)"; T 60 mtaudit fix be.txt -o be.out --encoding utf-16-be; python3 -c "d=open('be.out','rb').read(); print(' ok' if d=='Donald Trump said.\r\n'.encode('utf-16-be') else ' BAD')"
row "11 UTF-16 without BOM reported as"; T 60 mtaudit check be.txt; echo " $(head -c 100 err.txt)"
printf '{"id":"b",\r"text":"Donald trump said."}\n{"id":"c","text":"x"}\n' > cr.jsonl
row "12 dask: CR inside a JSON line"; T 300 mtaudit batch cr.jsonl --engine dask; echo " ids: $(grep -o '"id":"[a-z]"' out.txt | tr '\n' ' ') $(head -c 60 err.txt)"
for k in repl5 gnope g9 spec mro nl arabic passwd double mt401; do row "14 hostile rule $k"; T 60 mtaudit check --rules h_$k.yaml a.txt; echo " $(head -c 90 err.txt)"; done
python3 -c "print('“' * 20000 + 'x' + '\"' * 20000)" > q.txt; row "15 nested quote marks 40k"; T 120 mtaudit check q.txt; echo
python3 -c "print('x' + '.' * 64000 + 'x')" > dots.txt; row "15 64 KB of dots"; T 120 mtaudit check dots.txt; echo
python3 -c "print('a-' * 32000)" > am.txt; row "15 'a-' x 32k"; T 120 mtaudit check am.txt; echo
python3 -c "print('putin said. ' * 20000)" > men.txt; row "15 repeated lone lowercase name"; T 120 mtaudit check men.txt; echo
printf 'Donald trump \\ud800 said.\n' > esc.txt
row "16 fix --html with unicode_escape surrogate"; T 60 mtaudit fix esc.txt --html esc.html --encoding unicode_escape; echo " $(head -c 80 err.txt)"
row "16 diff with utf-7 surrogate"; printf 'Donald trump +2AA- said.\n' > u7.txt; T 60 mtaudit diff u7.txt --encoding utf-7; echo " $(head -c 80 err.txt)"
row "16 --encoding undefined"; T 60 mtaudit check a.txt --encoding undefined; echo " $(head -c 80 err.txt)"
python3 -c "print('{\"mtaudit_decisions\": ' + '9'*5000 + '}')" > dint.json
row "16 5000-digit integer in decisions"; T 60 mtaudit fix a.txt --decisions dint.json; echo " $(head -c 80 err.txt)"
printf '{"quote": "\\ud800 x", "source": "s"}\n' > bank.jsonl
row "16 \\ud800 in a quote bank"; T 60 mtaudit check a.txt --ref bank.jsonl; echo " $(head -c 80 err.txt)"
row "16 stdout to /dev/full"; timeout 60 mtaudit check a.txt > /dev/full 2>err.txt; echo "rc=$? $(head -c 80 err.txt)"
row "16 batch -o on /dev/full"; T 60 mtaudit batch in.jsonl -o /dev/full --overwrite; echo " $(head -c 80 err.txt)"
printf 'concepts:\n- id: a\n  canonical: "Bo\\x01b"\n  type: person\n' > ctl.yaml
row "16 glossary with a control character"; T 60 mtaudit glossary export ctl.yaml --format tbx; echo " $(head -c 80 err.txt)"
cp a.txt "$(printf 'e\033[31mvil.txt')"; row "17 ESC in a file name"; T 60 mtaudit check "$(printf 'e\033[31mvil.txt')" --decisions nope.json; echo " $(head -c 80 err.txt | cat -v)"
row "17 NaN weights"; T 60 mtaudit check a.txt --weights major=nan; echo " $(head -c 80 err.txt)"
printf 'Donald trump\n' > real.txt; ln -sf real.txt link.txt; ln -f real.txt hard2.txt 2>/dev/null
row "17 --in-place on a hard-linked file"; T 60 mtaudit fix real.txt --in-place; echo " $(head -c 80 err.txt)"
rm -f hard2.txt; row "17 --in-place through a symlink"; T 60 mtaudit fix link.txt --in-place; [ -L link.txt ] && echo " link kept: $(cat real.txt)" || echo " LINK REPLACED"
printf '\xef\xbb\xbf{"mtaudit_decisions": 1, "doc": "a", "decisions": []}' > dbom.json
row "17 decisions file with a BOM"; T 60 mtaudit fix a.txt --decisions dbom.json; echo " $(head -c 80 err.txt)"
mkdir -p cfgp/sub && printf '[tool.mtaudit\n' > cfgp/pyproject.toml && cp a.txt cfgp/sub/
row "17 broken pyproject.toml"; (cd cfgp/sub && T 60 mtaudit check a.txt); echo " $(head -c 80 err.txt 2>/dev/null; head -c 80 cfgp/sub/err.txt)"
# --- rows added by this round ---
mtaudit batch in.jsonl -o rep.jsonl --overwrite >/dev/null 2>&1
good=$(head -1 rep.jsonl)
for bad in '{"id":"a","line":2,"summary":{"quality":{"score":"x","words":1,"penalty":0}},"findings":[]}' '{"id":"a","line":2,"summary":{"quality":{"score":1,"words":1,"penalty":0}},"findings":[1]}' '{"id":"a","line":null,"summary":{"quality":{"score":1,"words":1,"penalty":0}},"findings":[{"code":"MT1","category":"x"}]}' '{"id":"a","line":2,"summary":{"quality":{"score":NaN,"words":1,"penalty":0}},"findings":[]}' '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['; do
  printf '%s\n%s\n' "$good" "$bad" > mal.jsonl
  row "3' report on a malformed record"; T 60 mtaudit report mal.jsonl; echo " $(head -c 90 err.txt) $(grep -c Traceback err.txt) tracebacks"
done
printf '\xff\xfe' > s16.txt; printf 'Donald trump said.\n' | iconv -t UTF-16LE >> s16.txt
row "11' check --fix - on UTF-16 stdin"; timeout 60 mtaudit check --fix - < s16.txt > s16.out 2>err.txt; echo "rc=$? $(python3 -c "d=open('s16.out','rb').read(); print('ok' if d==b'\xff\xfe'+'Donald Trump said.\n'.encode('utf-16-le') else 'BAD', d[:8])")"
