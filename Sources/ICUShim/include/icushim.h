// A small, opaque C interface over the parts of ICU that postcheck uses.
//
// Only <stdint.h> types and opaque pointers cross this boundary: ICU's own
// headers are included by icushim.c alone, so Swift modules that import
// Foundation (which bundles a differently configured ICU) never see them.
#ifndef POSTCHECK_ICUSHIM_H
#define POSTCHECK_ICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Per-thread ICU state: a word break iterator, the NFKC_Casefold and NFD
/// normalisers and a spoof checker. Not thread-safe.
typedef struct ICUShimContext ICUShimContext;

/// Creates the state; on failure returns NULL and writes a message to `error`.
ICUShimContext *icushim_create(char *error, int32_t errorCapacity);
void icushim_destroy(ICUShimContext *context);

/* ICU's version, as the four numbers of u_getVersion (a cache of what ICU's data shaped names it). */
void icushim_version(uint8_t version[4]);

/// Word kinds reported by `icushim_words`, from ICU's rule status ranges.
enum {
  ICUSHIM_WORD_NUMBER = 1,
  ICUSHIM_WORD_LETTER = 2,
  ICUSHIM_WORD_KANA = 3,
  ICUSHIM_WORD_IDEO = 4
};

/// UAX #29 word segmentation of UTF-16 text. For every word-like segment
/// (ICU rule status other than "none") writes a triple (start, end, kind) in
/// UTF-16 units to `triples`. Returns the number of segments, or -1 on error.
/// `capacity` counts triples; `length` triples always suffice.
int32_t icushim_words(ICUShimContext *context, const uint16_t *text, int32_t length,
                      int32_t *triples, int32_t capacity);

/// NFKC_Casefold of UTF-16 input, written as UTF-8. Returns the UTF-8 length
/// (which may exceed `capacity`: call again with more room), or -1 on error.
int32_t icushim_fold(ICUShimContext *context, const uint16_t *text, int32_t length,
                     uint8_t *output, int32_t capacity);

/// Accent folding of UTF-8 input to UTF-8: canonical decomposition with the
/// combining marks dropped (é→e), plus letters with no decomposition spelt
/// out (ß→ss, ø→o, ł→l, ’→'). ICU's Latin-ASCII transliterator does the same
/// at a tenth of the speed. Same return convention as `icushim_fold`.
int32_t icushim_ascii_fold(ICUShimContext *context, const uint8_t *text, int32_t length,
                           uint8_t *output, int32_t capacity);

/// UTS #39 confusable skeleton of UTF-8 input, as UTF-8. Two strings that
/// look alike (Cyrillic а and Latin a) have equal skeletons. Same return
/// convention as `icushim_fold`.
int32_t icushim_skeleton(ICUShimContext *context, const uint8_t *text, int32_t length,
                         uint8_t *output, int32_t capacity);

/// How the tokenizer treats a code point.
enum {
  ICUSHIM_CLASS_OTHER = 0,       ///< punctuation, symbols, emoji: ends a word
  ICUSHIM_CLASS_SPACE = 1,       ///< white space: ends a word and a chunk
  ICUSHIM_CLASS_IGNORABLE = 2,   ///< invisible (zero-width, bidi control, variation selector)
  ICUSHIM_CLASS_WORD = 3         ///< letters, marks, digits, word-internal punctuation
};

/// The tokenizer class of one code point (thread-safe; uses ICU properties).
uint8_t icushim_scalar_class(uint32_t scalar);

/// Terminal display width of one code point: 0 (marks, invisibles), 1 or 2
/// (East Asian wide and full-width forms, emoji presentation).
uint8_t icushim_display_width(uint32_t scalar);

#ifdef __cplusplus
}
#endif

#endif
