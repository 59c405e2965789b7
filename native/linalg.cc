// Thin N-API binding over LAPACKE + OpenBLAS for src/tensor/linalg_native.ts.
//
// Every function takes row-major float64 data (a Float64Array and its dimensions) and returns
// row-major results. Input checking (finite entries, shapes, symmetry) is done once in
// TypeScript (src/tensor/linalg_guard.ts) for both implementations; this file only reports
// LAPACK's `info` so the caller can raise a typed LinalgError.
//
// Layout trick: a row-major m×n buffer is the column-major n×m matrix Aᵀ, so LAPACK is called
// in column-major mode on the transposed problem and no full-matrix transposes are needed
// except where noted (LAPACKE's own row-major mode would copy every matrix twice).
#include <napi.h>

#include <cblas.h>
#include <lapacke.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

Napi::Float64Array NewF64(Napi::Env env, size_t n) {
  return Napi::Float64Array::New(env, n);
}

// Argument helpers: return false (with a pending JS exception) on a bad call. The TypeScript
// wrapper never makes a bad call; these guard against misuse of the raw addon.
bool GetF64(const Napi::CallbackInfo& info, size_t i, size_t expected, Napi::Float64Array* out) {
  if (info.Length() <= i || !info[i].IsTypedArray() ||
      info[i].As<Napi::TypedArray>().TypedArrayType() != napi_float64_array) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i) + " must be a Float64Array")
        .ThrowAsJavaScriptException();
    return false;
  }
  *out = info[i].As<Napi::Float64Array>();
  if (out->ElementLength() != expected) {
    Napi::RangeError::New(info.Env(), "argument " + std::to_string(i) + " has " +
                                          std::to_string(out->ElementLength()) + " entries, expected " +
                                          std::to_string(expected))
        .ThrowAsJavaScriptException();
    return false;
  }
  return true;
}

bool GetDim(const Napi::CallbackInfo& info, size_t i, lapack_int* out) {
  if (info.Length() <= i || !info[i].IsNumber()) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i) + " must be a dimension")
        .ThrowAsJavaScriptException();
    return false;
  }
  const int64_t v = info[i].As<Napi::Number>().Int64Value();
  if (v < 1 || v > (1LL << 30)) {
    Napi::RangeError::New(info.Env(), "dimension out of range").ThrowAsJavaScriptException();
    return false;
  }
  *out = static_cast<lapack_int>(v);
  return true;
}

// svd(a, m, n) → { U: m×k, s: k, V: n×k, info }, k = min(m, n), thin SVD by dgesdd.
// The buffer is column-major Aᵀ (n×m, lda = n); Aᵀ = V Σ Uᵀ, so dgesdd's "U" (n×k, column-major)
// is V and its "VT" (k×m, column-major) is Uᵀ column-major = U row-major, returned as is.
Napi::Value Svd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  lapack_int m, n;
  Napi::Float64Array a;
  if (!GetDim(info, 1, &m) || !GetDim(info, 2, &n) || !GetF64(info, 0, size_t(m) * n, &a)) return env.Null();
  const lapack_int k = std::min(m, n);
  std::vector<double> work(a.Data(), a.Data() + size_t(m) * n);  // dgesdd destroys its input
  std::vector<double> vcol(size_t(n) * k);
  Napi::Float64Array s = NewF64(env, k);
  Napi::Float64Array u = NewF64(env, size_t(m) * k);
  Napi::Float64Array v = NewF64(env, size_t(n) * k);
  const lapack_int status =
      LAPACKE_dgesdd(LAPACK_COL_MAJOR, 'S', n, m, work.data(), n, s.Data(), vcol.data(), n, u.Data(), k);
  double* vd = v.Data();
  for (lapack_int i = 0; i < n; i++)
    for (lapack_int j = 0; j < k; j++) vd[size_t(i) * k + j] = vcol[i + size_t(j) * n];
  Napi::Object out = Napi::Object::New(env);
  out.Set("U", u);
  out.Set("s", s);
  out.Set("V", v);
  out.Set("info", Napi::Number::New(env, status));
  return out;
}

// symEig(a, n) → { values ascending, vectors n×n row-major (column j ↔ values[j]), info } by dsyevd.
// A symmetric row-major buffer is the same matrix column-major; the eigenvectors come back as
// columns of a column-major array, so one transpose puts them in row-major columns.
Napi::Value SymEig(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  lapack_int n;
  Napi::Float64Array a;
  if (!GetDim(info, 1, &n) || !GetF64(info, 0, size_t(n) * n, &a)) return env.Null();
  std::vector<double> work(a.Data(), a.Data() + size_t(n) * n);
  Napi::Float64Array w = NewF64(env, n);
  const lapack_int status = LAPACKE_dsyevd(LAPACK_COL_MAJOR, 'V', 'L', n, work.data(), n, w.Data());
  Napi::Float64Array vec = NewF64(env, size_t(n) * n);
  double* vd = vec.Data();
  for (lapack_int i = 0; i < n; i++)
    for (lapack_int j = 0; j < n; j++) vd[size_t(i) * n + j] = work[i + size_t(j) * n];
  Napi::Object out = Napi::Object::New(env);
  out.Set("values", w);
  out.Set("vectors", vec);
  out.Set("info", Napi::Number::New(env, status));
  return out;
}

