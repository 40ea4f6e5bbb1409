window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1800000000000000001",
      "id" : "1800000000000000001",
      "created_at" : "Tue Mar 04 09:15:02 +0000 2025",
      "full_text" : "Thanks @example_trainer for a brilliant cohort in Leeds today! Ring me on 07911 123456 &amp; book https://t.co/AbCdEf1234 #apprenticeships",
      "lang" : "en",
      "retweeted" : false,
      "truncated" : false,
      "entities" : {
        "hashtags" : [ { "text" : "apprenticeships", "indices" : [ "119", "135" ] } ],
        "user_mentions" : [ { "name" : "Example Trainer", "screen_name" : "example_trainer", "id_str" : "42", "indices" : [ "7", "23" ] } ],
        "urls" : [ { "url" : "https://t.co/AbCdEf1234", "expanded_url" : "https://www.example.com/courses/level-3", "display_url" : "example.com/courses/level-3", "indices" : [ "96", "119" ] } ]
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1800000000000000002",
      "created_at" : "Wed Mar 05 18:00:00 +0100 2025",
      "full_text" : "RT @someone: Lovely sunny day &lt;3 in Scunthorpe",
      "entities" : { "urls" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "1800000000000000003",
      "created_at" : "Thu Mar 06 08:00:00 +0000 2025",
      "full_text" : "@colleague between you and me, the audit failed",
      "in_reply_to_status_id_str" : "1799999999999999999",
      "entities" : { }
    }
  }
]
