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
# ---- files in and out: output paths, odd inputs, formulas, numbers, 1,000,000 leads ----------
output_paths)
  # An output option never overwrites the org, nor (without --force) another SQLite file.
  new_org
  printf 'LastName,Company\nA,B\nC,\n' > bad.csv
  expect 1 -- "$PRM" import org.sqlite --object Lead bad.csv --errors org.sqlite
  contains err.txt "'org.sqlite' is the org file org.sqlite"
  contains err.txt "org.sqlite is unchanged"
  unchanged
  expect 1 -- "$PRM" import org.sqlite --object Lead bad.csv --errors ./org.sqlite --force
  contains err.txt "is the org file"
  unchanged
  ln org.sqlite hardlink.sqlite
  expect 1 -- "$PRM" export org.sqlite --object Lead --out hardlink.sqlite --force
  contains err.txt "is the org file"
  unchanged
  expect 1 -- "$PRM" export org.sqlite --object Lead --out org.sqlite
  contains err.txt "is the org file"
  unchanged
  expect 1 -- "$PRM" export-org org.sqlite --out org.sqlite --force
  contains err.txt "is the org file"
  expect 1 -- "$PRM" eml org.sqlite 1 --out org.sqlite
  contains err.txt "is the org file"
  unchanged
  "$PRM" new other.sqlite >/dev/null 2>&1 || fail "prm new failed"
  OTHER=$(sum other.sqlite)
  expect 1 -- "$PRM" export org.sqlite --object Lead --out other.sqlite
  contains err.txt "'other.sqlite' is a SQLite database (perhaps an org); give another file name, or add --force"
  [ "$(sum other.sqlite)" = "$OTHER" ] || fail "other.sqlite was overwritten"
  expect 1 -- "$PRM" import org.sqlite --object Lead bad.csv --errors other.sqlite --partial
  contains err.txt "is a SQLite database"
  [ "$(sum other.sqlite)" = "$OTHER" ] || fail "other.sqlite was overwritten"
  unchanged
  expect 0 -- "$PRM" export org.sqlite --object Lead --out other.sqlite --force
  head -c 3 other.sqlite | grep -q "Id," || fail "--force did not write the export"
  mkdir outdir
  expect 1 -- "$PRM" export org.sqlite --object Lead --out outdir
  contains err.txt "'outdir' is a directory"
  echo "old text" > plain.csv
  expect 0 -- "$PRM" export org.sqlite --object Lead --out plain.csv
  contains plain.csv "LeadNumber"
  unchanged
  ;;
