window.YTD.note_tweet.part0 = [
  { "noteTweet" : { "noteTweetId" : "1800000000000000010", "createdAt" : "2025-03-07T10:00:00.000Z",
    "core" : { "text" : "A long post about our learners. My DOB is 14/02/1990 and the rest of this note runs past the old limit https://t.co/Zz9", "urls" : [ { "shortUrl" : "https://t.co/Zz9", "expandedUrl" : "https://example.org/notes" } ], "mentions" : [ ], "hashtags" : [ ] } } }
]
