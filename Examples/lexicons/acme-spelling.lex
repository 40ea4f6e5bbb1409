# The organisation's own words, which the spelling rule should not report.
@format postcheck-lexicon 1
@name quality.spelling-allowed
@version 2026.12.01
@source Acme Learning comms team (example)
@licence CC0-1.0
@columns word
upskilling
+ upskilling our learners
eportfolio
+ update your eportfolio
