# The memory allocator of the programs gongkai ships (the `gongkai` binary and the benchmarks that
# measure it). The auditor and the server allocate many small, short-lived objects on every thread;
# mimalloc (Debian libmimalloc-dev) serves them faster than glibc's malloc and returns memory to the
# system per thread. It replaces malloc/free for the whole process by being a shared library that
# comes before libc in the link; docs/PERFORMANCE.md ("Auditor") has the measured difference.
#
# Sanitizer and fuzzing builds keep the C library's malloc: AddressSanitizer must intercept it.

set(GONGKAI_USE_MIMALLOC OFF)
if(GONGKAI_MIMALLOC AND NOT GONGKAI_SANITIZE AND NOT GONGKAI_FUZZ)
  find_package(mimalloc 2.0 CONFIG REQUIRED)
  set(GONGKAI_USE_MIMALLOC ON)
  # Linked even where the linker drops unused shared libraries (--as-needed): the program calls
  # malloc, not mimalloc's own names, yet must load it.
  set(CMAKE_LINK_LIBRARY_USING_gongkai_no_as_needed
      "LINKER:--push-state,--no-as-needed" "<LINK_ITEM>" "LINKER:--pop-state")
  set(CMAKE_LINK_LIBRARY_USING_gongkai_no_as_needed_SUPPORTED TRUE)
endif()

# Makes `target` allocate with mimalloc when this build uses it, and tells its code so
# (GONGKAI_WITH_MIMALLOC=1), e.g. to report the allocator.
function(gongkai_use_allocator target)
  if(GONGKAI_USE_MIMALLOC)
    target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:gongkai_no_as_needed,mimalloc>")
    target_compile_definitions(${target} PRIVATE GONGKAI_WITH_MIMALLOC=1)
  endif()
endfunction()
