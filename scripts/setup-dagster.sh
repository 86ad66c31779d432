#!/usr/bin/env bash
# Makes the real Dagster the agent's tests run against: a virtualenv with tests/dagster/requirements.txt
# installed under the pins of tests/dagster/constraints.txt. It lives in the user's cache
# (DAGSTER_VENV, default ${XDG_CACHE_HOME:-~/.cache}/project-history/dagster-venv), like npm's own cache,
# so every clone on the machine shares one install instead of downloading Dagster again.
# Idempotent and quick when nothing changed: a stamp in the venv holds the hash of both files and of the
# Python used; a matching stamp and a working `dagster` skip the install.
#   PYTHON=python3.12 scripts/setup-dagster.sh   picks the interpreter (default python3; Dagster 1.13 needs 3.10-3.14)
#   DAGSTER_SETUP_UNLOCKED=1                     installs without the constraints file (to refresh it)
set -euo pipefail
cd "$(dirname "$0")/.."

venv=${DAGSTER_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/project-history/dagster-venv}
mkdir -p "$(dirname "$venv")"
requirements=tests/dagster/requirements.txt
constraints=tests/dagster/constraints.txt
python=${PYTHON:-python3}

fail() {
  echo "setup-dagster: FAILED: $*" >&2
  exit 1
}

command -v "$python" >/dev/null 2>&1 || fail "no '$python' on PATH: install Python 3.10-3.14 (with venv) or set PYTHON"
"$python" -c 'import sys; sys.exit(0 if (3, 10) <= sys.version_info[:2] < (3, 15) else 1)' ||
  fail "$("$python" --version 2>&1) is not supported by Dagster 1.13 (needs 3.10-3.14); set PYTHON"

unlocked=${DAGSTER_SETUP_UNLOCKED:-}
stamp_value=$(
  {
    cat "$requirements"
    [ -n "$unlocked" ] || cat "$constraints"
    "$python" -c 'import sys; print(sys.version)'
  } | sha256sum | cut -d' ' -f1
)
stamp="$venv/.setup-stamp"

# Reading the installed versions' metadata is quick; `dagster --version` imports all of Dagster (seconds).
installed_versions() {
  "$venv/bin/python" -c 'import importlib.metadata as m; print(", ".join(f"{n} {m.version(n)}" for n in ("dagster", "dagster-webserver", "dagster-graphql")))' 2>/dev/null
}

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_value" ] && [ -x "$venv/bin/dagster" ] && [ -x "$venv/bin/dagster-webserver" ] &&
  versions=$(installed_versions); then
  echo "setup-dagster: $venv is up to date: $versions"
  exit 0
fi

echo "setup-dagster: installing $requirements into $venv (a few minutes the first time)"
rm -rf "$venv"
"$python" -m venv "$venv" || fail "'$python -m venv' failed (on Debian: apt-get install python3-venv)"
log="$venv/install.log"
constraint_args=()
[ -n "$unlocked" ] || constraint_args=(-c "$constraints")
# pip's own output goes to a log: the machine's pip configuration can be chatty, and a failure shows its tail.
if ! "$venv/bin/python" -m pip install --disable-pip-version-check -r "$requirements" "${constraint_args[@]}" >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  fail "pip could not install $requirements (full log: $log). Is PyPI reachable?"
fi
"$venv/bin/dagster" --version >/dev/null 2>&1 || fail "dagster was installed but does not run (see $log)"
echo "$stamp_value" >"$stamp"
echo "setup-dagster: ready: $(installed_versions) ($("$venv/bin/dagster" --version))"
