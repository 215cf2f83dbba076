-- The shipped campaign: a first month with Front Door Services, an agency that
-- staffs the front desks of one town. Grace Mensah, your placement manager,
-- moves you between placements; what you do at one desk follows you to the next.
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
      -- A public post about Front Door staff travels fast: the hotel asks for
      -- help at reception before the week is out.
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
