#include "icushim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

struct ICUShimContext {
  UBreakIterator *words;
  const UNormalizer2 *casefold;
  USpoofChecker *spoof;
  const UNormalizer2 *decompose;
  // Scratch UTF-16 buffers, grown on demand.
  UChar *scratch;
  int32_t scratchCapacity;
  UChar *scratch2;
  int32_t scratch2Capacity;
};

static void write_error(char *error, int32_t capacity, const char *what, UErrorCode status) {
  if (error != NULL && capacity > 0) {
    snprintf(error, (size_t)capacity, "%s: %s", what, u_errorName(status));
  }
}

ICUShimContext *icushim_create(char *error, int32_t errorCapacity) {
  ICUShimContext *context = calloc(1, sizeof(ICUShimContext));
  if (context == NULL) {
    write_error(error, errorCapacity, "out of memory", U_MEMORY_ALLOCATION_ERROR);
    return NULL;
  }
  UErrorCode status = U_ZERO_ERROR;
  context->words = ubrk_open(UBRK_WORD, "en", NULL, 0, &status);
  if (U_FAILURE(status)) {
    write_error(error, errorCapacity, "ubrk_open", status);
    icushim_destroy(context);
    return NULL;
  }
  context->casefold = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) {
    write_error(error, errorCapacity, "unorm2_getNFKCCasefoldInstance", status);
    icushim_destroy(context);
    return NULL;
  }
  context->spoof = uspoof_open(&status);
  if (U_FAILURE(status)) {
    write_error(error, errorCapacity, "uspoof_open", status);
    icushim_destroy(context);
    return NULL;
  }
  context->decompose = unorm2_getNFDInstance(&status);
  if (U_FAILURE(status)) {
    write_error(error, errorCapacity, "unorm2_getNFDInstance", status);
    icushim_destroy(context);
    return NULL;
  }
  return context;
}

void icushim_destroy(ICUShimContext *context) {
  if (context == NULL) return;
  if (context->words) ubrk_close(context->words);
  if (context->spoof) uspoof_close(context->spoof);
  free(context->scratch);
  free(context->scratch2);
  free(context);
}

static int grow(UChar **buffer, int32_t *capacity, int32_t needed) {
  if (*capacity >= needed) return 1;
  int32_t next = needed < 64 ? 64 : needed * 2;
  UChar *grown = realloc(*buffer, (size_t)next * sizeof(UChar));
  if (grown == NULL) return 0;
  *buffer = grown;
  *capacity = next;
  return 1;
}

int32_t icushim_words(ICUShimContext *context, const uint16_t *text, int32_t length,
                      int32_t *triples, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(context->words, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return -1;
  int32_t count = 0;
  int32_t start = ubrk_first(context->words);
  for (int32_t end = ubrk_next(context->words); end != UBRK_DONE;
       start = end, end = ubrk_next(context->words)) {
    int32_t rule = ubrk_getRuleStatus(context->words);
    int32_t kind;
    if (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT) kind = ICUSHIM_WORD_IDEO;
    else if (rule >= UBRK_WORD_KANA && rule < UBRK_WORD_KANA_LIMIT) kind = ICUSHIM_WORD_KANA;
    else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT) kind = ICUSHIM_WORD_LETTER;
    else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) kind = ICUSHIM_WORD_NUMBER;
    else continue;
    if (count >= capacity) return count;
    triples[3 * count] = start;
    triples[3 * count + 1] = end;
    triples[3 * count + 2] = kind;
    count++;
  }
  // Leave the iterator pointing at nothing the caller may free.
  ubrk_setText(context->words, NULL, 0, &status);
  return count;
}

static int32_t utf16_to_utf8(const UChar *text, int32_t length, uint8_t *output, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = 0;
  u_strToUTF8WithSub((char *)output, capacity, &written, text, length, 0xFFFD, NULL, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  if (U_FAILURE(status)) return -1;
  return written;
}

static int32_t utf8_to_scratch(ICUShimContext *context, const uint8_t *text, int32_t length) {
  if (!grow(&context->scratch, &context->scratchCapacity, length + 1)) return -1;
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = 0;
  u_strFromUTF8WithSub(context->scratch, context->scratchCapacity, &written, (const char *)text,
                       length, 0xFFFD, NULL, &status);
  if (U_FAILURE(status)) return -1;
  return written;
}

int32_t icushim_fold(ICUShimContext *context, const uint16_t *text, int32_t length,
                     uint8_t *output, int32_t capacity) {
  // NFKC_Casefold can expand (ﷺ becomes 18 units), so retry with the size ICU asks for.
  int32_t needed = length * 3 + 8;
  for (int attempt = 0; attempt < 2; attempt++) {
    if (!grow(&context->scratch, &context->scratchCapacity, needed)) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t folded = unorm2_normalize(context->casefold, (const UChar *)text, length,
                                      context->scratch, context->scratchCapacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      needed = folded + 1;
      continue;
    }
    if (U_FAILURE(status)) return -1;
    return utf16_to_utf8(context->scratch, folded, output, capacity);
  }
  return -1;
}

/// Letters that do not decompose into a base letter and marks, written out.
static const char *latin_replacement(UChar32 c) {
  switch (c) {
    case 0x00DF: return "ss";   // ß
    case 0x00E6: return "ae";   // æ
    case 0x00F0: return "d";    // ð
    case 0x00F8: return "o";    // ø
    case 0x00FE: return "th";   // þ
    case 0x0111: return "d";    // đ
    case 0x0127: return "h";    // ħ
    case 0x0131: return "i";    // ı
    case 0x0142: return "l";    // ł
    case 0x0153: return "oe";   // œ
    case 0x0167: return "t";    // ŧ
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: return "-";
    default: return NULL;
  }
}

int32_t icushim_ascii_fold(ICUShimContext *context, const uint8_t *text, int32_t length,
                           uint8_t *output, int32_t capacity) {
  // Canonical decomposition splits é into e + U+0301; dropping the marks
  // leaves the base letters. A few letters have no decomposition and are
  // spelt out. Non-Latin letters pass through unchanged.
  int32_t units = utf8_to_scratch(context, text, length);
  if (units < 0) return -1;
  int32_t room = units * 3 + 8;
  if (!grow(&context->scratch2, &context->scratch2Capacity, room)) return -1;
  UErrorCode status = U_ZERO_ERROR;
  int32_t decomposed = unorm2_normalize(context->decompose, context->scratch, units, context->scratch2,
                                        context->scratch2Capacity, &status);
  if (U_FAILURE(status)) return -1;
  int32_t written = 0;
  int32_t index = 0;
  while (index < decomposed) {
    UChar32 c;
    U16_NEXT(context->scratch2, index, decomposed, c);
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) continue;
    const char *replacement = latin_replacement(c);
    if (replacement != NULL) {
      for (const char *r = replacement; *r; r++) {
        if (written < capacity) output[written] = (uint8_t)*r;
        written++;
      }
      continue;
    }
    uint8_t encoded[4];
    int32_t size = 0;
    UBool failed = 0;
    U8_APPEND(encoded, size, 4, c, failed);
    if (failed) continue;
    for (int32_t k = 0; k < size; k++) {
      if (written < capacity) output[written] = encoded[k];
      written++;
    }
  }
  return written;
}

