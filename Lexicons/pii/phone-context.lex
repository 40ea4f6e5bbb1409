# Words near a telephone number that make it more or less likely to be someone's number.
@format postcheck-lexicon 1
@name pii.phone.context
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A phrase (folded words separated by spaces), the amount added to the confidence, and whether it counts before the candidate, after it, or either side. Examples: a post in which the cue must (or must not) be the one the finding names.
@columns phrase weight side
ring me on	0.08	before
+ ring me on 07911 123456
ring me	0.07	before
call me on	0.08	before
+ call me on 07911 123456 after six
call me	0.07	before
text me on	0.08	before
text me	0.07	before
+ text me 07911 123456
phone me	0.07	before
whatsapp me	0.07	before
whatsapp	0.05	either
give me a ring	0.07	before
give me a call	0.07	before
my number is	0.09	before
my number	0.08	either
+ my number 07911 123456
my mobile	0.09	either
mob	0.06	before
+ mob 07911 123456
mobile	0.05	before
tel	0.05	before
+ Tel: 0113 496 0123
phone	0.04	before
order	-0.7	before
order no	-0.75	before
- order no 07911 123456 (call me on 07700 900123)
order number	-0.75	before
ref	-0.7	before
reference	-0.7	before
tracking	-0.75	before
invoice	-0.7	before
isbn	-0.8	before
- ISBN 0140449132 0113 496 0123
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
