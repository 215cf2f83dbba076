-- The shipped campaign: a first month with Front Door Services, an agency that
-- staffs the front desks of one town. Grace Mensah, your placement manager,
-- moves you between placements; what you do at one desk follows you to the next.
--
-- Threads: Marisol (wrong_size -> clinic_wait), Daniel (cancelled_flight ->
-- second_chance), Grace's memory of how you handle rules (late_fee -> room_key ->
-- second_chance), and public posts (wrong_size, late_fee's letter to the paper,
-- cancelled_flight -> the Linden, hotel_review).
--
-- The one branch: if a Front Door desk has been in a public post, the Linden asks
-- for cover while the post is fresh, so you go there straight after the café. Its
-- guest has read the post (hotel_review's primed version), and because the Linden
-- now comes before the Quayside, a one-star ending there changes which version of
-- room_key you play: Grace has read that post too, and watches your every key.
-- Without a post you go to the support line first and the Linden last but one.
-- Every stage is played on both branches (the engine's tests rely on it).
return campaign {
  id = "front_door",
  title = "Front Door: Your First Month",
  start = "wrong_size",
  stages = {
    stage { id = "wrong_size", file = "encounters/wrong_size.lua", next = "late_fee" },
    stage { id = "late_fee", file = "encounters/late_fee.lua", next = "clinic_wait" },
    stage { id = "clinic_wait", file = "encounters/clinic_wait.lua", next = "cancelled_flight" },
    stage { id = "cancelled_flight", file = "encounters/cancelled_flight.lua", next = "cafe_banter" },
    stage {
      id = "cafe_banter",
      file = "encounters/cafe_banter.lua",
      next = function(s)
        if s.story.public_post or s.story.passenger_posted then return "hotel_review" end
        return "support_line"
      end,
    },
    stage {
      id = "hotel_review",
      file = "encounters/hotel_review.lua",
      next = function(s)
        if not s.outcomes.support_line then return "support_line" end
        return "second_chance"
      end,
    },
    stage { id = "support_line", file = "encounters/support_line.lua", next = "room_key" },
    stage {
      id = "room_key",
      file = "encounters/room_key.lua",
      next = function(s)
        if s.outcomes.hotel_review then return "second_chance" end
        return "hotel_review"
      end,
    },
    stage { id = "second_chance", file = "encounters/second_chance.lua" },
  },
}
