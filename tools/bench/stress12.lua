-- A generated stress encounter for `frontdoor explore`: twelve decisions of five
-- answers each, 5^12 = 244,140,625 raw paths. Built in a loop, so it is short.
local modes = { "avoid", "accommodate", "compromise", "collaborate", "compete" }
local trust = { avoid = -4, accommodate = 6, compromise = 2, collaborate = 8, compete = -8 }
local wall = { avoid = 5, accommodate = -5, compromise = 0, collaborate = -10, compete = 10 }
local money = { avoid = 0, accommodate = -20, compromise = -10, collaborate = -5, compete = 0 }

local beats = {}
for i = 1, 12 do
  local answers = {}
  for _, m in ipairs(modes) do
    answers[#answers + 1] = answer {
      mode = m,
      says = "Answer " .. m .. " at decision " .. i .. ".",
      effects = { trust = trust[m], wall = wall[m], money = money[m] },
      next = i < 12 and ("d" .. (i + 1)) or "settle",
      fit = (m == "collaborate" and i % 2 == 0 or m == "compromise" and i % 2 == 1) and 5 or 2,
      why = "Generated.",
    }
  end
  beats[#beats + 1] = decision { id = "d" .. i, says = "\"Decision " .. i .. ".\"", answers = answers }
end
beats[#beats + 1] = route {
  id = "settle",
  cases = {
    { when = function(s) return s.trust >= 70 end, next = "won_back" },
    { when = function(s) return s.trust >= 45 end, next = "kept" },
  },
  otherwise = "lost",
}
beats[#beats + 1] = ending { id = "won_back", outcome = "won_back", text = "Won back." }
beats[#beats + 1] = ending { id = "kept", outcome = "kept", text = "Kept." }
beats[#beats + 1] = ending { id = "lost", outcome = "lost", text = "Lost." }

return encounter {
  id = "stress12",
  title = "Stress: twelve decisions",
  setting = { sector = "support", place = "A generated help desk" },
  customer = { name = "Test Customer", role = "Generated", life = "Exists to be explored.",
               mood = "neutral", trust = 50, wall = 50, value = 100 },
  start = "d1",
  beats = beats,
}
