#ifndef MALLOC_TUNING_H
#define MALLOC_TUNING_H

/// Limits glibc's malloc to `count` arenas; does nothing where the C library has no such setting.
void careerfinder_limit_malloc_arenas(int count);

#endif
