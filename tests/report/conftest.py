"""The report tests' browser: headless Debian Chromium through Selenium and Debian's
chromedriver, without network and without a driver download. Its downloads land in
`browser.download_dir`. Tests that use it are skipped, with the reason, only where Chromium is
not installed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(
            "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
        )
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not go online
    from selenium import webdriver  # a test dependency: missing is an error, not a skip
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.download_dir = downloads
    yield driver
    driver.quit()


@pytest.fixture()
def shot(tmp_path):
    """Screenshot into the test folder (and CVSCREEN_SCREENSHOTS, when set, for the docs)."""

    def take(driver, name: str) -> Path:
        path = tmp_path / name
        driver.save_screenshot(str(path))
        assert path.stat().st_size > 10_000  # a rendered page, not a blank
        target = os.environ.get("CVSCREEN_SCREENSHOTS")
        if target:
            shutil.copy(path, Path(target) / name)
        return path

    return take