odd_files)
  # Inputs that are not regular files are refused at once, never read (a FIFO would block). `timeout`
  # only turns such a regression into a failure instead of a hung test run; nothing here is timed.
  new_org
  mkfifo pipe.csv
  expect 1 -- timeout 120 "$PRM" import org.sqlite --object Lead pipe.csv
  contains err.txt "'pipe.csv' is not a regular file (it is a pipe, a device or a socket)"
  unchanged
  expect 1 -- timeout 120 "$PRM" import org.sqlite --object Lead /dev/zero
  contains err.txt "'/dev/zero' is not a regular file"
  unchanged
  expect 1 -- timeout 120 "$PRM" apply org.sqlite pipe.csv
  contains err.txt "is not a regular file"
  mkdir orgdir
  printf 'LastName,Company\nA,B\n' > ok.csv
  expect 1 -- "$PRM" import orgdir --object Lead ok.csv
  contains err.txt "'orgdir' is a directory; give the path of an org .sqlite file"
  grep -q "8796093022208" err.txt && fail "a directory reported as a size"
  expect 1 -- "$PRM" export orgdir --object Lead
  contains err.txt "is a directory"
  expect 1 -- timeout 120 "$PRM" export /dev/zero --object Lead
  contains err.txt "is not a regular file"
  # A WAL-mode org (the sqlite3 shell's PRAGMA journal_mode=WAL) opens; changes still in its -wal
  # file are refused with what to do.
  cp org.sqlite wal.sqlite
  [ "$(sqlite3 wal.sqlite 'PRAGMA journal_mode=WAL')" = wal ] || fail "sqlite3 did not switch to WAL"
  [ "$(od -An -tu1 -j18 -N2 wal.sqlite | tr -s ' ')" = " 2 2" ] || fail "the copy is not in WAL mode"
  expect 0 -- "$PRM" export wal.sqlite --object Lead --out wal-leads.csv
  expect 0 -- "$PRM" export org.sqlite --object Lead --out org-leads.csv
  cmp -s wal-leads.csv org-leads.csv || fail "the WAL-mode org exports differently"
  expect 0 -- "$PRM" import wal.sqlite --object Lead ok.csv
  contains out.txt "1 lead imported"
  expect 0 -- "$PRM" export wal.sqlite --object Lead --out after.csv
  [ $(($(wc -l < after.csv) - $(wc -l < org-leads.csv))) = 1 ] || fail "the import into the WAL-mode org was lost"
  [ "$(sqlite3 wal.sqlite 'PRAGMA integrity_check')" = ok ] || fail "the WAL-mode org was damaged"
  cp org.sqlite wal2.sqlite
  sqlite3 wal2.sqlite 'PRAGMA journal_mode=WAL' >/dev/null
  printf 'wal' > wal2.sqlite-wal
  expect 1 -- "$PRM" export wal2.sqlite --object Lead
  contains err.txt "'wal2.sqlite' is in WAL mode and its changes are still in 'wal2.sqlite-wal'; run \`sqlite3 wal2.sqlite 'PRAGMA journal_mode=DELETE'\`"
  ;;
