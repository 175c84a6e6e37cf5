#include "malloc_tuning.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#endif

void careerfinder_limit_malloc_arenas(int count) {
#if defined(__linux__) && defined(__GLIBC__) && defined(M_ARENA_MAX)
    mallopt(M_ARENA_MAX, count);
#else
    (void)count;
#endif
}
