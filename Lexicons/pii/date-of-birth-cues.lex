# What makes a date a date of birth.
@format postcheck-lexicon 1
@name pii.date_of_birth.cues
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A phrase matched on the original text ignoring case, where it counts (before: touching the date, with only filler between; clause: anywhere earlier in the same clause, up to eight words back; after: touching it after; filler: a word that may stand between a cue and the date), and the confidence a birth date found by it gets. Examples: posts in which the cue must (or must not) make a birth date.
@columns phrase side confidence
dob	clause	0.95
+ DOB: 03/03/1988
+ DOB 3rd March '88
+ DOB for the form is 03/03/1988
- DOB checks done, course starts 12/03/2025
- DOBBY 03/03/1988
d.o.b.	clause	0.95
+ D.O.B. 3rd March 1988
d.o.b	clause	0.95
date of birth	clause	0.95
+ My date of birth is 03/03/1988
birth date	clause	0.9
birthdate	clause	0.9
born	before	0.9
+ I was born in Leeds on 3 March 1988
+ born at St James's Hospital on 3/3/88
+ born 13/04/2025 at 14:15, 7lb 2oz
+ Ava was born at 14:15 on 13/04/2025
- Born to Run night on 6 May
- born and raised here, moved offices on 08.04.1975
b.	before	0.8
+ Jane Smith (b. 3 March 1988)
my birthday	before	0.9
+ my birthday is 3rd August
- birthday cake orders by 3rd August
my bday	before	0.9
my b'day	before	0.9
birthday	before	0.7
bday	before	0.7
b-day	before	0.7
my birthday's	before	0.9
+ my birthday's on 3rd March
birthday's	before	0.7
is my birthday	after	0.9
+ 3rd March is my birthday!
my birthday	after	0.85
is my bday	after	0.9
dob	after	0.9
+ 03/03/88 (DOB)
on	filler	0
the	filler	0
is	filler	0
was	filler	0
at	filler	0
am	filler	0
pm	filler	0
:	filler	0
-	filler	0
–	filler	0
—	filler	0
(	filler	0
)	filler	0
,	filler	0
