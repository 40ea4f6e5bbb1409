window.YTD.account.part0 = [ { "account" : { "email" : "someone@example.com" } } ]
