# Words that make an address someone's home, or a business or venue.
@format postcheck-lexicon 1
@name pii.address.context
@version 2026.12.07
@source Written for postcheck
@licence CC0-1.0
@description A phrase (folded words separated by spaces), the amount added to the confidence, and whether it counts before the candidate, after it, or either side. Examples: a post in which the cue must (or must not) be the one the finding names.
@columns phrase weight side
i live at	0.5	before
+ I live at 12 Mill Lane, Leeds LS6 2AB
i live on	0.5	before
i live in	0.5	before
live at	0.5	before
living at	0.5	before
my address	0.5	before
my address is	0.5	before
my home address	0.5	before
home address	0.5	before
send it to	0.5	before
+ send it to Rose Cottage, Mill Lane, Leeds LS6 2AB
send to	0.45	before
send the parcel to	0.5	before
deliver it to	0.5	before
send them to	0.5	before
post it to	0.5	before
deliver to	0.5	before
we've moved to	0.5	before
moved into	0.5	before
+ I've just moved into 18 Beech Grove, York YO26 4AB
moving into	0.45	before
moving to	0.45	before
we have moved to	0.5	before
i've moved to	0.5	before
moved to	0.5	before
our new address	0.5	before
my new address	0.5	before
our address	0.5	before
party at mine	0.5	before
+ party at mine: 4 Elm Grove, York YO1 7HH
at mine	0.5	before
come round to	0.5	before
come to mine	0.5	before
my place	0.5	before
my house	0.5	before
my flat	0.5	before
pick me up from	0.5	before
drop it round to	0.5	before
my postcode	0.5	before
my postcode is	0.5	before
+ my postcode is LS6 2AB
we live at	0.5	before
we live in	0.5	before
i'm at	0.45	before
we're at	0.45	before
i'm in	0.45	before
home is	0.5	before
my home	0.5	before
our postcode is	0.5	before
new address	0.45	before
+ new address: 1600 Pennsylvania Avenue NW, Washington, DC 20500
postcode	0.35	before
+ postcode SW1A 1AA if you need it
post code	0.35	before
is where i live	0.5	after
+ Flat 2, 5 High St, Leeds LS1 1AA is where I live now
where i live	0.5	after
is my address	0.5	after
is home	0.45	after
we live at	0.5	before
we live in	0.5	before
i'm at	0.45	before
we're at	0.45	before
i'm in	0.45	before
home is	0.5	before
my home	0.5	before
postcode is	0.5	before
we live at	0.5	before
we live in	0.5	before
i'm at	0.45	before
we're at	0.45	before
i'm in	0.45	before
home is	0.5	before
my home	0.5	before
venue	-0.9	either
- Venue: 1 Park Row, Leeds LS1 5HD
find us at	-0.9	either
- find us at 12 Mill Lane, Leeds LS6 2AB
find us	-0.9	either
our office	-0.9	either
our offices	-0.9	either
office	-0.9	either
offices	-0.9	either
head office	-0.9	either
registered office	-0.9	either
located at	-0.9	either
visit us at	-0.9	either
visit us	-0.9	either
held at	-0.9	either
takes place at	-0.9	either
campus	-0.9	either
reception	-0.9	either
hq	-0.9	either
headquarters	-0.9	either
store	-0.9	either
shop	-0.9	either
restaurant	-0.9	either
pub	-0.9	either
hotel	-0.9	either
museum	-0.9	either
gallery	-0.9	either
library	-0.9	either
college	-0.9	either
event	-0.9	either
workshop	-0.9	either
conference	-0.9	either
open day	-0.9	either
branch	-0.9	either
showroom	-0.9	either
clinic	-0.9	either
surgery	-0.9	either
stadium	-0.9	either
arena	-0.9	either
theatre	-0.9	either
centre	-0.9	either
meet us at	-0.9	either
join us at	-0.9	either
see you at	-0.9	either
town hall	-0.9	either
city hall	-0.9	either
tickets	-0.9	either
doors open	-0.9	either
box office	-0.9	either
parking	-0.9	either
