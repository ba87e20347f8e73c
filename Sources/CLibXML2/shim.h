// libxml2's HTML parser and tree, for CHTMLTree's C code (no Swift module imports this one: libxml2's headers bring in
// the system ICU, which clashes with Foundation's).
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
