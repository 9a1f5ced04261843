/* icuuc.dll stand-in (W1): Windows 10 1703+ has it, Wine has no ICU. Qt6Core imports only these 20
 * converter functions, used for encodings Qt does not implement itself (not UTF-8/16/32, Latin-1).
 * Every converter "fails to open", as real ICU does for an unknown name; Qt then uses its built-ins. */
#include <stdint.h>
#include <stddef.h>
typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16
#define E __declspec(dllexport)
static void fail(UErrorCode *e, UErrorCode c) { if (e && *e <= 0) *e = c; }
E void *ucnv_open(const char *n, UErrorCode *e) { (void)n; fail(e, U_FILE_ACCESS_ERROR); return NULL; }
E void ucnv_close(void *c) { (void)c; }
E void ucnv_reset(void *c) { (void)c; }
E int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
E const char *ucnv_getName(const void *c, UErrorCode *e) { (void)c; fail(e, U_UNSUPPORTED_ERROR); return NULL; }
E void ucnv_getToUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
E void ucnv_getFromUCallBack(const void *c, void **a, const void **x) { (void)c; if (a) *a = NULL; if (x) *x = NULL; }
E void ucnv_setToUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *e) { (void)c; (void)a; (void)x; if (oa) *oa = NULL; if (ox) *ox = NULL; fail(e, U_UNSUPPORTED_ERROR); }
E void ucnv_setFromUCallBack(void *c, void *a, const void *x, void **oa, const void **ox, UErrorCode *e) { (void)c; (void)a; (void)x; if (oa) *oa = NULL; if (ox) *ox = NULL; fail(e, U_UNSUPPORTED_ERROR); }
E void ucnv_toUnicode(void *c, uint16_t **t, const uint16_t *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e, U_UNSUPPORTED_ERROR); }
E void ucnv_fromUnicode(void *c, char **t, const char *tl, const uint16_t **s, const uint16_t *sl, int32_t *o, int8_t f, UErrorCode *e) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(e, U_UNSUPPORTED_ERROR); }
E int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e, U_UNSUPPORTED_ERROR); return 0; }
E int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e, U_UNSUPPORTED_ERROR); return 0; }
E void ucnv_cbToUWriteUChars(void *a, const uint16_t *s, int32_t l, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)l; (void)o; fail(e, U_UNSUPPORTED_ERROR); }
E void ucnv_cbFromUWriteUChars(void *a, const uint16_t **s, const uint16_t *sl, int32_t o, UErrorCode *e) { (void)a; (void)s; (void)sl; (void)o; fail(e, U_UNSUPPORTED_ERROR); }
E const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n; (void)s; fail(e, U_UNSUPPORTED_ERROR); return NULL; }
E const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
E int32_t ucnv_countAvailable(void) { return 0; }
E void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *x, void *a, const uint16_t *u, int32_t l, int32_t cp, int r, UErrorCode *e) { (void)x; (void)a; (void)u; (void)l; (void)cp; (void)r; fail(e, U_UNSUPPORTED_ERROR); }
E void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *x, void *a, const char *u, int32_t l, int r, UErrorCode *e) { (void)x; (void)a; (void)u; (void)l; (void)r; fail(e, U_UNSUPPORTED_ERROR); }
