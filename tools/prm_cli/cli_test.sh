#!/usr/bin/env bash
# Tests of the `prm` command-line tool: cli_test.sh PRM CASE WORKDIR
# Each case runs in a fresh WORKDIR and checks exit codes, messages, and that a refused command
# leaves the org file byte-for-byte unchanged.
set -uo pipefail
PRM="$1"
CASE="$2"
WORK="$3"
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 1

fail() { echo "FAIL [$CASE]: $*" >&2; exit 1; }
# expect CODE -- command...: runs it, saves stdout/stderr, checks the exit code.
expect() {
  local want="$1"; shift; shift
  "$@" >out.txt 2>err.txt
  local got=$?
  [ "$got" = "$want" ] || { cat out.txt err.txt >&2; fail "'$*' exited $got, expected $want"; }
}
contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not contain: $2"; }; }
sum() { sha256sum "$1" | cut -d' ' -f1; }
unchanged() { [ "$(sum org.sqlite)" = "$BEFORE" ] || fail "org.sqlite changed"; }

new_org() { "$PRM" new org.sqlite >/dev/null 2>&1 || fail "prm new failed"; BEFORE=$(sum org.sqlite); }
ADMIN=sanna.lehtonen@pohjolatech.example
MIKKO=mikko.nieminen@pohjolatech.example

case "$CASE" in
generated_docs)
  # docs/COMMANDS.md and assets/scenario.schema.json are the committed output of the structs:
  # regenerate them with `prm commands > docs/COMMANDS.md` and `prm schema > assets/scenario.schema.json`.
  expect 0 -- "$PRM" commands
  contains out.txt "## ChangeLeadOwner"
  diff -u "$SRC/docs/COMMANDS.md" out.txt >&2 || fail "docs/COMMANDS.md differs from 'prm commands'; regenerate it"
  expect 0 -- "$PRM" schema
  diff -u "$SRC/assets/scenario.schema.json" out.txt >&2 || fail "assets/scenario.schema.json differs from 'prm schema'; regenerate it"
  expect 2 -- "$PRM" commands extra
  contains err.txt "takes no arguments"
  ;;
usage)
  expect 2 -- "$PRM"
  contains err.txt "Usage:"
  expect 2 -- "$PRM" frobnicate
  contains err.txt "unknown command 'frobnicate'"
  expect 0 -- "$PRM" help
  contains out.txt "Exit codes"
  expect 2 -- "$PRM" import org.sqlite leads.csv
  contains err.txt "--object"
  expect 2 -- "$PRM" export org.sqlite --object
  contains err.txt "--object needs a value"
  expect 2 -- "$PRM" new a.sqlite --bogus
  contains err.txt "does not take --bogus"
  ;;
new)
  expect 0 -- "$PRM" new org.sqlite
  contains out.txt "Created org.sqlite"
  if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 org.sqlite 'PRAGMA integrity_check')" = ok ] || fail "sqlite3 says the file is damaged"
    [ "$(sqlite3 org.sqlite 'SELECT count(*) FROM org')" = 1 ] || fail "no org row"
  fi
  BEFORE=$(sum org.sqlite)
  expect 1 -- "$PRM" new org.sqlite
  contains err.txt "already exists"
  unchanged
  expect 1 -- "$PRM" new other.sqlite --scenario no-such-scenario
  contains err.txt "there is no built-in scenario 'no-such-scenario'"
  [ ! -e other.sqlite ] || fail "a file was created"
  expect 0 -- "$PRM" new basics.sqlite --scenario prm-basics
  contains out.txt "Created basics.sqlite"
  ;;
import_ok)
  new_org
  printf '\xEF\xBB\xBFFirstName,LastName,Company,Email,AnnualRevenue,City,OwnerId\r\nPäivi,Mäkelä,"Järvi, Oy",paivi@jarvi.example,250000,Jyväskylä,%s\r\n' "$MIKKO" > leads.csv
  expect 0 -- "$PRM" import org.sqlite --object Lead leads.csv
  contains out.txt "1 lead imported"
  "$PRM" export org.sqlite --object Lead > all.csv || fail "export failed"
  contains all.csv '"Järvi, Oy"'
  contains all.csv "Jyväskylä"
  # --partial: the good rows go in, the rejected ones come out in the error file, exit 3.
  printf 'LastName,Company,Email\nA,B,a@b.example\nC,D,bob@\n' > mixed.csv
  expect 3 -- "$PRM" import org.sqlite --object Lead mixed.csv --partial
  contains out.txt "1 lead imported, 1 row failed"
  contains mixed-errors.csv "ERROR"
  contains mixed-errors.csv "row 3, column Email: 'bob@' is not an e-mail address"
  ;;
