window.YTD.deleted_tweets.part0 = [
  { "tweet" : { "id_str" : "1800000000000000020", "created_at" : "Fri Mar 07 22:10:00 +0000 2025", "deleted_at" : "Fri Mar 07 22:15:00 +0000 2025", "full_text" : "my password for the staff portal is Winter2025!", "entities" : { } } }
]
