"""The report in a real browser: sort, filter, follow a value to its words, no CV script runs.

Runs headless Debian Chromium through Selenium and Debian's chromedriver (the `browser`
fixture in conftest.py). Skipped, with the reason, only where Chromium is not installed.
"""

from __future__ import annotations


def _visible_rows(driver):
    from selenium.webdriver.common.by import By

    return [
        r for r in driver.find_elements(By.CSS_SELECTOR, "#overview tbody tr") if r.is_displayed()
    ]


def test_browser_overview_sorts_and_filters(browser, demo_run, shot):
    from selenium.webdriver.common.by import By

    browser.get((demo_run / "report" / "index.html").as_uri())
    rows = _visible_rows(browser)
    assert len(rows) == 10
    header = browser.find_element(
        By.XPATH, "//table[@id='overview']//th[normalize-space()='Totaal']"
    )
    header.click()  # ascending
    header.click()  # descending
    assert header.get_attribute("aria-sort") == "descending"
    column = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#overview thead th")].index(
        header.text
    )
    totals = [
        float(cell.get_attribute("data-v"))
        for row in _visible_rows(browser)
        if (cell := row.find_elements(By.TAG_NAME, "td")[column]).get_attribute("data-v")
    ]
    assert totals == sorted(totals, reverse=True) and len(totals) >= 5

    browser.find_element(By.ID, "f-short").click()
    shortlisted = _visible_rows(browser)
    assert 0 < len(shortlisted) < 10
    assert all(row.get_attribute("data-short") == "1" for row in shortlisted)
    browser.find_element(By.ID, "f-short").click()
    browser.find_element(By.ID, "f-text").send_keys("sanne")
    (row,) = _visible_rows(browser)
    assert "Sanne" in row.text
    assert browser.find_element(By.ID, "f-count").text == "1 van 10 zichtbaar"
    browser.find_element(By.ID, "f-text").clear()
    browser.find_element(By.ID, "f-text").send_keys(" ")  # fire input; clear() alone does not
    shot(browser, "overview.png")


def test_browser_value_scrolls_to_its_highlighted_words(browser, demo_run, shot):
    from selenium.webdriver.common.by import By

    browser.get((demo_run / "report" / "index.html").as_uri())
    browser.find_element(By.LINK_TEXT, "Joyce Mulder").click()
    assert browser.title.startswith("Joyce Mulder")
    link = browser.find_element(By.CSS_SELECTOR, "#skj a.evlink")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-ev~="{target}"]')
    assert "flash" in mark.get_attribute("class")
    assert "110045678" in mark.text
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "const p = document.getElementById('cv').getBoundingClientRect();"
        "return r.top >= Math.max(p.top, 0) && r.bottom <= Math.min(p.bottom, innerHeight);",
        mark,
    )
    assert in_view
    shot(browser, "candidate.png")


def test_browser_cv_html_is_shown_as_text_never_run(browser, demo_run, shot):
    from selenium.webdriver.common.by import By

    browser.get((demo_run / "report" / "candidates" / "10-html-in-cv.txt.html").as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    assert "PWNED" not in browser.title
    cv = browser.find_element(By.ID, "cv").text
    assert '<script>window.__pwned = 1; document.title = "PWNED";</script>' in cv
    assert "<img src=x onerror=" in cv
    assert not browser.find_elements(By.CSS_SELECTOR, "#cv img, #cv b, #cv i")
    shot(browser, "html-in-cv.png")