import_bad)
  new_org
  printf 'LastName,Company,Email\nA,B,a@b.example\nC,D,bob@\n' > mixed.csv
  expect 1 -- "$PRM" import org.sqlite --object Lead mixed.csv
  contains err.txt "row 3, column Email"
  contains err.txt "unchanged"
  contains mixed-errors.csv "bob@"
  unchanged
  printf 'LastName,Company,AnnualRevenue\nVirtanen,"Oy\n' > quotes.csv
  expect 1 -- "$PRM" import org.sqlite --object Lead quotes.csv
  contains err.txt "line 2, column 2"
  unchanged
  printf 'LastName,Company,Shoe Size\nVirtanen,Oy,44\n' > unknown.csv
  expect 1 -- "$PRM" import org.sqlite --object Lead unknown.csv
  contains err.txt "column 3 'Shoe Size' matches no Lead field"
  unchanged
  printf 'LastName,Company,AnnualRevenue\nVirtanen,Oy,12k\n' > types.csv
  expect 1 -- "$PRM" import org.sqlite --object Lead types.csv --dry-run
  contains err.txt "row 2, column AnnualRevenue: '12k' is not a number"
  unchanged
  : > empty.csv
  expect 1 -- "$PRM" import org.sqlite --object Lead empty.csv
  contains err.txt "empty"
  unchanged
  head -c 3000 "$PRM" > binary.csv
  expect 1 -- "$PRM" import org.sqlite --object Lead binary.csv
  unchanged
  printf 'LastName,Company\nA,B\n' > ok.csv
  expect 1 -- "$PRM" import leads.csv --object Lead ok.csv
  contains err.txt "cannot read"
  echo "not sqlite" > fake.sqlite
  expect 1 -- "$PRM" import fake.sqlite --object Lead ok.csv
  contains err.txt "not a SQLite database"
  expect 1 -- "$PRM" import org.sqlite --object Lead ok.csv --as nobody@nowhere.example
  contains err.txt "there is no user 'nobody@nowhere.example'"
  unchanged
  ;;
export_as)
  new_org
  echo '{"cmd": "SetOrgWideDefaults", "object": "Lead", "internal": "Private", "external": "Private"}' > owd.jsonl
  "$PRM" apply org.sqlite owd.jsonl >/dev/null 2>&1 || fail "could not set the lead OWD"
  expect 0 -- "$PRM" export org.sqlite --object Lead --as "$ADMIN" --out admin.csv
  expect 0 -- "$PRM" export org.sqlite --object Lead --as "$MIKKO" --out mikko.csv
  all=$(($(wc -l < admin.csv) - 1))
  mine=$(($(wc -l < mikko.csv) - 1))
  [ "$mine" -gt 0 ] && [ "$mine" -lt "$all" ] || fail "Mikko sees $mine of $all leads"
  if grep -v "^Id," mikko.csv | grep -v "$MIKKO" | grep -q .; then
    # Anything else Mikko sees must come from sharing (rules, hierarchy), not be the whole list.
    [ "$mine" -lt "$all" ] || fail "Mikko sees every lead"
  fi
  expect 2 -- "$PRM" export org.sqlite --object Opportunity
  contains err.txt "use Lead, Account, Contact or User"
  ;;
apply_ok)
  new_org
  cat > cmds.jsonl <<'EOF'
{"cmd": "CreateLead", "lastName": "Ääninen", "company": "Öljy Oy"}

{"cmd": "CreateLead", "lastName": "Toinen", "company": "Kaksi Oy"}
EOF
  expect 0 -- "$PRM" apply org.sqlite cmds.jsonl
  contains out.txt "Applied 2 commands"
  "$PRM" export org.sqlite --object Lead | grep -q "Ääninen" || fail "the lead is not there"
  ;;
