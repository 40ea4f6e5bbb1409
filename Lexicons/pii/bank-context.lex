# Words near a card number or IBAN that make it more or less likely to be someone's bank details.
@format postcheck-lexicon 1
@name pii.bank.context
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A phrase (folded words separated by spaces), the amount added to the confidence, and whether it counts before the candidate, after it, or either side. Examples: a post in which the cue must (or must not) be the one the finding names.
@columns phrase weight side
card number	0.05	before
+ my card number is 4111 1111 1111 1111
card	0.04	before
long number	0.05	before
visa	0.04	before
mastercard	0.04	before
amex	0.04	before
iban	0.04	before
+ IBAN GB82 WEST 1234 5698 7654 32
bank details	0.05	before
pay	0.03	before
order	-0.7	before
order no	-0.75	before
order number	-0.75	before
ref	-0.7	before
reference	-0.7	before
tracking	-0.75	before
invoice	-0.7	before
isbn	-0.8	before
company no	-0.8	before
company number	-0.8	before
vat	-0.8	before
membership	-0.7	before
member no	-0.7	before
case	-0.6	before
ticket	-0.6	before
booking	-0.6	before
serial	-0.7	before
parcel	-0.7	before
imei	-0.8	before
