@format postcheck-lexicon 1
@name policy.defamation
@version 2026.12.04
@source Written for postcheck from the policy's section 7.2 ("publish defamatory or false material") and the Defamation Act 2013's notion of a statement causing serious harm
@licence CC0-1.0
@description Policy 7.2. Cue accusation: a damaging factual claim about the organisation, a role in it or a named person; retraction: a word that denies the claim when it falls inside the match.
@columns pattern cue confidence flags
{org} is ** {accusation}	accusation	0.75	-
+ QTSD is a scam, avoid
+ QTSD is basically a con
- QTSD is not a scam, they're great
- Is QTSD a scam?
- Beware of scam calls pretending to be QTSD
{org} are ** {accusation}	accusation	0.75	-
+ QTSD are a bunch of crooks
{org} are? is? were? have? has? been? keep? {fraud-verb} ** {fraud-object}	accusation	0.75	-
+ QTSD fiddle the results every year
+ QTSD have been faking the pass rates
- QTSD helps you spot fake certificates
{org} ** cook the books	accusation	0.8	-
+ QTSD cook the books, everyone knows
{agent} is ** {accusation}	accusation	0.7	-
+ Our director is a thief
+ my manager is a liar and a bully
+ Our director is a sex pest
+ my manager is a predator
- The film's director is a genius
- He is not a liar
{agent} are ** {accusation}	accusation	0.7	-
+ the directors are crooks
{agent} are? is? were? have? has? been? keep? {fraud-verb} ** {fraud-object}	accusation	0.75	-
+ They fiddle the results to keep the funding
+ our manager has been falsifying the attendance registers
{agent} ** cooking the books	accusation	0.8	-
+ they're cooking the books
+ The company is cooking the books
- The company is cooking the Christmas lunch this year
{agent} ** cooked the books	accusation	0.8	-
+ The directors cooked the books for years
{org} ** cooking the books	accusation	0.8	-
{agent} ** lying to	accusation	0.7	-
+ Management are lying to Ofsted
+ the directors have been lying to the funding agency for months
- They're lying on the beach all afternoon
{org} ** lying to	accusation	0.7	-
{agent} ** takes bribes	accusation	0.8	-
+ Our CEO takes bribes from suppliers
{agent} ** taking bribes	accusation	0.8	-
+ I reckon the manager is taking bribes from the agency
{agent} ** took bribes	accusation	0.8	-
{org} ** taking bribes	accusation	0.8	-
{agent} stole	accusation	0.75	-
+ the director stole from the learner fund
{Name} stole	accusation	0.75	-
+ Mark Smith stole from the tills
{Name} steals	accusation	0.75	-
+ Gary steals from the petty cash
{org} stole	accusation	0.75	-
+ QTSD stole our bursary money
{Name} is ** {accusation}	accusation	0.7	-
+ Dave Hughes is a fraud
+ Sarah is a liar
- It is a scam
- This is a scam warning from Action Fraud
{Name} are ** {accusation}	accusation	0.7	-
+ The Smiths are crooks
{Name} is stealing from	accusation	0.75	-
+ Dave is stealing from the tills again
- Stealing from the rich is Robin Hood's thing
- Someone is stealing from the staff fridge again
- Everyone is stealing from the biscuit tin
{Name} from * is? stealing from	accusation	0.75	-
+ Dave from finance is stealing from the company
{Name} are? is? were? have? has? been? keep? {fraud-verb} ** {fraud-object}	accusation	0.7	-
+ Dave fiddles the figures every month
{person} is ** {accusation}	accusation	0.75	-
{org} ** ripping off	accusation	0.7	-
+ QTSD are ripping off learners
{org} lie to	accusation	0.7	-
+ QTSD lie to learners about job prospects
{org} lied about	accusation	0.7	-
+ QTSD lied about the success rates
{org} ** stealing from	accusation	0.75	-
+ QTSD are stealing from learners
{agent} ** stealing from	accusation	0.75	-
+ they're stealing from the apprenticeship levy
{org} ** cheated	accusation	0.7	-
+ QTSD cheated learners out of their funding
{agent} ** on the take	accusation	0.8	-
+ Everyone knows our finance director is on the take
{org} ** on the take	accusation	0.8	-
+ Everyone knows the QTSD finance director is on the take
{org} covers up	accusation	0.75	-
+ QTSD covers up abuse
{org} covered up	accusation	0.75	-
{org} ** covering up	accusation	0.75	-
+ QTSD have been covering up complaints for years
{agent} covered up	accusation	0.75	-
{agent} ** covering up	accusation	0.75	-
{agent} ** stealing from	accusation	0.75	-
+ the directors have been stealing from the learners' fund
{agent} ** embezzling	accusation	0.8	-
+ the trustees are embezzling donations
not	retraction	1	-
- QTSD is not a scam, they're great
never	retraction	1	-
- Our director is never a thief
isn't	retraction	1	-
- QTSD isn't a scam at all
aren't	retraction	1	-
- QTSD aren't crooks
wasn't	retraction	1	-
- Our director wasn't a thief
