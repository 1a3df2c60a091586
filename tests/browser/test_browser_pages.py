"""What a user sees in a real browser: every page of `warta serve` over the sample
corpus, at desktop and phone width, with a screenshot of each in out/browser/."""

import re
from urllib.parse import quote

from playwright.sync_api import expect

HOSTILE_IDS = ["hostile-script", "hostile-\"><svg onload=window.__pwned='id'>"]


def assert_clean(page):
    """Nothing went wrong that a user would not see: no script errors, no dialogs,
    no request leaving the server (every asset ships in the package)."""
    assert page.errors == [] and page.dialogs == []
    assert page.evaluate("performance.getEntriesByType('resource').map(r => r.name)"
                         ".filter(u => !u.startsWith(location.origin))") == []


def test_browser_home_shows_the_corpus_at_a_glance(page, shoot):
    page.goto("/")
    expect(page.locator("h1")).to_have_text("Who said what, about whom, when — and according to whom")
    expect(page.locator(".stats")).to_contain_text("Articles")
    assert page.locator("svg.chart rect").count() > 3
    expect(page.locator(".bars").first).to_contain_text("Dedi Supriadi")
    expect(page.locator(".rows").last).to_contain_text("Pungutan Wisman di Bali")  # the latest articles
    expect(page.locator(".rows").first.locator("a[href^='/stories/']").first).to_be_visible()  # the biggest stories
    shoot("home")
    assert_clean(page)


def test_browser_search_highlights_matches_and_filters(page, shoot):
    page.goto("/")
    page.locator(".top-search input").fill("banjir")
    page.locator(".top-search input").press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=banjir"))
    expect(page.locator(".results mark").first).to_be_visible()
    expect(page.locator(".results")).to_contain_text("Citarum Meluap")
    shoot("search")
    page.select_option("#outlet", "kabarnusa.com")
    page.select_option("#kind", "direct")
    page.locator(".filters button").click()
    expect(page).to_have_url(re.compile(r"outlet=kabarnusa\.com"))
    for card in page.locator(".quote-card").all():
        expect(card).to_contain_text("kabarnusa.com")
        expect(card.locator(".badge")).to_have_text("direct")
    shoot("search-filtered")
    assert_clean(page)


def test_browser_search_without_results_says_so(page):
    page.goto("/search?q=zzzyyyxxx")
    expect(page.locator(".empty").first).to_have_text("Nothing matches.")


def test_browser_article_marks_the_text_and_explains_a_quote_on_hover(page, shoot):
    page.goto("/articles/kabarnusa-banjir-bandung")
    expect(page.locator("h1")).to_have_text(re.compile("Citarum Meluap"))
    expect(page.locator(".text .dateline").first).to_have_text(re.compile("BANDUNG, KABARNUSA.COM"))
    struck = page.locator(".text .bp").first
    assert "line-through" in struck.evaluate("el => getComputedStyle(el).textDecorationLine")
    assert page.locator(".text .date").count() >= 1 and page.locator(".text .fig").count() >= 1
    expect(page.locator(".side")).to_contain_text("Dedi Supriadi")
    quote_run = page.locator('.text [data-q]').first
    quote_run.scroll_into_view_if_needed()
    quote_run.hover()
    popover = page.locator("#pop")
    expect(popover).to_be_visible()
    expect(popover.locator(".who")).not_to_be_empty()
    expect(page.locator(".side-quote.hl")).to_have_count(1)
    shoot("article")
    assert_clean(page)


def test_browser_article_shows_the_via_chain(page):
    page.goto("/articles/kabarnusa-pajak-umkm")
    relayed = page.locator(".side-quote").filter(has=page.locator(".via", has_text="Rudi Hartanto")).first
    expect(relayed.locator(".who")).to_contain_text("Sri Wahyuni")


def test_browser_outlets_list_and_outlet_page(page, shoot):
    page.goto("/outlets")
    expect(page.locator("table")).to_contain_text("pelitatimur.co.id")
    shoot("outlets")
    page.get_by_role("link", name="kabarnusa.com", exact=True).first.click()
    expect(page.locator("h1")).to_have_text("kabarnusa.com")
    expect(page.locator(".card").filter(has_text="Whom it quotes")).to_contain_text("Dedi Supriadi")
    shoot("outlet")
    assert_clean(page)


