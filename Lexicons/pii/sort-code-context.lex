# Words that make six digits a bank sort code, or something else.
@format postcheck-lexicon 1
@name pii.bank.sort-code.context
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A phrase (folded words separated by spaces), the amount added to the confidence, and whether it counts before the candidate, after it, or either side. Examples: a post in which the cue must (or must not) be the one the finding names.
@columns phrase weight side
sort code	0.7	before
+ sort code 20-00-00
+ Sort code: 20 00 00 thanks
sortcode	0.7	before
sort	0.65	before
s c	0.6	before
+ s/c 40-47-84
sc	0.5	before
bank details	0.6	before
score	-0.6	either
case	-0.8	either
ref	-0.8	either
reference	-0.8	either
order	-0.8	either
date	-0.6	either
version	-0.8	either
tracking	-0.8	either
