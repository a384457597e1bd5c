#!/bin/sh
# Collect every user-visible string into translations/behind_<lang>.ts: tr() in
# the windows, QT_TRANSLATE_NOOP() where core/, services/ and the CLI declare
# their words (no source locations, so an edit elsewhere in a file leaves the .ts
# files alone). Then fill the English plural forms, compile the .qm files, and
# write the Qt-free catalogs the command line reads (cli_<lang>.json).
#   packaging/lupdate.sh            # every language already shipped
#   packaging/lupdate.sh it         # also start behind_it.ts
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(dirname "$(command -v python)")
lupdate=${LUPDATE:-$bin/pyside6-lupdate}
lrelease=${LRELEASE:-$bin/pyside6-lrelease}
python=${PYTHON:-$bin/python}
out="$here/src/behind_desktop/translations"
mkdir -p "$out"
cd "$here"
sources=$(find src/behind_desktop -name '*.py' | sort)
langs="en"
for ts in "$out"/behind_*.ts; do
    [ -e "$ts" ] || continue
    lang=${ts##*/behind_}
    lang=${lang%.ts}
    [ "$lang" = en ] || langs="$langs $lang"
done
for lang in $langs "$@"; do
    target=""
    [ -e "$out/behind_$lang.ts" ] || target="-target-language $lang"
    # shellcheck disable=SC2086
    "$lupdate" -no-obsolete -locations none $target $sources -ts "$out/behind_$lang.ts"
done
"$python" packaging/fill_english_plurals.py "$out/behind_en.ts"
for ts in "$out"/behind_*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$python" -m behind_desktop.catalog "$out"
