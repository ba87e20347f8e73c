#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H
/* What `pkg-config --cflags ncursesw` defines, and wide-character ncurses (cchar_t, setcchar, get_wch and
   friends), all before the first header. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift cannot import function-like macros or read ncurses' mutable globals safely;
   these accessors expose what the backend needs. */
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }
static inline void dossier_clear_on_next_refresh(void) { clearok(curscr, TRUE); }
/* Whether the current terminal can address the cursor (terminfo `cup`); `dumb` cannot. Declared here rather than
   through <term.h>, whose macros would all come into Swift. */
extern char *tigetstr(const char *);
static inline int dossier_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

static inline attr_t dossier_a_bold(void) { return A_BOLD; }
static inline attr_t dossier_a_dim(void) { return A_DIM; }
static inline attr_t dossier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_a_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_a_italic(void) { return A_ITALIC; }

static inline mmask_t dossier_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dossier_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dossier_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dossier_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline int dossier_wcwidth(wchar_t c) { return wcwidth(c); }
#endif
