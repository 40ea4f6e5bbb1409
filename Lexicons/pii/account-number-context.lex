# Words that make eight digits a bank account number, or a reference of some other kind.
@format postcheck-lexicon 1
@name pii.bank.account-number.context
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A phrase (folded words separated by spaces), the amount added to the confidence, and whether it counts before the candidate, after it, or either side. Examples: a post in which the cue must (or must not) be the one the finding names.
@columns phrase weight side
account number	0.6	before
+ account number 55779911
account no	0.6	before
acc no	0.6	before
+ acc no. 55779911
acct	0.6	before
a c	0.5	before
acc	0.55	before
account	0.5	before
bank details	0.5	before
case	-0.8	before
case ref	-0.8	before
- case ref 55779911
ref	-0.8	before
reference	-0.8	before
order	-0.8	before
invoice	-0.8	before
customer number	-0.8	before
membership	-0.8	before
student	-0.8	before
staff	-0.8	before
ticket	-0.8	before
booking	-0.8	before
tracking	-0.8	before
claim	-0.8	before
policy	-0.8	before
company	-0.8	before
vat	-0.8	before
isbn	-0.8	before
id	-0.7	before
