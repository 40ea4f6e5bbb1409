window.YTD.like.part0 = [ { "like" : { "tweetId" : "1", "fullText" : "call me on 07911 123456" } } ]
