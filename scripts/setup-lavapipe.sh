#!/usr/bin/env bash
# Brings a software WebGPU adapter to a Debian bookworm machine: Dawn's Vulkan backend on Mesa 25's
# lavapipe, unpacked into a folder of the repo (.claimcheck-gpu/ by default, gitignored) without
# installing anything system-wide.
#
# Why backports: Debian 12's own Mesa 22.3 lavapipe lacks shaderUniform*ArrayDynamicIndexing, which
# Dawn requires; bookworm-backports' Mesa 25 has it, and needs libdrm ≥ 2.4.121 (also backports).
# Backports is not configured on these machines, so a private apt configuration (own sources list,
# lists and cache under the target folder) downloads the pinned .debs and `dpkg-deb -x` unpacks
# them. The ICD json names the library by absolute path; src/tensor/webgpu.ts points
# VK_ICD_FILENAMES at it and loads the unpacked libdrm/libvulkan before dawn.node does.
#
# Usage: bash scripts/setup-lavapipe.sh [DIR]        (as root or with sudo for apt-get update)
# Idempotent: a folder that already holds the ICD for the pinned version is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="$(realpath -m "${1:-.claimcheck-gpu}")"
MESA=25.0.7-2~bpo12+1
DRM=2.4.123-1~bpo12+1
STAMP="$DIR/lavapipe.version"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$MESA $DRM" ] && [ -f "$DIR/lvp_icd.json" ]; then
  echo "lavapipe: already set up in $DIR"
  exit 0
fi
. /etc/os-release
if [ "${VERSION_CODENAME:-}" != bookworm ]; then
  echo "lavapipe: this script unpacks Debian bookworm packages; this machine is ${PRETTY_NAME:-unknown}" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

# The machine's own Debian mirror (first URIs of its deb822 sources, else of sources.list).
URI="$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)"
[ -n "$URI" ] || URI="$(awk '$1=="deb" && $0 ~ /bookworm/ {for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list 2>/dev/null || true)"
[ -n "$URI" ] || { echo "lavapipe: no Debian mirror found in /etc/apt" >&2; exit 1; }

APT="$DIR/apt"
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$DIR/debs" "$DIR/root"
KEY=/usr/share/keyrings/debian-archive-keyring.gpg
cat > "$APT/sources.list" <<EOF
deb [signed-by=$KEY] $URI bookworm main
deb [signed-by=$KEY] $URI bookworm-backports main
EOF
OPTS=(-o "Dir::Etc::SourceList=$APT/sources.list" -o "Dir::Etc::SourceParts=/nonexistent"
      -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT/cache" -o "APT::Sandbox::User=root" -q)
$SUDO apt-get "${OPTS[@]}" update >/dev/null

# The pinned packages, plus any runtime dependency this machine lacks (libvulkan1 on a bare image).
PKGS=("mesa-vulkan-drivers=$MESA" "libdrm2=$DRM" "libdrm-amdgpu1=$DRM" "libdrm-common=$DRM")
for dep in $(apt-cache "${OPTS[@]}" depends --no-recommends --no-suggests "mesa-vulkan-drivers=$MESA" \
             | awk '$1=="Depends:" && $2 !~ /^</ {print $2}' | sort -u); do
  case "$dep" in libdrm2|libdrm-amdgpu1|libdrm-common) continue ;; esac
  if ! dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q 'install ok installed'; then PKGS+=("$dep/bookworm"); fi
done
# libvulkan1 is always fetched as a .deb (the device kit carries it too), unpacked only if missing.
( cd "$DIR/debs" && apt-get "${OPTS[@]}" download "${PKGS[@]}" "libvulkan1/bookworm" >/dev/null )
for deb in "$DIR"/debs/*.deb; do
  case "$(basename "$deb")" in
    libvulkan1_*) dpkg-query -W -f='${Status}' libvulkan1 2>/dev/null | grep -q 'install ok installed' && continue ;;
  esac
  dpkg-deb -x "$deb" "$DIR/root"
done

LIB="$DIR/root/usr/lib/x86_64-linux-gnu"
[ -f "$LIB/libvulkan_lvp.so" ] || { echo "lavapipe: libvulkan_lvp.so missing after unpacking" >&2; exit 1; }
cat > "$DIR/lvp_icd.json" <<EOF
{
  "file_format_version": "1.0.1",
  "ICD": { "library_path": "$LIB/libvulkan_lvp.so", "api_version": "1.4.305" }
}
EOF
# The ICD json Mesa ships names its api_version; keep ours in step with it.
SHIPPED="$(ls "$DIR"/root/usr/share/vulkan/icd.d/lvp_icd*.json 2>/dev/null | head -n1 || true)"
if [ -n "$SHIPPED" ]; then
  API="$(sed -n 's/.*"api_version": *"\([^"]*\)".*/\1/p' "$SHIPPED" | head -n1)"
  [ -n "$API" ] && sed -i "s/\"api_version\": \"[^\"]*\"/\"api_version\": \"$API\"/" "$DIR/lvp_icd.json"
fi
echo "$MESA $DRM" > "$STAMP"
echo "lavapipe: Mesa $MESA unpacked in $DIR (ICD $DIR/lvp_icd.json)"
