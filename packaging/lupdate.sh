#!/bin/sh
# Collect every tr() string from the GUI into translations/behind_<lang>.ts, fill
# the English plural forms, and compile .qm files next to them.
#   packaging/lupdate.sh            # English only
#   packaging/lupdate.sh de fr      # also (re)generate behind_de.ts, behind_fr.ts
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(dirname "$(command -v python)")
lupdate=${LUPDATE:-$bin/pyside6-lupdate}
lrelease=${LRELEASE:-$bin/pyside6-lrelease}
out="$here/src/behind_desktop/translations"
mkdir -p "$out"
cd "$here"
sources=$(find src/behind_desktop/gui -name "*.py" | sort)
for lang in en "$@"; do
    # shellcheck disable=SC2086
    "$lupdate" -no-obsolete -locations relative $sources -ts "$out/behind_$lang.ts"
done
python packaging/fill_english_plurals.py "$out/behind_en.ts"
for ts in "$out"/behind_*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