// Factor in place: dpotrf('U') on the column-major view computes R with A = RᵀR in the upper
// triangle of the column-major array, which read row-major is L = Rᵀ in the lower triangle.
lapack_int FactorInPlace(double* buf, lapack_int n) {
  return LAPACKE_dpotrf(LAPACK_COL_MAJOR, 'U', n, buf, n);
}

// cholesky(a, n) → { L: n×n row-major lower triangular, info } (info > 0: leading minor not PD).
Napi::Value Cholesky(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  lapack_int n;
  Napi::Float64Array a;
  if (!GetDim(info, 1, &n) || !GetF64(info, 0, size_t(n) * n, &a)) return env.Null();
  Napi::Float64Array l = NewF64(env, size_t(n) * n);
  double* ld = l.Data();
  std::memcpy(ld, a.Data(), sizeof(double) * size_t(n) * n);
  const lapack_int status = FactorInPlace(ld, n);
  // dpotrf leaves the other triangle untouched: zero it (row-major strictly upper part).
  for (lapack_int i = 0; i < n; i++)
    for (lapack_int j = i + 1; j < n; j++) ld[size_t(i) * n + j] = 0;
  Napi::Object out = Napi::Object::New(env);
  out.Set("L", l);
  out.Set("info", Napi::Number::New(env, status));
  return out;
}

// solveSpd(a, n, b, nrhs) → { X: n×nrhs row-major, info } by dpotrf + dpotrs. The right-hand
// side is transposed into column-major and back (O(n·nrhs), small next to the O(n³) factor).
Napi::Value SolveSpd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  lapack_int n, nrhs;
  Napi::Float64Array a, b;
  if (!GetDim(info, 1, &n) || !GetDim(info, 3, &nrhs) || !GetF64(info, 0, size_t(n) * n, &a) ||
      !GetF64(info, 2, size_t(n) * nrhs, &b))
    return env.Null();
  std::vector<double> f(a.Data(), a.Data() + size_t(n) * n);
  lapack_int status = FactorInPlace(f.data(), n);
  Napi::Float64Array x = NewF64(env, size_t(n) * nrhs);
  if (status == 0) {
    std::vector<double> col(size_t(n) * nrhs);
    const double* bd = b.Data();
    for (lapack_int i = 0; i < n; i++)
      for (lapack_int j = 0; j < nrhs; j++) col[i + size_t(j) * n] = bd[size_t(i) * nrhs + j];
    status = LAPACKE_dpotrs(LAPACK_COL_MAJOR, 'U', n, nrhs, f.data(), n, col.data(), n);
    double* xd = x.Data();
    for (lapack_int i = 0; i < n; i++)
      for (lapack_int j = 0; j < nrhs; j++) xd[size_t(i) * nrhs + j] = col[i + size_t(j) * n];
  }
  Napi::Object out = Napi::Object::New(env);
  out.Set("X", x);
  out.Set("info", Napi::Number::New(env, status));
  return out;
}

// matmul(a, b, m, k, n) → C = A·B, m×n row-major, by dgemm (CBLAS row-major needs no copies).
Napi::Value Matmul(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  lapack_int m, k, n;
  Napi::Float64Array a, b;
  if (!GetDim(info, 2, &m) || !GetDim(info, 3, &k) || !GetDim(info, 4, &n) ||
      !GetF64(info, 0, size_t(m) * k, &a) || !GetF64(info, 1, size_t(k) * n, &b))
    return env.Null();
  Napi::Float64Array c = NewF64(env, size_t(m) * n);
  cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0, a.Data(), k, b.Data(), n, 0.0,
              c.Data(), n);
  return c;
}

// OpenBLAS thread pool size: read, and set (the suite runs several processes on few cores).
Napi::Value GetThreads(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), openblas_get_num_threads());
}

Napi::Value SetThreads(const Napi::CallbackInfo& info) {
  lapack_int t;
  if (!GetDim(info, 0, &t)) return info.Env().Null();
  openblas_set_num_threads(t);
  return Napi::Number::New(info.Env(), openblas_get_num_threads());
}

Napi::Value Config(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), openblas_get_config());
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("svd", Napi::Function::New(env, Svd));
  exports.Set("symEig", Napi::Function::New(env, SymEig));
  exports.Set("cholesky", Napi::Function::New(env, Cholesky));
  exports.Set("solveSpd", Napi::Function::New(env, SolveSpd));
  exports.Set("matmul", Napi::Function::New(env, Matmul));
  exports.Set("getThreads", Napi::Function::New(env, GetThreads));
  exports.Set("setThreads", Napi::Function::New(env, SetThreads));
  exports.Set("config", Napi::Function::New(env, Config));
  return exports;
}

}  // namespace

NODE_API_MODULE(claimcheck_linalg, Init)