def test_browser_unknown_article_is_a_friendly_404(page, shoot):
    response = page.goto("/articles/no-such-article")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Not found")
    shoot("not-found")


def test_browser_labels_switch_to_indonesian(page):
    page.goto("/")
    page.get_by_role("link", name="Bahasa Indonesia").click()
    expect(page.locator(".tabs")).to_contain_text("Cari")
    page.goto("/outlets")  # the choice is remembered
    expect(page.locator("h1")).to_have_text("Media")


def test_browser_api_docs_work_offline(page, shoot):
    page.goto("/docs")
    expect(page.locator(".swagger-ui .title").first).to_contain_text("Warta")
    expect(page.locator(".swagger-ui")).to_contain_text("/api/articles")
    shoot("docs")
    assert_clean(page)


HOSTILE_PAGES = ["/", "/search?q=banjir", "/search?q=script", "/outlets", "/outlets/Kabar%20Jahat",
                 "/outlets/" + quote("<b onmouseover=\"window.__pwned='outlet'\">Kabar Jahat</b>", safe="")]
HOSTILE_PAGES += ["/articles/" + quote(i, safe="") for i in HOSTILE_IDS]


def test_browser_hostile_content_is_shown_as_text_and_never_runs(page, shoot):
    """Titles, text, outlets, ids and URLs carrying <script>, on*= handlers and javascript:
    links: on every page that shows them, nothing runs and the markup reads as text."""
    page.goto("/articles/hostile-script")
    story = page.locator("a.story-link").get_attribute("href")
    for path in HOSTILE_PAGES + [story, "/stories", "/entities?q=Budi"]:
        page.goto(path)
        for run in page.locator(".text [data-q], .side-quote").all()[:6]:
            run.hover()
        page.locator("body").click(position={"x": 5, "y": 5})
        assert page.evaluate("window.__pwned") is None, path
        assert page.evaluate("""() => [...document.querySelectorAll('*')].filter(el =>
            [...el.attributes].some(a => a.name.startsWith('on'))).length""") == 0, path
        assert page.locator("a[href^='javascript'], iframe, object, embed, img, main svg[onload]").count() == 0, path
        assert page.evaluate("[...document.scripts].map(s => s.getAttribute('src'))") == ["/static/warta.js"], path
        assert_clean(page)
    page.goto("/articles/hostile-script")
    expect(page.locator("h1")).to_contain_text("<script>window.__pwned='title'</script>Warga")
    expect(page.locator(".text")).to_contain_text("<svg onload=")
    expect(page.locator(".meta")).to_contain_text("javascript:")  # shown, not linked
    shoot("hostile-article")


def test_browser_from_a_speaker_to_their_entity_page(page, shoot):
    page.goto("/")
    page.locator(".bars a", has_text="Dedi Supriadi").first.click()
    expect(page).to_have_url(re.compile(r"/entities/\d+$"))
    expect(page.locator("h1")).to_have_text("Dedi Supriadi")
    assert page.locator("svg.chart rect").count() >= 1
    expect(page.locator(".card").filter(has_text="Quotes by story")).to_contain_text("Dedi Supriadi")
    shoot("entity")
    assert_clean(page)


def test_browser_story_page_compares_outlets(page, shoot):
    page.goto("/articles/kabarnusa-banjir-bandung")
    page.locator("a.story-link").click()
    expect(page).to_have_url(re.compile(r"/stories/\d+$"))
    expect(page.locator(".card").filter(has_text="Whose voices each outlet carries")).to_contain_text(
        "kabarnusa.com")
    expect(page.locator(".timeline")).to_contain_text("Citarum Meluap")
    shoot("story")
    assert_clean(page)


def test_browser_story_and_entity_lists(page, shoot):
    page.goto("/entities?type=PER")
    expect(page.locator("table")).to_contain_text("Dedi Supriadi")
    shoot("entities")
    page.goto("/stories")
    shoot("stories")
    assert_clean(page)
