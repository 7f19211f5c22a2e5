/* The CPU's FP32 peak as measured, not as a data sheet says: every core runs independent AVX-512
 * (or AVX2) FMAs, 12 accumulators deep so that FMA latency is hidden. Prints GFLOP/s for all
 * threads (OMP_NUM_THREADS, default every core). Built and run by bench_anonymize.sh:
 *   gcc -O2 -march=native -fopenmp peak_fp32.c -o peak_fp32 && ./peak_fp32 */
#include <immintrin.h>
#include <omp.h>
#include <stdio.h>
#include <time.h>

#if defined(__AVX512F__)
#define VEC __m512
#define LANES 16
#define SET1 _mm512_set1_ps
#define FMA _mm512_fmadd_ps
#define STORE _mm512_storeu_ps
#else
#define VEC __m256
#define LANES 8
#define SET1 _mm256_set1_ps
#define FMA _mm256_fmadd_ps
#define STORE _mm256_storeu_ps
#endif

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(void) {
  const long iters = 50000000L;
  float sink = 0;
  const double start = now();
#pragma omp parallel reduction(+ : sink)
  {
    VEC a[12];
    const VEC b = SET1(1.0000001f), c = SET1(1e-7f);
    for (int k = 0; k < 12; k++) a[k] = SET1((float)k);
    for (long i = 0; i < iters; i++) {
#define STEP(k) a[k] = FMA(a[k], b, c);
      STEP(0) STEP(1) STEP(2) STEP(3) STEP(4) STEP(5) STEP(6) STEP(7) STEP(8) STEP(9) STEP(10) STEP(11)
    }
    float out[LANES];
    for (int k = 1; k < 12; k++) a[0] = FMA(a[k], b, a[0]);
    STORE(out, a[0]);
    sink += out[0];
  }
  const double seconds = now() - start;
  const double flops = (double)omp_get_max_threads() * (double)iters * 12 * LANES * 2;
  printf("%.1f\n", flops / seconds / 1e9);
  return sink == 0.5f;  /* keeps the loop alive */
}
