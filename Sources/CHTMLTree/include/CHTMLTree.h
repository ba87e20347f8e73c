#ifndef CHTMLTREE_H
#define CHTMLTREE_H

/// libxml2's HTML parser behind a plain C interface: this header includes none of libxml2's, so Swift modules that
/// import Foundation can import it (libxml2's headers bring in the system ICU, which clashes with Foundation's own).
///
/// The walk reports the parsed tree in document order: each element as it opens (with its line), then its
/// attributes (a value may come in several chunks), then what is inside it, then its end; each text and CDATA
/// section with the line libxml2 gives it (the line it ends on). Comments, processing instructions and the doctype
/// are left out.
typedef struct {
    void (*element)(void *context, const char *name, long line);
    void (*attribute)(void *context, const char *name);
    void (*attributeValue)(void *context, const char *chunk);
    void (*text)(void *context, const char *content, long line);
    void (*end)(void *context);
} chtmltree_visitor;

/// libxml2's one-time set-up, to call once before the first parse, so that threads may parse at once.
void chtmltree_initialise(void);

/// Parses `length` bytes of UTF-8 HTML (recovering from broken markup, fetching nothing, reading no entity from
/// outside the page, keeping line numbers past 65535) and walks the tree with `visitor`. Returns 0 when libxml2
/// gave no document, 1 otherwise.
int chtmltree_walk(const char *bytes, int length, const chtmltree_visitor *visitor, void *context);

#endif
