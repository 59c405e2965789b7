# Thin N-API addon over LAPACKE + OpenBLAS (Debian: libopenblas-dev liblapacke-dev).
# Built by scripts/build-native.mjs, which first checks that the libraries link; the addon is
# optional and src/tensor/linalg_native.ts falls back to ml-matrix without it.
{
  "targets": [
    {
      "target_name": "claimcheck_linalg",
      "sources": ["linalg.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O2", "-std=c++17"],
      "libraries": ["-llapacke", "-lopenblas"]
    }
  ]
}
