# What makes a date a date of birth.
@format postcheck-lexicon 1
@name pii.date_of_birth.cues
@version 2026.12.07
@source Written for postcheck
@licence CC0-1.0
@description A phrase matched on the original text ignoring case, where it counts (before: touching the date, with only filler between; clause: anywhere earlier in the same clause, up to eight words back; after: touching it after; filler: a word that may stand between a cue and the date; non-person: a thing that is founded rather than born, which voids a touching cue right after it, with only filler between), and the confidence a birth date found by it gets. Examples: posts in which the cue must (or must not) make a birth date.
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
- The company was born on 1 April 2010 in a garage in Leeds
- Our podcast was born on 3 May 2019
+ Jo, who joined the company, was born on 3 March 1990
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
arrived safe and sound	before	0.8
+ Our Tilly arrived safe and sound on 02/11/2025 weighing 6lb 8oz
- The parcel arrived on 02/11/2025, finally
weighing	after	0.75
+ Baby Oscar, 14/03/2025, weighing 7lb 1oz, mum and baby doing well
- Weighing up whether to book 14/03/2025 or the week after
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
company	non-person	0
company's	non-person	0
business	non-person	0
charity	non-person	0
organisation	non-person	0
organization	non-person	0
firm	non-person	0
brand	non-person	0
band	non-person	0
idea	non-person	0
project	non-person	0
podcast	non-person	0
blog	non-person	0
channel	non-person	0
club	non-person	0
school	non-person	0
college	non-person	0
academy	non-person	0
shop	non-person	0
startup	non-person	0
start-up	non-person	0
movement	non-person	0
campaign	non-person	0
initiative	non-person	0
tradition	non-person	0
festival	non-person	0
event	non-person	0
programme	non-person	0
scheme	non-person	0
website	non-person	0
app	non-person	0
partnership	non-person	0
magazine	non-person	0
newsletter	non-person	0
group	non-person	0
