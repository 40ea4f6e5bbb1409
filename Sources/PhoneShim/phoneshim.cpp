#include "phoneshim.h"

#include <phonenumbers/phonenumberutil.h>

#include <cstring>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

int phoneshim_validate(const char *text, int32_t length, const char *default_region, phoneshim_number *result) {
  // GetInstance is a thread-safe singleton; its methods are const.
  const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util->ParseAndKeepRawInput(std::string(text, static_cast<size_t>(length)), default_region, &number) !=
      PhoneNumberUtil::NO_PARSING_ERROR) {
    return 0;
  }
  // IsValidNumber is GetRegionCodeForNumber then IsValidNumberForRegion: done
  // here in its two steps, so the region (wanted below) is worked out once.
  std::string region;
  util->GetRegionCodeForNumber(number, &region);
  if (!util->IsValidNumberForRegion(number, region)) return 0;
  // Outside the North American plan, national numbers are written with their
  // trunk prefix (GB `07911…`, not `7911…`); libphonenumber accepts them
  // without, which turns product codes like `5646-5653-69` into numbers.
  if (number.country_code_source() == PhoneNumber::FROM_DEFAULT_COUNTRY && number.country_code() != 1) {
    std::string trunk;
    util->GetNddPrefixForRegion(default_region, true, &trunk);
    std::string digits(text, static_cast<size_t>(length));
    util->NormalizeDigitsOnly(&digits);
    if (!trunk.empty() && digits.compare(0, trunk.size(), trunk) != 0) return 0;
  }
  // Outside the North American plan, a number in the default region's own
  // country code is named for the default region, whichever of the regions
  // sharing that code holds its range: `07911 123456` is a GB mobile to a UK
  // reader (libphonenumber's metadata files 07911 1… under Guernsey, which
  // uses the UK plan). North American regions are separate countries.
  if (number.country_code() != 1 && util->GetCountryCodeForRegion(default_region) == number.country_code()) {
    region = default_region;
  }
  std::memset(result->region, 0, sizeof result->region);
  std::strncpy(result->region, region.c_str(), sizeof result->region - 1);
  result->country_code = number.country_code();
  result->type = static_cast<phoneshim_type>(util->GetNumberType(number));
  result->country_code_without_plus =
      number.country_code_source() == PhoneNumber::FROM_NUMBER_WITHOUT_PLUS_SIGN ? 1 : 0;
  return 1;
}

int phoneshim_is_supported_region(const char *region) {
  const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
  return util->GetCountryCodeForRegion(region) != 0;
}
