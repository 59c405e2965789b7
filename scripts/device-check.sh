#!/usr/bin/env bash
# The GPU check: the whole catalog on WebGPU and on wasm (same seed and budget), their verdicts
# compared, and the bench's NTK Gram and GD step at widths up to 65 536 on both backends.
#
# On a device machine (no Node, no registry) it runs from the kit scripts/build-device-kit.sh packs
# into .device-kit/ (carried with the device tool's `carry`): Node, the pruned node_modules, and
# libvulkan1 where the image has no Vulkan loader. NVIDIA's ICD is found where the device machines
# mount it (src/tensor/webgpu.ts). Here, with lavapipe from scripts/setup-lavapipe.sh, the same
# script runs at a smaller budget (a software adapter is taken because webgpu is asked for).
#
# Usage: bash scripts/device-check.sh [--budget thorough] [--widths 1024,4096,16384,65536]
#          [--targets "ids or families"] [--workers N] [--kit DIR] [--out DIR] [--skip-catalog] [--skip-bench]
# Output: a summary on stdout; logs, both claims.json and bench.jsonl in $OUT (the device tool's
# folder) or --out (default /tmp/claimcheck-device). Exit 0 when the verdicts are identical.
set -uo pipefail
cd "$(dirname "$0")/.."
BUDGET=thorough
WIDTHS=1024,4096,16384,65536
TARGETS=""
KIT=.device-kit
DEST="${OUT:-/tmp/claimcheck-device}"
WORKERS=""
CATALOG=1
BENCH=1
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) BUDGET="$2"; shift 2 ;;
    --widths) WIDTHS="$2"; shift 2 ;;
    --targets) TARGETS="$2"; shift 2 ;;
    --workers) WORKERS="$2"; shift 2 ;;
    --kit) KIT="$2"; shift 2 ;;
    --out) DEST="$2"; shift 2 ;;
    --skip-catalog) CATALOG=0; shift ;;
    --skip-bench) BENCH=0; shift ;;
    *) echo "device-check: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
mkdir -p "$DEST"
LOG="$DEST/device-check.log"
: > "$LOG"
say() { echo "$*" | tee -a "$LOG"; }
T0=$(date +%s)
unxz_to() { # FILE.xz → stdout; python3's lzma where the image has no xz
  if command -v xz >/dev/null; then xz -dc "$1"; else python3 -c 'import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$1"; fi
}

# --- Node and node_modules: the machine's own, else the kit's
STAGE=/tmp/claimcheck-kit
NODE_OK=0
# DEVICE_CHECK_USE_KIT=1 takes the kit's Node even where one is installed (to test the kit here)
if [ "${DEVICE_CHECK_USE_KIT:-0}" != 1 ] && command -v node >/dev/null && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then NODE_OK=1; fi
if [ "$NODE_OK" = 0 ]; then
  [ -f "$KIT/node.xz" ] || { say "device-check: no Node ≥ 20.19 and no $KIT/node.xz (bash scripts/build-device-kit.sh, then carry $KIT)"; exit 2; }
  mkdir -p "$STAGE/bin"
  unxz_to "$KIT/node.xz" > "$STAGE/bin/node" && chmod +x "$STAGE/bin/node"
  export PATH="$STAGE/bin:$PATH"
fi
if [ ! -d node_modules/@tensorflow/tfjs-core ]; then
  [ -f "$KIT/node_modules.tar.xz" ] || { say "device-check: no node_modules and no $KIT/node_modules.tar.xz"; exit 2; }
  unxz_to "$KIT/node_modules.tar.xz" | tar -xf -
fi
# --- Vulkan loader: dawn.node dlopens libvulkan.so.1, which LD_LIBRARY_PATH must name before Node starts
if ! ldconfig -p 2>/dev/null | grep -q 'libvulkan.so.1 '; then
  DEB="$(ls "$KIT"/libvulkan1_*.deb .claimcheck-gpu/debs/libvulkan1_*.deb 2>/dev/null | head -n1 || true)"
  if [ -n "$DEB" ]; then
    mkdir -p "$STAGE/vk" && dpkg-deb -x "$DEB" "$STAGE/vk"
    export LD_LIBRARY_PATH="$STAGE/vk/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  fi
fi
NV=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
if [ -z "${VK_DRIVER_FILES:-}${VK_ICD_FILENAMES:-}" ] && [ -f "$NV" ]; then export VK_DRIVER_FILES="$NV"; fi
[ -n "$WORKERS" ] || WORKERS=$(( $(nproc) / 2 > 2 ? $(nproc) / 2 : 2 ))
export CLAIMCHECK_WORKERS="$WORKERS" OPENBLAS_NUM_THREADS=1

say "device-check: node $(node --version), $(nproc) cores, $CLAIMCHECK_WORKERS workers per catalog run, budget $BUDGET, widths $WIDTHS"
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1 | sed 's/^/gpu: /' | tee -a "$LOG"
# the adapter the webgpu runs will use (one line of JSON, or why there is none)
node --import tsx --input-type=module -e "
  const { probeWebgpu } = await import('./src/tensor/webgpu.ts');
  const a = await probeWebgpu(true);
  console.log('adapter: ' + (typeof a === 'string' ? 'none: ' + a : JSON.stringify(a)));
" 2>>"$LOG" | tee -a "$LOG"

STATUS=0
if [ "$CATALOG" = 1 ]; then
  # both catalogs at once: wasm computes on the CPU cores, WebGPU on the GPU
  # shellcheck disable=SC2086
  for b in webgpu wasm; do
    ( s=$(date +%s)
      node bin/claimcheck.js run $TARGETS --budget "$BUDGET" --backend "$b" --out "$STAGE/reports-$b" > "$DEST/$b.log" 2>&1
      echo "$b: claimcheck exit $? after $(( $(date +%s) - s )) s" >> "$DEST/$b.log" ) &
  done
  wait
  for b in webgpu wasm; do tail -n 1 "$DEST/$b.log" | tee -a "$LOG"; cp "$STAGE/reports-$b/claims.json" "$DEST/$b.claims.json" 2>/dev/null || say "$b: no claims.json (see $b.log)"; done
  node scripts/compare-verdicts.mjs "$DEST/wasm.claims.json" "$DEST/webgpu.claims.json" 2>&1 | tee -a "$LOG"
  STATUS=${PIPESTATUS[0]}
fi
if [ "$BENCH" = 1 ]; then
  node bin/bench.js --only ntk --skip-catalog --backend wasm --backend webgpu --widths "$WIDTHS" > "$DEST/bench.jsonl" 2>>"$LOG"
  node -e "
    for (const l of require('fs').readFileSync(process.argv[1], 'utf8').trim().split('\n')) {
      const j = JSON.parse(l);
      if (j.error) console.log('bench error: ' + j.name + ': ' + j.error);
      else if (j.gflops !== undefined) console.log(['bench', j.backend, j.name, j.m ?? j.n, j.ms + ' ms', j.gflops + ' GFLOP/s'].join('  '));
    }" "$DEST/bench.jsonl" | tee -a "$LOG"
fi
say "device-check: done in $(( $(date +%s) - T0 )) s"
exit "$STATUS"
