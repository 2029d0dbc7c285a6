from conflictlens.ingest.clean import clean_text, guess_title

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def test_furniture_is_removed_by_shape_not_by_string():
    raw = (FIXTURES / "scrape-with-furniture.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    for furniture in ("Share on", "Follow us", "newsletter", "Read more", "All rights reserved", "App Store", "Google Play", "Get the Demo Wire app"):
        assert furniture not in cleaned
    assert "Two rockets struck a market" in cleaned
    assert "No group has claimed responsibility." in cleaned


def test_medium_style_button_lines_are_removed():
    raw = (
        "Officials say the convoy was hit twice.\n\nThe ministry said it would investigate the strike.\n\n\n"
        "Get the Medium app\n\nA button that says 'Download on the App Store', and if clicked it will lead you to the iOS App store\n"
        "A button that says 'Get it on, Google Play', and if clicked it will lead you to the Google Play store"
    )
    cleaned = clean_text(raw)
    assert cleaned.endswith("investigate the strike.")


def test_prose_that_mentions_apps_is_kept():
    raw = "Militants used a messaging app to coordinate the attack, police said, and shared videos on Telegram afterwards."
    assert clean_text(raw) == raw


def test_whitespace_is_normalised_and_offsets_stable():
    raw = "Line one.\r\n\r\n\r\n\r\nLine two.\u00a0Here.  \n"
    assert clean_text(raw) == "Line one.\n\nLine two. Here."


def test_title_guess():
    assert guess_title("Rocket fire hits market town\n\nBody text here.") == "Rocket fire hits market town"
    assert guess_title("This is a sentence.\nAnother one.") is None


def test_headlines_under_read_more_are_other_stories():
    raw = (
        "Boko Haram fighters killed 12 farmers near Kwatandashi in Borno state on Wednesday, residents said.\n\n"
        "Read more:\nSuicide bomber kills 18 at wedding in Gwoza\nMilitary says it killed 50 insurgents in Sambisa forest\n\n"
        "The farmers had gone to harvest beans despite warnings from the military."
    )
    cleaned = clean_text(raw)
    assert "Gwoza" not in cleaned and "Sambisa" not in cleaned
    assert cleaned.startswith("Boko Haram fighters") and cleaned.endswith("warnings from the military.")
