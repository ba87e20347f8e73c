#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H
/* Wide-character ncurses: cchar_t, setcchar, get_wch and friends need this before the header. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#endif
