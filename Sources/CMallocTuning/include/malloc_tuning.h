#ifndef MALLOC_TUNING_H
#define MALLOC_TUNING_H

/// Limits glibc's malloc to `count` arenas; does nothing where the C library has no such setting. The library also
/// does this as the program loads (one arena per core): calling it is what links that in.
void careerfinder_limit_malloc_arenas(int count);

#endif
