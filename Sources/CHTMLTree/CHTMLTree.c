#include "CHTMLTree.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

void chtmltree_initialise(void) {
    xmlInitParser();
}

/// The options Dossier reads pages with: recover from broken HTML, fetch nothing, print no diagnostics, keep line
/// numbers past 65535, and take the bytes as the UTF-8 they are given in (the caller decoded them, whatever a
/// `<meta charset>` in the page says).
static const int page_options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
    | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES;

int chtmltree_walk(const char *bytes, int length, const chtmltree_visitor *visitor, void *context) {
    htmlDocPtr document = htmlReadMemory(bytes, length, NULL, "UTF-8", page_options);
    if (document == NULL) return 0;
    // Without recursion: pages may nest deeply. Only elements are descended into, so every ancestor met on the way
    // back up is an element whose end is reported, up to the document.
    xmlNodePtr node = document->children;
    while (node != NULL) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            visitor->element(context, (const char *)node->name, xmlGetLineNo(node));
            for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
                visitor->attribute(context, (const char *)attribute->name);
                for (xmlNodePtr chunk = attribute->children; chunk != NULL; chunk = chunk->next) {
                    if (chunk->content != NULL) visitor->attributeValue(context, (const char *)chunk->content);
                }
            }
            if (node->children != NULL) descend = 1; else visitor->end(context);
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            visitor->text(context, (const char *)node->content, xmlGetLineNo(node));
        }
        if (descend) {
            node = node->children;
            continue;
        }
        while (node != NULL && node->next == NULL) {
            node = node->parent;
            if (node == NULL || node == (xmlNodePtr)document) {
                node = NULL;
                break;
            }
            visitor->end(context);
        }
        if (node != NULL) node = node->next;
    }
    xmlFreeDoc(document);
    return 1;
}
