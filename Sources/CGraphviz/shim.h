#ifndef KINGRAPH_CGRAPHVIZ_SHIM_H
#define KINGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Agdirected is a mutable C global that Swift 6 refuses to read: open graphs here. */
static inline Agraph_t *kg_open_directed(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
}

static inline Agraph_t *kg_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

static inline Agnode_t *kg_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

static inline Agedge_t *kg_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *name) {
    return agedge(g, t, h, (char *)name, 1);
}

/* agsafeset's last argument is the default for every object of that kind: pass "". */
static inline int kg_set(void *obj, const char *name, const char *value) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

/* gvRenderData's length is unsigned int * in 2.42/2.43 and size_t * from 13: hide it. */
static inline int kg_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
#if defined(GVC_RENDER_DATA_SIZE_T)
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
#endif
}

static inline int kg_layout(GVC_t *gvc, Agraph_t *g, const char *engine) {
    return gvLayout(gvc, g, engine);
}

#endif
