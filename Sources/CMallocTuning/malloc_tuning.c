#include "malloc_tuning.h"

#if defined(__linux__)
// Included before any test of __GLIBC__, which only a C library header defines.
#include <malloc.h>
#include <unistd.h>
#endif

void careerfinder_limit_malloc_arenas(int count) {
#if defined(__linux__) && defined(__GLIBC__) && defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, count);
#else
    (void)count;
#endif
}

#if defined(__linux__) && defined(__GLIBC__) && defined(M_ARENA_MAX)
/// Runs as the program loads, before any thread exists. glibc fixes its arena limit when the first thread needs an
/// arena of its own, and Swift's runtime starts threads before `main`'s code runs, so a later call comes too late.
__attribute__((constructor)) static void careerfinder_limit_arenas_at_load(void) {
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    careerfinder_limit_malloc_arenas(cores > 0 ? (int)cores : 1);
}
#endif
