from conflictlens.extract.quantities import find_quantities


def q(text):
    found = find_quantities(text)
    assert found, text
    return found[0].quantity


def test_hedged_numbers_keep_their_bound():
    over = q("over 10,000 militants")
    assert (over.best, over.low, over.high, over.hedge) == (10000, 10000, None, "over")
    least = q("at least 16 people were killed")
    assert (least.best, least.low, least.hedge) == (16, 16, "at least")
    up_to = q("up to 30 fighters")
    assert (up_to.best, up_to.high, up_to.low) == (30, 30, None)


def test_words_and_ranges():
    assert q("three soldiers").best == 3
    assert q("2 hundred fighters").best == 200
    assert q("kill 21, hundreds flee").best == 21  # "21 hundreds" (comma lost in a headline) is not 2,100
    r = q("10 to 15 civilians")
    assert (r.best, r.low, r.high) == (10, 10, 15)


def test_vague_quantities_follow_acled_conventions_and_keep_the_phrase():
    dozens = q("dozens of people were wounded")
    assert dozens.best == 12 and dozens.phrase == "dozens of"
    several = q("several civilians")
    assert several.best == 10
    assert q("a number of villagers").best == 10


def test_years_and_money_are_not_counts():
    assert not find_quantities("in 2019")
    assert not find_quantities("$500")
