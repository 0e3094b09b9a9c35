#!/bin/sh
# Builds the Debian package from a configured build tree and checks it as an installing user's
# system would: its metadata, every file it must carry, the validators of desktop entries,
# AppStream data and MIME types, lintian, and the packaged binary itself.
# Usage: check-package.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
work="$build/package-check"
rm -rf "$work"
mkdir -p "$work"
fail() { echo "check-package: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/chipcompare_*_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no chipcompare_<version>_<arch>.deb in $work"
echo "built $(basename "$deb")"

# Metadata: Depends from dpkg-shlibdeps, the Recommends the README promises.
info=$(dpkg-deb --field "$deb" Package Version Architecture Depends Recommends)
echo "$info"
echo "$info" | grep -q '^Depends:.*libqt6charts6' || fail "Depends lacks libqt6charts6"
echo "$info" | grep -q '^Depends:.*libqt6svg6' || fail "Depends lacks libqt6svg6"
echo "$info" | grep -q '^Depends:.*libsimdjson14' || fail "Depends lacks libsimdjson14 (the catalog reader's parser)"
echo "$info" | grep -q '^Depends:.*libminizip1' || fail "Depends lacks libminizip1 (the .xlsx and .ods reader)"
echo "$info" | grep -q '^Recommends: fonts-noto-cjk, qt6-translations-l10n$' || fail "wrong Recommends"

# Contents.
id=io.github.chipcompare.ChipCompare
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's#^\./#/#' >"$work/contents.txt"
for path in \
    /usr/bin/chipcompare \
    /usr/share/applications/$id.desktop \
    /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg \
    /usr/share/icons/hicolor/48x48/apps/$id.png \
    /usr/share/icons/hicolor/128x128/apps/$id.png \
    /usr/share/icons/hicolor/256x256/apps/$id.png \
    /usr/share/mime/packages/$id.xml \
    /usr/share/man/man1/chipcompare.1.gz \
    /usr/share/doc/chipcompare/copyright \
    /usr/share/doc/chipcompare/changelog.gz; do
    grep -qx "$path" "$work/contents.txt" || fail "the package lacks $path"
done

# The files, checked by the tools desktops use.
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
grep -q '^MimeType=application/x-chipcompare-catalog;$' "$root/usr/share/applications/$id.desktop" \
    || fail "the desktop entry does not claim catalog files"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml"
mime="$work/mime" # a data directory of its own, so the check needs no root and no system change
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/$id.xml" "$mime/packages/"
XDG_DATA_HOME="$work" XDG_DATA_DIRS="$work" update-mime-database "$mime" 2>"$work/mime.log" || { cat "$work/mime.log" >&2; fail "bad MIME type"; }
[ ! -s "$work/mime.log" ] || { cat "$work/mime.log" >&2; fail "update-mime-database complained"; }
grep -q 'application/x-chipcompare-catalog' "$mime/types" || fail "MIME type not registered"
zcat "$root/usr/share/man/man1/chipcompare.1.gz" | grep -q '^\.SS import' || fail "the manual lacks import"

# lintian: no errors (warnings are printed for a human to read).
lintian --fail-on error "$deb" | tee "$work/lintian.log"

# The packaged program runs, on the private libraries of the package itself, not the build tree's.
for lib in core charts cli ui; do
    grep -q "^/usr/lib/.*chipcompare/libchipcompare_$lib\.so$" "$work/contents.txt" \
        || fail "the package lacks libchipcompare_$lib.so"
done
ldd "$root/usr/bin/chipcompare" >"$work/ldd.txt"
! grep -q 'not found' "$work/ldd.txt" || { cat "$work/ldd.txt" >&2; fail "the packaged binary misses a library"; }
if grep 'libchipcompare_' "$work/ldd.txt" | grep -vq "=> $root/"; then
    cat "$work/ldd.txt" >&2
    fail "the packaged binary loads libraries from outside the package"
fi
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/chipcompare" --version)
echo "$version" | grep -q "$(dpkg-deb --field "$deb" Version)" || fail "--version says '$version'"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/chipcompare" list --format csv >"$work/list.csv"
grep -q '^nvidia-h20,' "$work/list.csv" || fail "list has no nvidia-h20 row"
echo "package ok: $(wc -l <"$work/list.csv") lines from list"
