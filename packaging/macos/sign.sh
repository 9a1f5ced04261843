#!/usr/bin/env bash
# Sign RepayRadar.app inside out, as Apple's code-signing guide asks (no --deep, which it calls unfit
# for signing): first every Mach-O file, deepest first, then each framework bundle, then the app. A
# signature seals what lies beneath it, so what lies beneath must already be signed.
#
#   bash packaging/macos/sign.sh dist/RepayRadar.app [IDENTITY]
#
# IDENTITY "-" (the default) signs ad hoc: enough for the app to run on this Mac and for macOS to
# deliver its notifications. A "Developer ID Application: ..." identity (the release workflow's, from
# its secrets) adds the hardened runtime and a secure timestamp, which notarization requires.
set -euo pipefail

app=${1:?usage: sign.sh APP_BUNDLE [IDENTITY]}
identity=${2:--}
if [ ! -d "$app/Contents/MacOS" ]; then
    echo "sign.sh: $app is not an application bundle" >&2
    exit 2
fi

options=(--force --sign "$identity")
if [ "$identity" != "-" ]; then
    options+=(--options runtime --timestamp)
fi

# Paths below a folder, deepest first (their number of / decides).
deepest_first() {
    awk -F/ '{ print NF "\t" $0 }' | sort -t "$(printf '\t')" -k1,1 -rn | cut -f2-
}

signed=0
while IFS= read -r path; do
    if file -b "$path" | grep -q '^Mach-O'; then
        codesign "${options[@]}" "$path"
        signed=$((signed + 1))
    fi
done < <(find "$app/Contents" -type f ! -path "$app/Contents/MacOS/*" | deepest_first)

while IFS= read -r framework; do
    codesign "${options[@]}" "$framework"
done < <(find "$app/Contents" -type d -name "*.framework" | deepest_first)

for program in "$app/Contents/MacOS/"*; do
    codesign "${options[@]}" "$program"
done
codesign "${options[@]}" "$app"

codesign --verify --strict --verbose=2 "$app"
echo "sign.sh: signed $signed libraries and $app with identity '$identity'"
