// A C view of the few libphonenumber calls postcheck needs. libphonenumber is
// C++ with protobuf types Swift's C++ interop cannot use, so Swift sees only
// this header: plain C types, no libphonenumber headers.
#ifndef POSTCHECK_PHONESHIM_H
#define POSTCHECK_PHONESHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// libphonenumber's PhoneNumberType, in its order.
typedef enum {
  PHONESHIM_FIXED_LINE = 0,
  PHONESHIM_MOBILE,
  PHONESHIM_FIXED_LINE_OR_MOBILE,
  PHONESHIM_TOLL_FREE,
  PHONESHIM_PREMIUM_RATE,
  PHONESHIM_SHARED_COST,
  PHONESHIM_VOIP,
  PHONESHIM_PERSONAL_NUMBER,
  PHONESHIM_PAGER,
  PHONESHIM_UAN,
  PHONESHIM_VOICEMAIL,
  PHONESHIM_UNKNOWN
} phoneshim_type;

typedef struct {
  /// The region the number belongs to (`GB`, `US`), NUL-terminated.
  char region[4];
  int32_t country_code;
  phoneshim_type type;
  /// 1 when the country code was read from digits written without `+` or an
  /// international prefix (`447911123456`): libphonenumber accepts those, but
  /// in prose they are seldom telephone numbers.
  int32_t country_code_without_plus;
} phoneshim_number;

/// Parses `length` UTF-8 bytes as one telephone number, national numbers
/// read as in `default_region` (two letters). Returns 1 and fills `result`
/// when libphonenumber deems the number valid, 0 otherwise. Thread-safe.
int phoneshim_validate(const char *text, int32_t length, const char *default_region, phoneshim_number *result);

/// Whether libphonenumber knows `region` (two letters) as a region with numbers.
int phoneshim_is_supported_region(const char *region);

#ifdef __cplusplus
}
#endif

#endif
