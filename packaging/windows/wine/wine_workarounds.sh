# shellcheck shell=bash
# Every workaround RepayRadar's Windows check needs under Debian 12's Wine 8.0, in one place. Sourced by
# check_windows_build.sh. Each names the Wine gap it covers (W1..W12), so it can be dropped when Debian
# ships a Wine that has closed it: remove the function (or the line) and see whether the check passes.
#
#   W1  icuuc.dll: Qt >= 6.7 imports 20 ucnv_* functions from Windows' system ICU; Wine has no ICU. A
#       stub whose converters "fail to open" (as ICU does for an unknown name) makes Qt use its own codecs.
#   W2  bcryptprimitives.dll: Rust's std (pydantic-core) imports ProcessPrng; Wine 8 lacks the DLL.
#   W3  Python's _wmi.pyd (platform.py's WMI queries -> propsys.VariantToString) and _winapi.CopyFile2
#       (shutil.copy2 on 3.12+) call functions Wine 8 leaves unimplemented, which abort the process.
#       _wmi.pyd is disabled by a DLL override (platform.py then reads the registry); CopyFile2 is hidden
#       from the build Python by a .pth (the app itself never copies with shutil.copy2).
#   W4  Wine's session processes (services.exe, rpcss, explorer.exe /desktop, ...) are started by the
#       first program that needs them and keep that program's stderr open for good: a reader of that
#       pipe (pip building the wheel; `| cat`) would wait forever. An idle "anchor" program with
#       /dev/null for its std handles starts the session and the desktop first and keeps them alive.
#   W5  Qt's windows platform reads the display's ICC profile via mscms.WcsCreateIccProfile, a Wine 8
#       stub that aborts: the prefix's sRGB .icm is moved aside, so Qt finds no profile and skips it.
#   W6  Wine hides Unix QT_* variables from Windows programs: QT_QPA_PLATFORM goes as WINEQT_QPA_PLATFORM.
#   W7  Wine gives Windows programs regular-file std handles that Python rejects ("init_sys_streams ...
#       Invalid handle"): every Windows program runs with stdin </dev/null and its output through a pipe.
#   W8  The NSIS installer and uninstaller are 32-bit: wine32:i386 is needed (multiarch; .ci/run).
#   W9  winedbg's crash dialog would wait forever on the display: turned off, a crash ends the program.
#   W10 With wine32 installed, `wine Z:\...\x.exe` runs a 64-bit program as a child of start.exe: a GUI
#       program is stopped by the PIDs whose command line has its unique --data-dir, not by `wine`'s PID.
#   W11 (cosmetic) Wine's own windows (NSIS pages, tray balloons) draw no CJK glyphs with their default
#       fonts: a FontLink to Noto Sans CJK SC (fonts-noto-cjk). Qt's own text needs nothing.
#   W12 Wine 8's shell links keep no property store: the installer's IPropertyStore::SetValue/Commit of
#       System.AppUserModel.ID on the Start-menu shortcut stores nothing (wine_checks.py shortcut).
#   W13 Wine takes its locale (and so the ANSI code page: 936 for zh_CN, 1252 for en_US) from the Unix
#       locale: both are compiled into a private folder (LOCPATH), whatever the machine has generated.
#
# Needs: WORK, WINEPREFIX, HERE (this folder), and the functions winpath, wrun from the caller.

wine_build_shims() {  # W1, W2
  local out=$WORK/shims
  mkdir -p "$out"
  x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Werror -o "$out/icuuc.dll" "$HERE/shims/icuuc.c"
  x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Werror -o "$out/bcryptprimitives.dll" \
    "$HERE/shims/bcryptprimitives.c" -lbcrypt
}

wine_locales() {  # W13
  mkdir -p "$WORK/locale"
  localedef -i zh_CN -f UTF-8 "$WORK/locale/zh_CN.UTF-8"
  localedef -i en_US -f UTF-8 "$WORK/locale/en_US.UTF-8"
}

wine_hide_copyfile2() {  # W3, the build Python only: $1 is its site-packages
  cat > "$1/00-wine-compat.pth" <<'PTH'
import _winapi; _winapi.__dict__.pop("CopyFile2", None)
PTH
}

wine_start_anchor() {  # W4: $1 is the Windows python.exe
  local ready=$WORK/anchor.ready
  rm -f "$ready"
  ( exec wine "$(winpath "$1")" -c "import ctypes, time; ctypes.windll.user32.GetDesktopWindow(); open(r'$(winpath "$ready")', 'w').close(); time.sleep(1e6)" \
      </dev/null >/dev/null 2>&1 ) &
  echo $! > "$WORK/anchor.pid"
  local _
  for _ in $(seq 900); do [ -e "$ready" ] && break; sleep 0.1; done
  [ -e "$ready" ] || { echo "the Wine anchor process did not start within 90 s"; return 1; }
}

wine_stop_session() {
  [ -f "$WORK/anchor.pid" ] && kill "$(cat "$WORK/anchor.pid")" 2>/dev/null
  rm -f "$WORK/anchor.pid"
  wineserver -k 2>/dev/null || true
  wineserver -w 2>/dev/null || true
}

wine_make_prefix() {  # a fresh 64-bit prefix with W1-W5, W9 and W11 applied; $1 is the Windows python.exe
  local log=$OUT/prefix-setup.log
  # Everything before the anchor writes to a file, never a pipe (W4). Mono and Gecko are not needed.
  WINEDLLOVERRIDES="mscoree,mshtml=" wineboot -i </dev/null >"$log" 2>&1
  {
    wine reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f                # Qt 6 needs Windows 10+
    wine reg add 'HKCU\Software\Wine\DllOverrides' /v _wmi.pyd /t REG_SZ /d '' /f     # W3
    wine reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f # W9
  } </dev/null >>"$log" 2>&1
  cp "$WORK/shims/icuuc.dll" "$WORK/shims/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"  # W1, W2
  local icm
  for icm in "$WINEPREFIX"/drive_c/windows/system32/spool/drivers/color/*.icm; do                    # W5
    [ -e "$icm" ] && mv "$icm" "$icm.disabled-for-qt"
  done
  wineserver -w
  wine_start_anchor "$1"
  local face  # W11, after the first session has written Wine's default font links
  for face in Tahoma "Microsoft Sans Serif" "MS Shell Dlg" "MS Shell Dlg 2" "Segoe UI"; do
    wrun reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink' /v "$face" \
      /t REG_MULTI_SZ /d 'NotoSansCJK-Regular.ttc,Noto Sans CJK SC' /f >/dev/null
  done
  wine_stop_session  # explorer.exe reads the font links when it starts: a new session
  wine_start_anchor "$1"
}

# W6 and W7 are in check_windows_build.sh's wrun/winpy (WINEQT_QPA_PLATFORM, </dev/null, | cat);
# W8 is in .ci/run's apt packages; W10 in stop_gui; W12 in wine_checks.py shortcut.
