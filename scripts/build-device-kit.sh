#!/usr/bin/env bash
# Packs what scripts/device-check.sh needs on a device machine that has no Node and no registry:
# this Node binary, the installed node_modules pruned to what a run loads (dawn.node for linux-x64
# only), and Debian's libvulkan1 .deb in case the image has no Vulkan loader. The kit goes into an
# ignored folder (.device-kit/ by default) that the device tool's `carry` names; the working tree
# and the carried paths together must stay under 64 MiB.
#
# Usage: bash scripts/build-device-kit.sh [KIT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
KIT="${1:-.device-kit}"
mkdir -p "$KIT"
[ -d node_modules/webgpu/dist/linux-x64 ] || { echo "device kit: node_modules lacks the optional 'webgpu' package (npm ci first)" >&2; exit 1; }

NODE="$(command -v node)"
# xz: 24 MB where gzip gives 34 (python3's lzma unpacks it where the image lacks xz)
if [ ! -f "$KIT/node.xz" ] || [ "$NODE" -nt "$KIT/node.xz" ]; then
  xz -T2 -6 -c "$NODE" > "$KIT/node.xz"
fi

# Not loaded by a run: the type checker, the browser driver, other platforms' dawn.node, source
# maps and type declarations, tfjs's browser bundles (Node loads dist/*.node.js and the ES
# modules beside them), and what the failed optional tfjs-node install leaves (tfjs, webgl).
tar -C . -cf - \
  --exclude='node_modules/typescript' --exclude='node_modules/playwright-core' --exclude='node_modules/@types' \
  --exclude='node_modules/webgpu/dist/darwin-*' --exclude='node_modules/webgpu/dist/win32-*' --exclude='node_modules/webgpu/dist/linux-arm64' \
  --exclude='node_modules/@tensorflow/tfjs' --exclude='node_modules/@tensorflow/tfjs-node' --exclude='node_modules/@tensorflow/tfjs-layers' \
  --exclude='node_modules/@tensorflow/tfjs-converter' --exclude='node_modules/@tensorflow/tfjs-data' --exclude='node_modules/@tensorflow/tfjs-backend-webgl' \
  --exclude='*.map' --exclude='*.d.ts' --exclude='*.d.mts' --exclude='*.d.cts' --exclude='node_modules/.cache' \
  --exclude='*.es2017.js' --exclude='*.es2017.min.js' --exclude='*.fesm.js' --exclude='*.fesm.min.js' --exclude='*.min.js' \
  --exclude='node_modules/@tensorflow/*/dist/miniprogram' --exclude='node_modules/@tensorflow/tfjs-core/dist/tf-core.js' \
  --exclude='node_modules/@tensorflow/tfjs-backend-cpu/dist/tf-backend-cpu.js' --exclude='node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.js' \
  --exclude='node_modules/@tensorflow/tfjs-backend-webgpu/dist/tf-backend-webgpu.js' \
  node_modules | xz -T2 -6 > "$KIT/node_modules.tar.xz"

DEB="$(ls .claimcheck-gpu/debs/libvulkan1_*.deb 2>/dev/null | head -n1 || true)"
if [ -n "$DEB" ]; then
  cp "$DEB" "$KIT/"
else
  ( cd "$KIT" && apt-get download libvulkan1 >/dev/null )
fi
du -b "$KIT"/* | awk '{s+=$1; printf "%8.1f MiB  %s\n", $1/1048576, $2} END {printf "%8.1f MiB  total\n", s/1048576}'
