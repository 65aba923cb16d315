/* cgraph memory discipline handing out addresses in order: see kg_arena.h. */
#include "kg_arena.h"

#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Address range reserved per root graph (never touched until used). */
#define ARENA_RESERVE ((size_t)1 << 36)
/* First part of the range made usable; later growth doubles it, at most by ARENA_STEP_MAX. */
#define ARENA_STEP ((size_t)1 << 18)
#define ARENA_STEP_MAX ((size_t)1 << 26)
#define ARENA_ALIGN ((size_t)16)

/* One root graph's memory: [base, base + usable) is readable and writable, of which
   [base, base + top) is handed out; `last` is the offset of the latest block, which
   can grow in place. */
typedef struct {
    char *base;
    size_t reserved;
    size_t usable;
    size_t top;
    size_t last;
    /* The first block: cgraph's Agclos_t, which agclose frees last of all. */
    void *first;
} Arena;

static int owns(const Arena *arena, const void *ptr) {
    return arena && (const char *)ptr >= arena->base && (const char *)ptr < arena->base + arena->reserved;
}

/* A new arena for a root graph, or NULL (then this graph uses malloc). */
static void *arena_open(Agdisc_t *disc) {
    (void)disc;
    Arena *arena = calloc(1, sizeof(Arena));
    if (!arena) return NULL;
    void *base = mmap(NULL, ARENA_RESERVE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED) {
        free(arena);
        return NULL;
    }
    arena->base = base;
    arena->reserved = ARENA_RESERVE;
    return arena;
}

/* Makes [base, base + needed) usable; 0 when the system refuses. */
static int reach(Arena *arena, size_t needed) {
    if (needed <= arena->usable) return 1;
    size_t step = arena->usable < ARENA_STEP ? ARENA_STEP : arena->usable;
    if (step > ARENA_STEP_MAX) step = ARENA_STEP_MAX;
    size_t usable = arena->usable + step;
    if (usable < needed) usable = (needed + ARENA_STEP - 1) & ~(ARENA_STEP - 1);
    if (usable > arena->reserved) usable = arena->reserved;
    if (mprotect(arena->base + arena->usable, usable - arena->usable, PROT_READ | PROT_WRITE) != 0) return 0;
    arena->usable = usable;
    return 1;
}

/* `request` zeroed bytes (cgraph's contract): the next ones of the range, which were
   never handed out before and so are still zero. */
static void *arena_alloc(void *state, size_t request) {
    Arena *arena = state;
    if (!arena) return calloc(1, request ? request : 1);
    size_t size = request ? (request + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1) : ARENA_ALIGN;
    if (size < request || size > arena->reserved - arena->top || !reach(arena, arena->top + size))
        return calloc(1, request ? request : 1);
    void *block = arena->base + arena->top;
    arena->last = arena->top;
    arena->top += size;
    if (!arena->first) arena->first = block;
    return block;
}

/* Grows the latest block in place, else copies into a new one; new bytes are zero. */
static void *arena_resize(void *state, void *ptr, size_t old, size_t request) {
    Arena *arena = state;
    if (!owns(arena, ptr)) {
        void *moved = realloc(ptr, request);
        if (moved && request > old) memset((char *)moved + old, 0, request - old);
        return moved;
    }
    if (request <= old) return ptr;
    if ((char *)ptr == arena->base + arena->last) {
        size_t size = (request + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
        if (size >= request && size <= arena->reserved - arena->last && reach(arena, arena->last + size)) {
            arena->top = arena->last + size;
            return ptr;
        }
    }
    void *moved = arena_alloc(state, request);
    if (moved) memcpy(moved, ptr, old);
    return moved;
}

/* Blocks are not reused (the range goes back whole); freeing the first block is
   agclose's last step, so the graph is gone and so is its range. */
static void arena_free(void *state, void *ptr) {
    Arena *arena = state;
    if (!owns(arena, ptr)) {
        free(ptr);
        return;
    }
    if (ptr == arena->first) {
        munmap(arena->base, arena->reserved);
        free(arena);
    }
}

void kg_arena_install(void) {
    /* No close: with one, agclose of a root graph skips its teardown and leaks what
       cdt took from malloc. */
    AgMemDisc.open = arena_open;
    AgMemDisc.alloc = arena_alloc;
    AgMemDisc.resize = arena_resize;
    AgMemDisc.free = arena_free;
    AgMemDisc.close = NULL;
}
