/* hash — the one string hash of the program: 64-bit FNV-1a with a final
 * mix (FNV's low bits cluster on keys that differ in a few characters, and
 * tables index by the low bits). tools/lexgen.py computes the same function
 * to place the lexicon's keys at build time: change both together. */
#ifndef DATELINE_HASH_H
#define DATELINE_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_INIT 1469598103934665603ULL

/* Feeds n bytes into a running hash h (start from HASH_INIT). */
uint64_t hash_add(uint64_t h, const void *p, size_t n);
/* The finished hash: spreads every bit of h over the low bits. */
uint64_t hash_mix(uint64_t h);
/* hash_mix(hash_add(HASH_INIT, p, n)). */
uint64_t hash_bytes(const void *p, size_t n);

#endif
