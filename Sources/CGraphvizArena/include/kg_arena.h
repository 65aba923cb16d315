#ifndef KINGRAPH_CGRAPHVIZ_ARENA_H
#define KINGRAPH_CGRAPHVIZ_ARENA_H

/*
 * Makes cgraph's memory addresses the same from one process to the next.
 *
 * Graphviz 2.42/2.43 lays graphs out partly by memory address: a named object's id is
 * the address of its interned name, subgraphs (so dot's clusters, fdp's components) are
 * kept in id order, and fdp orders parallel edges by comparing node addresses. cgraph
 * takes that memory from malloc, whose addresses depend on everything the process did
 * before (and on pango's font-loading thread), so one graph came out in different
 * layouts from one run to the next.
 *
 * kg_arena_install replaces cgraph's default memory discipline (AgMemDisc, which every
 * graph opened without a discipline uses, Graphviz's own helper graphs included) with
 * one that gives each root graph a private address range, handed out in order: every
 * address is then the range's start plus an offset that depends only on the graph
 * calls made, so every comparison of addresses within a graph comes out the same.
 *
 * Safe to call more than once, and at any time: a graph opened before keeps working
 * (its memory is malloc's, and is given back to malloc). Call it under the lock every
 * Graphviz call takes.
 */
void kg_arena_install(void);

#endif