apply_bad)
  new_org
  cat > cmds.jsonl <<'EOF'
{"cmd": "CreateLead", "lastName": "Ok", "company": "Fine Oy"}
{"cmd": "CreateLead", "lastName": "Broken", "company": "Bad Oy", "email": "bob@"}
EOF
  expect 1 -- "$PRM" apply org.sqlite cmds.jsonl
  contains err.txt "line 2"
  contains err.txt "nothing was applied"
  unchanged
  printf '{"cmd": "CreateLead", "lastName": "A", "company": "B"}\n{"cmd": \n' > syntax.jsonl
  expect 1 -- "$PRM" apply org.sqlite syntax.jsonl
  contains err.txt "line 2: not valid JSON"
  unchanged
  ;;
org_json)
  new_org
  expect 0 -- "$PRM" export-org org.sqlite --out org.json
  contains org.json '"format": "prm-sandbox-org"'
  "$PRM" new copy.sqlite >/dev/null 2>&1
  expect 0 -- "$PRM" import-org copy.sqlite org.json
  "$PRM" export-org copy.sqlite --out again.json
  cmp -s org.json again.json || fail "the org JSON does not round-trip"
  sed -E 's/"annualRevenue": ([0-9.e+-]+|null)/"annualRevenue": "12k"/' org.json > bad.json
  expect 1 -- "$PRM" import-org org.sqlite bad.json
  contains err.txt '$.leads[0].annualRevenue: expected a number, got "12k"'
  unchanged
  ;;
eml)
  new_org
  expect 0 -- "$PRM" eml org.sqlite 1 --out mail.eml
  contains mail.eml "Content-Type: text/plain; charset=UTF-8"
  grep -q $'\r$' mail.eml || fail "no CRLF line endings"
  expect 1 -- "$PRM" eml org.sqlite 999999
  contains err.txt "there is no e-mail with id 999999"
  expect 2 -- "$PRM" eml org.sqlite abc
  ;;
check)
  new_org
  expect 2 -- "$PRM" check org.sqlite
  contains err.txt "not built from a scenario"
  expect 1 -- "$PRM" check org.sqlite --scenario no-such-scenario
  contains err.txt "there is no built-in scenario"
  unchanged
  "$PRM" new basics.sqlite --scenario prm-basics >/dev/null 2>&1 || fail "could not build the scenario org"
  BEFORE=$(sum basics.sqlite)
  # Nothing done yet: enabling PRM fails its check, with the diagnosis; checking changes nothing.
  expect 1 -- "$PRM" check basics.sqlite --exercise enable-prm
  contains out.txt "FAIL enable-prm"
  contains out.txt "PRM is not enabled"
  [ "$(sum basics.sqlite)" = "$BEFORE" ] || fail "check changed the file"
  echo '{"cmd": "EnablePrm"}' > enable.jsonl
  "$PRM" apply basics.sqlite enable.jsonl >/dev/null 2>&1 || fail "EnablePrm was refused"
  expect 0 -- "$PRM" check basics.sqlite --exercise enable-prm
  contains out.txt "PASS enable-prm"
  contains out.txt "1 of 1 exercises pass"
  expect 1 -- "$PRM" check basics.sqlite --exercise nope
  contains err.txt "has no exercise 'nope'"
  ;;
apply_deep)
  # A command nested 100,000 levels deep is refused with its JSON path, without a crash; nothing changes.
  new_org
  { printf '{"cmd": "EnablePrm", "x": '; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'
    printf '}\n'; } > deep.jsonl
  expect 1 -- "$PRM" apply org.sqlite deep.jsonl
  contains err.txt 'deep.jsonl, line 1: $.x[0][0][0]'
  contains err.txt 'nested deeper than 64 levels'
  contains err.txt 'nothing was applied'
  unchanged
  # The same command in a JSON array.
  { printf '['; cat deep.jsonl; printf ']'; } > deep.json
  expect 1 -- "$PRM" apply org.sqlite deep.json
  contains err.txt 'deep.json: $[0].x[0][0]'
  contains err.txt 'nested deeper than 64 levels'
  unchanged
  ;;
*) fail "unknown case" ;;
esac
echo "ok [$CASE]"
