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

/* Sets an HTML-like label (or other attribute) from KinGraph's own markup; never archive data. */
static inline int kg_set_html(void *obj, const char *name, const char *markup) {
    Agraph_t *g = agraphof(obj);
    char *html = agstrdup_html(g, (char *)markup);
    int rc = agsafeset(obj, (char *)name, html, (char *)"");
    agstrfree(g, html);
    return rc;
}

/* Puts an existing node into subgraph g too. */
static inline Agnode_t *kg_subnode(Agraph_t *g, Agnode_t *n) {
    return agsubnode(g, n, 1);
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

/* The default value of an attribute for every node (AGNODE) or edge (AGEDGE) of g. */
static inline void kg_default(Agraph_t *g, int kind, const char *name, const char *value) {
    agattr(g, kind, (char *)name, (char *)value);
}

/* Parses DOT text (tests read the DOT encoder's output back with it). */
static inline Agraph_t *kg_read(const char *text) {
    return agmemread(text);
}

/* The value of an attribute of a graph, node or edge; NULL when it has none. */
static inline const char *kg_get(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

static inline int kg_layout(GVC_t *gvc, Agraph_t *g, const char *engine) {
    return gvLayout(gvc, g, engine);
}

#endif
