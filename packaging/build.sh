#!/usr/bin/env bash
# Build the frozen app and its Linux packages:
#   dist/ae-desktop/            one-folder PyInstaller bundle (trimmed, torch stripped)
#   dist/ae-desktop_VERSION_amd64.deb
#   dist/ae-desktop-VERSION-linux-x86_64.tar.gz
# then run the frozen --selftest offscreen and print sizes and timings.
# Needs: the project installed (pip install -r requirements.txt), pyinstaller, dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(python -c "import ae_desktop; print(ae_desktop.__version__)")
t0=$(date +%s)

# SKIP_BUNDLE=1 reuses an existing dist/ae-desktop (to re-package only).
if [ "${SKIP_BUNDLE:-0}" != 1 ] || [ ! -x dist/ae-desktop/ae-desktop ]; then
    python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
        packaging/ae-desktop.spec
    python packaging/trim_bundle.py dist/ae-desktop
fi
t_bundle=$(date +%s)

echo "== frozen self-test (offscreen)"
QT_QPA_PLATFORM=offscreen dist/ae-desktop/ae-desktop --selftest

echo "== .deb"
# Depends: the system libraries the bundle's Qt libraries and plugins link to that the
# bundle does not carry (found with ldd + dpkg -S on Debian 12), i.e. what the xcb
# platform plugin needs on a fresh Debian/Ubuntu desktop.
PKG=build/deb/ae-desktop_${VERSION}_amd64
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
         "$PKG/usr/share/doc/ae-desktop"
cp -a dist/ae-desktop "$PKG/opt/ae-desktop"
ln -s /opt/ae-desktop/ae-desktop "$PKG/usr/bin/ae-desktop"
install -m 644 packaging/deb/ae-desktop.desktop "$PKG/usr/share/applications/"
for s in 32 48 64 128 256; do
    d="$PKG/usr/share/icons/hicolor/${s}x${s}/apps"
    mkdir -p "$d"
    install -m 644 "resources/icons/ae-desktop-$s.png" "$d/ae-desktop.png"
done
install -m 644 resources/mnist/README.md "$PKG/usr/share/doc/ae-desktop/MNIST-README.md"
# The Korean interface's font ships inside the bundle (opt/ae-desktop/…/resources/fonts,
# with resources/i18n); its licence goes where Debian users look for it too.
test -f "$PKG/opt/ae-desktop/_internal/resources/fonts/NanumGothic.ttf" \
    || test -f "$PKG/opt/ae-desktop/resources/fonts/NanumGothic.ttf" \
    || { echo "the bundle lacks resources/fonts/NanumGothic.ttf" >&2; exit 1; }
install -m 644 resources/fonts/OFL-NanumGothic.txt "$PKG/usr/share/doc/ae-desktop/"
size_kb=$(du -sk "$PKG" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE_KB@/$size_kb/" packaging/deb/control.in \
    > "$PKG/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz -z6 --build "$PKG" dist/ >/dev/null

echo "== .tar.gz"
tar -C dist -czf "dist/ae-desktop-$VERSION-linux-x86_64.tar.gz" ae-desktop
t_end=$(date +%s)

echo "== figures"
echo "bundle:  $(du -sm dist/ae-desktop | cut -f1) MB (dist/ae-desktop)"
echo ".deb:    $(du -m dist/ae-desktop_${VERSION}_amd64.deb | cut -f1) MB"
echo ".tar.gz: $(du -m dist/ae-desktop-$VERSION-linux-x86_64.tar.gz | cut -f1) MB"
echo "build time: $((t_bundle - t0)) s for the bundle, $((t_end - t0)) s in all"
python packaging/startup_time.py dist/ae-desktop/ae-desktop
