#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// The options Dossier reads pages with: recover from broken HTML, fetch nothing, print no diagnostics, keep line
/// numbers past 65535, and take the bytes as the UTF-8 they are given in (the caller decoded them, whatever a
/// `<meta charset>` in the page says). Entities are never loaded from outside the page.
static inline int clibxml2_page_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT
        | HTML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES;
}
