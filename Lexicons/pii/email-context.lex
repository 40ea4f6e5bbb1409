# Words near an e-mail address that change how likely it is to be personal.
@format postcheck-lexicon 1
@name pii.email.context
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A phrase (folded words separated by spaces), the amount added to the confidence, and whether it counts before the address, after it, or either side.
@columns phrase weight side
email me at	0.1	before
+ email me at jo.bloggs@example.com 👍🏽
- jo.bloggs@example.com
- Email me at the office. Jo's is jo.bloggs@example.com
email me on	0.1	before
email me	0.1	before
e-mail me	0.1	before
mail me at	0.1	before
my email is	0.1	before
+ FYI my email is jo_b@gmail.com
my email	0.1	before
my personal email	0.12	before
my e-mail	0.1	before
my address is	0.08	before
contact me at	0.08	before
contact me on	0.08	before
reach me at	0.08	before
drop me a line	0.08	either
+ jo@example.org - drop me a line!
+ drop me a line at jo@example.org
message me at	0.08	before
write to me at	0.08	before
send it to	0.05	before
+ send it to jo.bloggs@example.com
- jo.bloggs@example.com, send it to me
