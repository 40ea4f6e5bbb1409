@format postcheck-lexicon 1
@name policy.disclaimer
@version 2026.12.04
@source Written for postcheck from the policy's section 7 ("it should be made clear that the views do not represent or reflect the views of" the organisation) and common social-media disclaimers
@licence CC0-1.0
@description Policy 7. Cue view: a personal view, reported (for review) in a post about work matters with no disclaimer; disclaimer: a "views are my own" statement anywhere in the post.
@columns pattern cue confidence flags
i think	view	0.6	-
+ I think the directors are making a big mistake
- I think it's going to rain later
in my opinion	view	0.65	-
+ In my opinion QTSD should pay assessors more
- In my opinion QTSD should pay assessors more. Views my own.
imo	view	0.6	-
+ our assessors deserve better imo
imho	view	0.6	-
+ IMHO my manager handled it badly
in my view	view	0.65	-
+ in my view the restructure is the wrong call
personally	view	0.55	-
+ Personally I'd sack the senior management
i believe	view	0.6	-
+ I believe our learners are being let down
i feel	view	0.55	-
+ I feel like the directors don't care
i reckon	view	0.6	-
+ I reckon the management are hiding something
if you ask me	view	0.6	-
+ If you ask me, our CEO has lost the plot
unpopular opinion	view	0.6	-
+ unpopular opinion: my colleagues are lazy
my two cents	view	0.55	-
+ my two cents on the staff meeting: waste of time
to be honest	view	0.5	-
+ To be honest our learners deserve a better deal
tbh	view	0.5	-
+ tbh my boss is out of his depth
views are my own	disclaimer	1	-
- I think my manager is wrong. Views are my own.
views my own	disclaimer	1	-
- In my opinion QTSD should pay assessors more. Views my own.
views are mine	disclaimer	1	-
- I think the directors are wrong (views are mine)
opinions are my own	disclaimer	1	-
- opinions are my own, but I think our learners deserve better
opinions my own	disclaimer	1	-
- IMO our assessors deserve a pay rise. Opinions my own
opinions are mine	disclaimer	1	-
opinions mine	disclaimer	1	-
- I reckon my colleagues are brilliant. Opinions are mine.
all views my own	disclaimer	1	-
- All views my own: I believe our learners are let down
personal views	disclaimer	1	-
- Personal views only. I think the directors are wrong.
my own views	disclaimer	1	-
- These are my own views, but I feel the directors don't care
views expressed are my own	disclaimer	1	-
- Views expressed are my own. In my view the restructure is the wrong call
not the views of my employer	disclaimer	1	-
- Not the views of my employer, but I think our managers are wrong
do not represent	disclaimer	1	-
- My posts do not represent QTSD. I think our learners deserve better
speaking for myself	disclaimer	1	-
- Speaking for myself, I think the directors are right
not my employer's	disclaimer	1	-
- In my view the new policy at work is a mistake (my views, not my employer's)
not my employers	disclaimer	1	-
my views not	disclaimer	1	-
not those of my employer	disclaimer	1	-
- I think our funding model at QTSD is broken. Opinions mine, not those of my employer
