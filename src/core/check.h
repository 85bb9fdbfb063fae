// GONGKAI_CHECK: aborts with a message when an internal invariant (a bug, not bad input) breaks.
#pragma once

#include <cstdio>
#include <cstdlib>

#define GONGKAI_CHECK(cond)                                                                 \
  do {                                                                                      \
    if (!(cond)) {                                                                          \
      std::fprintf(stderr, "%s:%d: GONGKAI_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                         \
    }                                                                                       \
  } while (false)
