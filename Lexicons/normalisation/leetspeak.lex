# Leetspeak: characters people put in place of letters to dodge word filters.
@format postcheck-lexicon 1
@name normalisation.leetspeak
@version 2026.11.25
@source Written for postcheck from common usage (cf. better-profanity's character map)
@licence CC0-1.0
@description One substitute character and the letter it stands for; examples give a token and its leetspeak reading.
@columns character letter
0	o
+ n00b noob
1	i
+ sh1t shit
3	e
+ h3ll hell
4	a
+ b4stard bastard
5	s
+ 5hit shit
7	t
+ 7wat twat
8	b
+ 8itch bitch
9	g
+ 9ay gay
\@	a
+ b@stard bastard
$	s
+ a$$ ass
!	i
+ sh!t shit
|	l
+ |oser loser
\+	t
+ +wat twat
