"""The explorer in a real browser: headless Chromium driven by selenium.

    python Tests/browser/explorer_test.py --kingraph PATH --archive graphs/sample.json --out out/browser

Starts `kingraph serve` on a free port, opens the address it prints (with its token),
types a name, clicks the result, opens "because of", clicks a relative in the
diagram, downloads the PNG, and checks each screenshot (a real PNG of the window,
not blank), each page title, and the diagram's node count against the page's own.
Exits 1 with the reasons when anything fails.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message)
    return condition


def start_server(kingraph, archive, *options):
    """`kingraph serve` on any free port; the process and the address it printed."""
    server = subprocess.Popen(
        [kingraph, "serve", "--archive", archive, "--port", "0", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        match = re.search(r"(http://\S+/\?token=[0-9a-f]+)", line)
        if match:
            return server, match.group(1)
    server.kill()
    raise SystemExit("kingraph serve printed no address: " + server.stderr.read())


def check_policy(driver):
    """Checks the page's Content-Security-Policy blocked nothing the explorer sent."""
    blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    check(not blocked, f"the Content-Security-Policy blocked: {blocked[:3]}")


def finish(what, out):
    """Exits 1 when a check failed, else says `what` passed."""
    if FAILURES:
        print(f"{len(FAILURES)} checks of the {what} failed")
        sys.exit(1)
    print(f"{what} passed; screenshots in {out}/")