formulas_numbers)
  # A lead named like a formula goes out neutralised (--raw: as it is), comes back exactly; numbers
  # go out as plain digits and come back the same.
  new_org
  cat > cmds.jsonl <<'EOF'
{"cmd": "CreateLead", "lastName": "=HYPERLINK(\"http://x\",\"y\")", "company": "'=x", "annualRevenue": 9e15}
{"cmd": "CreateLead", "lastName": "@home", "company": "-5", "annualRevenue": 0.1, "employees": 120000}
EOF
  expect 0 -- "$PRM" apply org.sqlite cmds.jsonl
  expect 0 -- "$PRM" export org.sqlite --object Lead --out safe.csv
  contains safe.csv "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",''=x,"
  contains safe.csv "'@home,'-5,"
  contains safe.csv ",9000000000000000,"
  grep -q "e+" safe.csv && fail "a number was written with an exponent"
  expect 0 -- "$PRM" export org.sqlite --object Lead --out raw.csv --raw
  contains raw.csv "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=x,"
  "$PRM" new copy.sqlite >/dev/null 2>&1 || fail "prm new failed"
  { head -1 safe.csv; grep -E "HYPERLINK|@home" safe.csv; } > again.csv
  expect 0 -- "$PRM" import copy.sqlite --object Lead again.csv
  contains out.txt "2 leads imported"
  [ "$(sqlite3 copy.sqlite "SELECT count(*) FROM leads WHERE last_name = '=HYPERLINK(\"http://x\",\"y\")' AND company = '''=x' AND annual_revenue = 9e15")" = 1 ] || fail "the formula lead did not come back exactly"
  [ "$(sqlite3 copy.sqlite "SELECT count(*) FROM leads WHERE last_name = '@home' AND company = '-5' AND annual_revenue = 0.1 AND employees = 120000")" = 1 ] || fail "the second lead did not come back exactly"
  ;;
million)
  # 1,000,000 leads: an org the product writes is an org every subcommand that reads an org opens,
  # and its CSV export is within the import limit. GenerateLeads logs its count, never the leads.
  new_org
  echo '{"cmd": "GenerateLeads", "count": 1000000, "seed": 7}' > gen.jsonl
  expect 0 -- "$PRM" apply org.sqlite gen.jsonl
  size=$(stat -c %s org.sqlite)
  echo "org with 1,000,000 leads: $size bytes"
  [ "$size" -gt 50000000 ] || fail "the org is suspiciously small ($size bytes)"
  [ "$size" -lt $((1024 * 1024 * 1024)) ] || fail "the org is over the 1024 MB org file limit"
  total=$(sqlite3 org.sqlite 'SELECT count(*) FROM leads')
  [ "$total" -ge 1000000 ] || fail "$total leads"
  log=$(sqlite3 org.sqlite "SELECT max(length(command)) FROM command_log")
  [ "$log" -lt 2000 ] || fail "a command log entry is $log bytes"
  expect 0 -- "$PRM" export org.sqlite --object Lead --out all.csv
  contains err.txt "$total rows written to all.csv"
  [ $(($(wc -l < all.csv) - 1)) = "$total" ] || fail "the export has $(wc -l < all.csv) lines for $total leads"
  csvsize=$(stat -c %s all.csv)
  echo "its lead export: $csvsize bytes"
  [ "$csvsize" -lt $((512 * 1024 * 1024)) ] || fail "the export is over the 512 MB import limit"
  expect 0 -- "$PRM" eml org.sqlite 1 --out mail.eml
  expect 2 -- "$PRM" check org.sqlite
  contains err.txt "not built from a scenario"
  echo '{"cmd": "CreateLead", "lastName": "Miljoonas", "company": "Iso Oy"}' > one.jsonl
  expect 0 -- "$PRM" apply org.sqlite one.jsonl
  # A slice of the export imports back into the big org (the import reads it too).
  head -1001 all.csv > slice.csv
  expect 0 -- "$PRM" import org.sqlite --object Lead slice.csv
  contains out.txt "1000 leads imported"
  [ "$(sqlite3 org.sqlite 'SELECT count(*) FROM leads')" = $((total + 1001)) ] || fail "wrong lead count after the import"
  # The org as JSON would be over the 512 MB JSON limit: refused rather than written unreadable.
  expect 1 -- "$PRM" export-org org.sqlite --out org.json
  contains err.txt "over the 512 MB limit of JSON files, so it could not be imported again"
  [ ! -e org.json ] || fail "an org JSON the importer would refuse was written"
  [ "$(sqlite3 org.sqlite 'PRAGMA integrity_check')" = ok ] || fail "sqlite3 says the file is damaged"
  # import-org opens the big org too (it must be an org) before replacing it with a small one.
  "$PRM" new small.sqlite >/dev/null 2>&1 || fail "prm new failed"
  "$PRM" export-org small.sqlite --out small.json >/dev/null 2>&1 || fail "export-org of a small org failed"
  expect 0 -- "$PRM" import-org org.sqlite small.json
  [ "$(sqlite3 org.sqlite 'SELECT count(*) FROM leads')" = "$(sqlite3 small.sqlite 'SELECT count(*) FROM leads')" ] || fail "import-org did not replace the org"
  ;;
tampered_schema)
  # An org file whose view was re-created with another body is refused by every command, naming the view.
  command -v sqlite3 >/dev/null || fail "the sqlite3 shell is missing (scripts/setup installs it)"
  new_org
  sqlite3 org.sqlite "DROP VIEW queue_users; CREATE VIEW queue_users AS SELECT q.id AS queue_id, u.id AS user_id FROM queues q, users u;" \
    || fail "sqlite3 could not change the view"
  BEFORE=$(sum org.sqlite)
  expect 1 -- "$PRM" export org.sqlite --object Lead
  contains err.txt "the file's view 'queue_users' differs from PRM Sandbox's own: it was changed outside PRM Sandbox"
  echo '{"cmd": "EnablePrm"}' > enable.jsonl
  expect 1 -- "$PRM" apply org.sqlite enable.jsonl
  contains err.txt "view 'queue_users' differs"
  unchanged
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
