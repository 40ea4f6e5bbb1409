# Insults the comms team wants caught, on top of the built-in ones.
@format postcheck-lexicon 1
@name offensive.core
@version 2026.12.01
@source Acme Learning comms team (example)
@licence CC0-1.0
@columns term category severity characteristic not-when
numpty	insult	low	-	-
+ what a numpty
+ what a NUMPTYYY
- Numptyville parish council
