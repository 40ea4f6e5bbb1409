# Words that make a candidate a National Insurance number.
@format postcheck-lexicon 1
@name pii.national_insurance.context
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A phrase (folded words separated by spaces), the amount added to the confidence, and whether it counts before the candidate, after it, or either side. Examples: a post in which the cue must (or must not) be the one the finding names.
@columns phrase weight side
ni number	0.6	before
+ my NI number is AB123456
ni no	0.6	before
national insurance	0.6	before
+ national insurance: AB 12 34 56
national insurance number	0.65	before
nino	0.6	before
nat ins	0.6	before
ni	0.5	before
ref	-0.5	before
order	-0.5	before
flight	-0.7	before