def stop(driver, server):
    """Closes the browser and stops the server (either may be None)."""
    if driver is not None:
        driver.quit()
    if server is not None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def browser(downloads):
    options = webdriver.ChromeOptions()
    for name in ["chromium", "chromium-browser", "google-chrome"]:
        found = shutil.which(name)
        if found:
            options.binary_location = found
            break
    options.add_argument("--headless=new")
    options.add_argument("--window-size=1400,1000")
    options.add_argument("--disable-gpu")
    options.add_argument("--disable-dev-shm-usage")
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run as root otherwise
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads, "download.prompt_for_download": False,
        "download.directory_upgrade": True, "safebrowsing.enabled": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def png_facts(data):
    """(width, height, distinct byte values of the pixel rows) of PNG bytes, or None."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height = struct.unpack(">II", data[16:24])
    i, idat = 8, b""
    while i + 8 <= len(data):
        length = struct.unpack(">I", data[i:i + 4])[0]
        kind = data[i + 4:i + 8]
        if kind == b"IDAT":
            idat += data[i + 8:i + 8 + length]
        i += 12 + length
    pixels = zlib.decompress(idat)
    return width, height, len(set(pixels[::7]))


def screenshot(driver, out, name):
    """Saves the window as out/name.png and checks it is a real, non-blank picture."""
    path = os.path.join(out, name + ".png")
    data = driver.get_screenshot_as_png()
    with open(path, "wb") as f:
        f.write(data)
    facts = png_facts(data)
    if check(facts is not None, f"{name}: the screenshot is not a PNG"):
        width, height, distinct = facts
        check(width >= 800 and height >= 600, f"{name}: screenshot is {width}x{height}")
        check(distinct > 20, f"{name}: the screenshot looks blank ({distinct} distinct values)")
    return path


def wait(driver, condition, what, seconds=20):
    try:
        return WebDriverWait(driver, seconds).until(condition)
    except TimeoutException:
        check(False, f"timed out waiting for {what} on {driver.current_url}")
        return None


def diagram_counts(driver):
    """(nodes the page says, person nodes it lists, drawn nodes that are not the
    renderer's own legend/axis nodes, clickable person nodes)."""
    box = driver.find_element(By.ID, "diagram")
    said = int(box.get_attribute("data-nodes"))
    listed = len(__import__("json").loads(box.get_attribute("data-people")))
    titles = [t.get_attribute("textContent") for t in box.find_elements(By.CSS_SELECTOR, "svg g.node > title")]
    drawn = [t for t in titles if not re.match(r"^_*kg-", t)]
    clickable = len(box.find_elements(By.CSS_SELECTOR, "svg g.node.person-link"))
    return said, listed, len(drawn), clickable


def arguments():
    """--kingraph, --archive and --out (made when missing), from the command line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--kingraph", required=True)
    parser.add_argument("--archive", required=True)
    parser.add_argument("--out", default="out/browser")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    return args


def main():
    args = arguments()
    downloads = tempfile.mkdtemp(prefix="kingraph-downloads-")
    server, address = start_server(args.kingraph, args.archive)
    driver = None
    try:
        driver = browser(downloads)
        # The printed address sets the cookie and drops the token from the address.
        driver.get(address)
        check(driver.title == "Search · KinGraph explorer", f"search page title is {driver.title!r}")
        check("token=" not in driver.current_url, "the token stayed in the address bar")

        box = driver.find_element(By.ID, "search-box")
        box.send_keys("Park Young-myeong")  # another romanisation of Pak Yong-myong
        result = wait(driver, EC.element_to_be_clickable((By.CSS_SELECTOR, "#search-results a.result")), "live results")
        screenshot(driver, args.out, "explorer-search")
        if result is None:
            raise SystemExit(1)
        check("Pak Yong-myong" in result.text, f"first result is {result.text!r}")
        result.click()
        wait(driver, EC.title_is("Pak Yong-myong · KinGraph explorer"), "the person page")
        for section in ["facts", "timeline", "because-of", "implicated", "neighbours"]:
            check(len(driver.find_elements(By.ID, section)) == 1, f"the person page has no {section} section")
        screenshot(driver, args.out, "explorer-person")

        driver.find_element(By.ID, "diagram-because-of").click()
        wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "#diagram svg")), "the diagram")
        check(driver.title.startswith("Punished because of Pak Yong-myong"), f"diagram title is {driver.title!r}")
        said, listed, drawn, clickable = diagram_counts(driver)
        check(said > 2 and drawn == said, f"the page says {said} nodes, the SVG draws {drawn}")
        check(listed > 1 and clickable == listed, f"{listed} people listed, {clickable} clickable in the diagram")
        screenshot(driver, args.out, "explorer-diagram")
        diagram_url = driver.current_url

        # Click a relative in the diagram: their page opens.
        relatives = [n for n in driver.find_elements(By.CSS_SELECTOR, "#diagram svg g.node.person-link")
                     if n.get_attribute("data-person") != "P-0001"]
        if check(relatives, "no other person to click in the diagram"):
            target = relatives[0].get_attribute("data-person")
            shape = relatives[0].find_element(By.CSS_SELECTOR, "polygon, ellipse, path")
            webdriver.ActionChains(driver).move_to_element(shape).click().perform()
            wait(driver, EC.url_contains("/person?id=" + target), f"the page of {target}")
            name = driver.find_element(By.ID, "person-name").text
            check(driver.title == f"{name} · KinGraph explorer", f"relative's page title is {driver.title!r}")
            screenshot(driver, args.out, "explorer-relative")

        # Download the PNG of the diagram.
        driver.get(diagram_url)
        wait(driver, EC.element_to_be_clickable((By.ID, "download-png")), "the PNG link").click()
        deadline, png = time.time() + 30, None
        while time.time() < deadline and png is None:
            done = [f for f in os.listdir(downloads) if f.endswith(".png")]
            png = os.path.join(downloads, done[0]) if done else None
            time.sleep(0.2)
        if check(png is not None, "the PNG was not downloaded"):
            check(os.path.basename(png) == "kingraph-because-of-P-0001.png", f"downloaded {os.path.basename(png)}")
            with open(png, "rb") as f:
                facts = png_facts(f.read())
            check(facts is not None and facts[0] > 200 and facts[2] > 5, f"the downloaded PNG is {facts}")
            shutil.copy(png, os.path.join(args.out, "downloaded-because-of.png"))

        driver.get(address.split("?")[0] + "stats")
        check(driver.title == "Stats · KinGraph explorer", f"stats title is {driver.title!r}")
        check(len(driver.find_elements(By.CSS_SELECTOR, "svg.chart")) == 4, "the stats page has not 4 charts")
        screenshot(driver, args.out, "explorer-stats")

        check_policy(driver)
    finally:
        stop(driver, server)
        shutil.rmtree(downloads, ignore_errors=True)
    finish("browser tests", args.out)


if __name__ == "__main__":
    main()