/// The Latin letter that a letter left in a UTS #39 skeleton stands for, else
/// 0. Skeletons map Cyrillic `к` to `ĸ`, `м` to `ʍ`, `н` to `ʜ`, `т` to `ᴛ`,
/// `в` to `ʙ`, `ь` to `ƅ`, `п` to `π` rather than to Latin letters, so
/// `кill` would skeleton to `ĸill`, never `kill`; and small capitals are a
/// disguise of their own (`ᴋɪʟʟ ʏᴏᴜʀsᴇʟꜰ`).
static uint8_t latin_letter_in_skeleton(UChar32 c) {
  switch (c) {
    case 0x1D00: return 'a'; case 0x0299: return 'b'; case 0x1D04: return 'c'; case 0x1D05: return 'd';
    case 0x1D07: return 'e'; case 0xA730: return 'f'; case 0x0262: return 'g'; case 0x029C: return 'h';
    case 0x026A: return 'i'; case 0x1D0A: return 'j'; case 0x1D0B: return 'k'; case 0x029F: return 'l';
    case 0x1D0D: return 'm'; case 0x0274: return 'n'; case 0x1D0F: return 'o'; case 0x1D18: return 'p';
    case 0x0280: return 'r'; case 0xA731: return 's'; case 0x1D1B: return 't'; case 0x1D1C: return 'u';
    case 0x1D20: return 'v'; case 0x1D21: return 'w'; case 0x028F: return 'y'; case 0x1D22: return 'z';
    case 0x0138: return 'k'; case 0x028D: return 'm'; case 0x0185: return 'b'; case 0xA793: return 'e';
    case 0x03C0: return 'n';
    default: return 0;
  }
}

/// Replaces such letters in `length` bytes of UTF-8 by their Latin letters,
/// in place (each is shorter than the sequence it replaces); returns the new length.
static int32_t fold_to_latin_letters(uint8_t *text, int32_t length) {
  int32_t read = 0, written = 0;
  while (read < length) {
    UChar32 c;
    int32_t start = read;
    U8_NEXT(text, read, length, c);
    uint8_t letter = c >= 0x80 ? latin_letter_in_skeleton(c) : 0;
    if (letter != 0) {
      text[written++] = letter;
    } else {
      while (start < read) text[written++] = text[start++];
    }
  }
  return written;
}

int32_t icushim_skeleton(ICUShimContext *context, const uint8_t *text, int32_t length,
                         uint8_t *output, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = uspoof_getSkeletonUTF8(context->spoof, 0, (const char *)text, length,
                                           (char *)output, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  if (U_FAILURE(status)) return -1;
  return fold_to_latin_letters(output, written);
}

uint8_t icushim_scalar_class(uint32_t scalar) {
  UChar32 c = (UChar32)scalar;
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return ICUSHIM_CLASS_IGNORABLE;
  if (u_isUWhiteSpace(c)) return ICUSHIM_CLASS_SPACE;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) ||
      u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) ||
      u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR)) {
    return ICUSHIM_CLASS_OTHER;
  }
  if (u_isalnum(c)) return ICUSHIM_CLASS_WORD;
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK) {
    return ICUSHIM_CLASS_WORD;
  }
  int32_t wordBreak = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  switch (wordBreak) {
    case U_WB_MIDLETTER:
    case U_WB_MIDNUMLET:
    case U_WB_MIDNUM:
    case U_WB_EXTENDNUMLET:
    case U_WB_SINGLE_QUOTE:
    case U_WB_DOUBLE_QUOTE:
      return ICUSHIM_CLASS_WORD;
    default:
      return ICUSHIM_CLASS_OTHER;
  }
}

uint8_t icushim_display_width(uint32_t scalar) {
  UChar32 c = (UChar32)scalar;
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return 0;
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_CONTROL_CHAR) return 0;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER)) return 0;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) return 2;
  int32_t width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return 2;
  return 1;
}

void icushim_version(uint8_t version[4]) {
  UVersionInfo info;
  u_getVersion(info);
  memcpy(version, info, 4);
}
