# Candidate patterns for the PII detectors, run together as one Vectorscan database.
# A hit only marks a region: each detector extracts the exact span inside it
# and validates it (checksums, calendars, libphonenumber, context), so these
# are deliberately loose. Hyperscan syntax: no look-around, no back-references.
@format postcheck-lexicon 1
@name pii.patterns
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A pattern's name, the kind of candidate it finds, flags (i: ignore case; -: none) and the pattern. Examples: text in which the pattern must or must not find a candidate.
@columns name kind flags pattern
phone	phone	-	\+?\(?\d[\d \-.()]{6,22}\d
+ ring me on 07911 123456
+ call +44 (0)7911 123 456 tonight
+ tel: 0113-496-0123
- call me at 5pm
card-in-fours	card	-	\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}
+ card 4111 1111 1111 1111 exp 09/27
+ 5555-5555-5555-4444
- card ending 4444
card-amex	card	-	\d{4}[ \-]?\d{6}[ \-]?\d{4,5}
+ amex 3782 822463 10005
iban	iban	i	[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}
+ IBAN GB82 WEST 1234 5698 7654 32
+ pay DE89370400440532013000 please
- GB82 is the code
sort-code-separated	sort-code	-	\d{2}[\- ]\d{2}[\- ]\d{2}
+ sort code 20-00-00
+ s/c 40 47 84
- 2-0 win
sort-code-run	sort-code	-	\d{6}
+ sort code 200000
account-number	account-number	-	\d{8}
+ acc 55779911
- ref 1234567
account-number-grouped	account-number	-	\d{4} \d{4}
+ account 5577 9911
national-insurance	national-insurance	i	[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]?
+ my NI number is AB 12 34 56 C
+ ni: ab123456c
- AB 12 34
numeric-date	numeric-date	-	\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?
+ DOB 03/03/1988
+ born 1988-03-03
+ dob: 3.3.88
- 3 / 4
word-date-day-first	word-date	i	\d{1,2}(?:st|nd|rd|th)?(?: of)? ?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)
+ born 3rd March 1988
+ my birthday is the 3rd of march
+ b. 3 Mar 1988
- March 1988
word-date-month-first	word-date	i	(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}
+ born March 3rd, 1988
+ DOB: Sept. 14 1990
- march on
uk-postcode	uk-postcode	i	[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}
+ I live at 12 Mill Lane, Leeds LS6 2AB
+ my postcode is sw1a1aa
+ EC1A 1BB
- LS6 is lovely
us-zip	us-zip	-	[A-Z]{2},? \d{5}(?:-\d{4})?
+ 123 Main St, Springfield, IL 62704
+ Austin, TX 78701-1234
- il 62704
eircode	eircode	i	(?:[ac-fhknprtv-y]\d{2}|d6w) ?[0-9ac-fhknprtv-y]{4}
+ Ennis, Co. Clare V95 X2Y3
+ D6W 1234
street	street	-	\d{1,4}[A-Za-z]?,? (?:[A-Z][A-Za-z'\-]{1,20} ){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|Gardens|Gdns|Terrace|Grove|Hill|Park|Square|Sq|Row|Walk|Mews|View|Rise|Green|Parade|Boulevard|Blvd|Vale|Wharf|Yard|Meadows?|Heights|End|Chase|Fold|Gate|Croft|Crossing|Circle|Parkway|Pkwy|Highway|Hwy)
+ I live at 12 Mill Lane
+ send it to 4B Church Street please
+ 1600 Pennsylvania Avenue
- 12 mill lane
